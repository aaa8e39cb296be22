package com.cacfiling.web.api;

import java.util.List;

import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.node.ObjectNode;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    private String bearer(UserAccount user) {
        return "Bearer " + tokens.create(user.getId(), "test");
    }

    @Test
    void aTokenSeesOnlyTheCompanysFilingsAndOthersAreNotFound() throws Exception {
        Company mine = fixtures.company();
        FilingRecord own = fixtures.filing(mine, "API可见算法");
        FilingRecord foreign = fixtures.filing(fixtures.company(), "API不可见算法");
        String token = bearer(fixtures.officer(mine));
        mvc.perform(get("/api/v1/filings").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].algorithmName").value("API可见算法"));
        mvc.perform(get("/api/v1/filings/{id}", own.getId()).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.schemaVersion").value(com.cacfiling.domain.dossier.DossierJson.SCHEMA_VERSION));
        mvc.perform(get("/api/v1/filings/{id}", foreign.getId()).header("Authorization", token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/filings/{id}/findings", foreign.getId()).header("Authorization", token))
                .andExpect(status().isNotFound());
    }

    /**
     * An answer names the language of its words, the one the caller asked for (English without a header), refusals
     * included, and says it varies with Accept-Language, so a cache between never hands a Chinese answer to a script
     * that asked in English.
     */
    @Test
    void answersNameTheirLanguageAndVaryWithWhatTheCallerAskedFor() throws Exception {
        String token = bearer(fixtures.officer(fixtures.company()));
        mvc.perform(get("/api/v1/filings").header("Authorization", token).header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "zh-CN"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("Accept-Language")));
        mvc.perform(get("/api/v1/filings/{id}", java.util.UUID.randomUUID()).header("Authorization", token))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.matchesPattern("(?s).*\\p{IsHan}.*"))));
        mvc.perform(get("/api/v1/filings").header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Language", "zh-CN"));
        mvc.perform(put("/api/v1/filings/{id}", java.util.UUID.randomUUID()).header("Authorization", token)
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().is4xxClientError())
                .andExpect(header().string("Content-Language", "zh-CN"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("(?s).*\\p{IsHan}.*")));
    }

    @Test
    void withoutOrWithARevokedTokenTheApiAnswers401() throws Exception {
        // With a problem that says how to authenticate (found in a walk: the body was empty).
        // The answer names the scheme (RFC 6750): without credentials no error, with a refused token the error.
        mvc.perform(get("/api/v1/filings")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"api\""));
        org.assertj.core.api.Assertions.assertThat(errorDispatch(401)).contains("valid access token", "Bearer");
        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer fpat_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        UserAccount officer = fixtures.officer(fixtures.company());
        String token = tokens.create(officer.getId(), "to revoke");
        tokens.revoke(officer.getId(), tokens.of(officer.getId()).get(0).getId());
        mvc.perform(get("/api/v1/filings").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void createValidateUpdateWithETagAndDownload() throws Exception {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        String token = bearer(officerAccount);
        MvcResult created = mvc.perform(post("/api/v1/filings").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":\"" + company.getId() + "\",\"algorithmName\":\"接口算法\",\"role\":\"BOTH\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$", hasSize(2))).andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$[0].id");

        mvc.perform(get("/api/v1/filings/{id}/findings", id).header("Authorization", token)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.findings[0].message").exists());
        // In the caller's language, whatever the browser's language cookie says; English without a header (a walk
        // got Chinese for a script's Accept-Language: en).
        java.util.function.Function<MockHttpServletRequestBuilder, String> firstMessage = request -> {
            try {
                return com.jayway.jsonpath.JsonPath.read(mvc.perform(request.header("Authorization", token))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                        "$.findings[0].label");
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        java.util.regex.Pattern chinese = java.util.regex.Pattern.compile("\\p{IsHan}");
        assertThat(firstMessage.apply(get("/api/v1/filings/{id}/findings", id).header("Accept-Language", "en")
                .cookie(new jakarta.servlet.http.Cookie(com.cacfiling.web.system.PortalLanguages.COOKIE, "zh-CN"))))
                .doesNotContainPattern(chinese);
        assertThat(firstMessage.apply(get("/api/v1/filings/{id}/findings", id))).doesNotContainPattern(chinese);
        assertThat(firstMessage.apply(get("/api/v1/filings/{id}/findings", id).header("Accept-Language", "zh-CN")
                .cookie(new jakarta.servlet.http.Cookie(com.cacfiling.web.system.PortalLanguages.COOKIE, "en"))))
                .containsPattern(chinese);

        MvcResult current = mvc.perform(get("/api/v1/filings/{id}", id).header("Authorization", token))
                .andReturn();
        String etag = current.getResponse().getHeader("ETag");
        String sample = TestFixtures.sampleJson(SampleDossiers.completeProvider());
        mvc.perform(put("/api/v1/filings/{id}", id).header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(sample))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/filings/{id}", id).header("Authorization", token).header("If-Match", "\"c0-a0-f9\"")
                        .contentType(MediaType.APPLICATION_JSON).content(sample))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/v1/filings/{id}", id).header("Authorization", token).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(sample))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("灵犀对话生成算法")));
        // History and audit tell the script's change from a browser's (found in a walk: they read alike).
        org.jsoup.nodes.Document history = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/history", id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(com.cacfiling.web.TestFixtures.principal(officerAccount))))
                .andReturn().getResponse().getContentAsString());
        assertThat(history.select(".via-api").eachText()).isNotEmpty().allMatch(text -> text.equals("通过 API（令牌“test”）"));
        mvc.perform(get("/api/v1/filings/{id}/documents/report.pdf", id).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/api/v1/filings/{id}/dossier.zip", id).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"));
    }

    @Test
    void importCreatesAFilingAndABrokenDossierIsRejectedWithPaths() throws Exception {
        Company company = fixtures.company();
        String token = bearer(fixtures.officer(company));
        mvc.perform(post("/api/v1/filings/import").param("companyId", company.getId().toString())
                        .header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content(TestFixtures.sampleJson(SampleDossiers.completeSupporter())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("TECHNICAL_SUPPORTER"))
                .andExpect(jsonPath("$.algorithmName").value("灵犀对话生成算法"));
        String broken = DossierJson.write(SampleDossiers.completeProvider()).replace("91110108MA01N7QX00", "123");
        mvc.perform(post("/api/v1/filings/import").param("companyId", company.getId().toString())
                        .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value(containsString("$.entity")));
        mvc.perform(post("/api/v1/filings/import").param("companyId", fixtures.company().getId().toString())
                        .header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content(DossierJson.write(SampleDossiers.completeSupporter())))
                .andExpect(status().isNotFound());
    }

    /**
     * A date whose year no date of the form has is refused by the API as the wizard refuses it (found in a walk:
     * 0202-09-28 for 2026 made a filing "overdue by 468,033 working days").
     */
    @Test
    void aPutWithADateOfAnImplausibleYearIsRefusedAtTheDate() throws Exception {
        ToPut put = providerFilingToPut("接口年份算法");
        FilingRecord filing = put.filing();
        String token = put.token();
        String etag = put.etag();
        ObjectNode sample = put.sample();
        node(sample, "/algorithm/profile/basics").put("launchDate", "0202-09-28");
        putDossier(filing, token, etag, "zh-CN", sample.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("$.algorithm.profile.basics.launchDate"))
                .andExpect(jsonPath("$.problems[0].message").value("年份不能早于 1900 年（现为 0202-09-28），请核对。"));
        node(sample, "/algorithm/profile/basics").put("launchDate", "2026-09-28");
        putDossier(filing, token, etag, "en", sample.toString()).andExpect(status().isOk());
    }

    /**
     * Found in a walk: a PUT stored an entity type "FOO", and its refusals spoke English with the portal's internals
     * (message keys, Java types, "REDACTED") to a client asking for Chinese.
     */
    @Test
    void aPutIsRefusedAtEachWrongValueInTheCallersLanguageAndStoresNothing() throws Exception {
        ToPut put = providerFilingToPut("接口校验算法");
        FilingRecord filing = put.filing();
        String token = put.token();
        String etag = put.etag();
        ObjectNode sample = put.sample();
        node(sample, "/entity").put("entityType", "FOO");
        assertNoInternals(body(putDossier(filing, token, etag, "zh-CN", sample.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("$.entity.entityType"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("FOO")))));
        mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andExpect(header().string("ETag", etag));

        node(sample, "/entity").remove("entityType");
        node(sample, "/algorithm/profile/basics").put("launchDate", "2027-02-30");
        assertNoInternals(body(putDossier(filing, token, etag, "zh-CN", sample.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("$.algorithm.profile.basics.launchDate"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("不是有效的日期")))));
        node(sample, "/algorithm/profile/basics").remove("launchDate");
        node(sample, "/entity/contact").put("email", "not-an-email");
        putDossier(filing, token, etag, null, sample.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("Not a valid e-mail address."));
        assertNoInternals(body(putDossier(filing, token, etag, "en", "{\"entity\": {")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("Not valid JSON")))));
        // The schema's own checks, an ETag missing or outdated: in words too.
        node(sample, "/entity/contact").put("email", "ok@example.cn");
        node(sample, "/entity").put("creditCode", "123");
        node(sample, "/entity").put("fooBar", 1);
        String schema = body(putDossier(filing, token, etag, "zh-CN", sample.toString())
                .andExpect(status().isBadRequest()));
        org.assertj.core.api.Assertions.assertThat(schema).contains("统一社会信用代码不正确", "fooBar")
                .doesNotContain("regex", "is not defined in the schema");
        putDossier(filing, token, null, "zh-CN", "{}")
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")))
                .andExpect(jsonPath("$.detail").value(containsString("以免覆盖")));
        putDossier(filing, token, "\"c0-a0-f0\"", "zh-CN", "{}")
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(containsString("重新读取")));
        // The current ETag without its quotes is no "changed since" (found in a walk: a script that reads again on
        // 412 would loop): 400, said in words, nothing saved.
        String unquoted = etag.replace("\"", "");
        putDossier(filing, token, unquoted, "zh-CN", sample.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("If-Match"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("包括双引号")));
        putDossier(filing, token, "hello", "en", sample.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("quotes included")));
        putDossier(filing, token, "W/" + etag, "zh-CN", "{}").andExpect(status().isPreconditionFailed());
    }

    /** A complete filing of a new company, its officer's token, and its dossier as GET gives it (with the ETag). */
    private record DemoRead(PortalUser officer, FilingRecord filing, String token, MvcResult current,
            ObjectNode dossier) {
    }

    private DemoRead demoRead() throws Exception {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        PortalUser officer = com.cacfiling.web.TestFixtures.principal(officerAccount);
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, SampleDossiers.ALGORITHM_NAME), officer);
        String token = bearer(officerAccount);
        MvcResult current = mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andReturn();
        return new DemoRead(officer, filing, token, current, (ObjectNode) new tools.jackson.databind.json.JsonMapper()
                .readTree(current.getResponse().getContentAsString()));
    }

    /** A PUT of a dossier, with its ETag and language where given. */
    private org.springframework.test.web.servlet.ResultActions putDossier(FilingRecord filing, String token,
            String etag, String language, String body) throws Exception {
        var request = put("/api/v1/filings/{id}", filing.getId()).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request);
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A new filing of a new company, its officer's token, its ETag, and the complete provider sample to PUT. */
    private record ToPut(FilingRecord filing, String token, String etag, ObjectNode sample) {
    }

    private ToPut providerFilingToPut(String algorithmName) throws Exception {
        Company company = fixtures.company();
        String token = bearer(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, algorithmName);
        String etag = mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andReturn().getResponse().getHeader("ETag");
        return new ToPut(filing, token, etag, (ObjectNode) new tools.jackson.databind.json.JsonMapper().readTree(
                TestFixtures.sampleJson(SampleDossiers.completeProvider())));
    }

    private static ObjectNode node(ObjectNode dossier, String pointer) {
        return (ObjectNode) dossier.at(pointer);
    }

    private static void assertNoInternals(String body) {
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("identifier.", "java.", "Exception",
                "REDACTED", "rule.code");
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        String token = bearer(fixtures.officer(fixtures.company()));
        mvc.perform(get("/v3/api-docs").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/filings/{filingId}/findings")))
                // The API only, and If-Match as required as it is (found in a walk: a page's helper was listed).
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("zi-count"))))
                .andExpect(jsonPath("$.paths['/api/v1/filings/{filingId}'].put.parameters[?(@.name == 'If-Match')].required")
                        .value(org.hamcrest.Matchers.contains(true)))
                // Refusals documented as problems, and the dossier's body pointed to its schema (found in a walk:
                // "undocumented" answers and a body of type string).
                .andExpect(jsonPath("$.paths['/api/v1/filings/{filingId}'].put.responses['412'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/filings'].get.responses['401']").exists())
                // The answer's language, declared on every operation.
                .andExpect(jsonPath("$.paths['/api/v1/filings'].get.parameters[?(@.name == 'Accept-Language')].in")
                        .value(org.hamcrest.Matchers.contains("header")))
                .andExpect(jsonPath("$.paths['/api/v1/filings/{filingId}/dossier.zip'].get.parameters[?(@.name == 'Accept-Language')]")
                        .isNotEmpty())
                // A filing started or imported answers 201, and the description says so (it said 200).
                .andExpect(jsonPath("$.paths['/api/v1/filings'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/filings'].post.responses['200']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/filings/import'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/services'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/services'].post.responses['200']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/filings/{filingId}'].put.description")
                        .value(containsString("/api/v1/dossier-schema")));
        mvc.perform(get("/api/v1/dossier-schema").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/schema+json"))
                .andExpect(jsonPath("$['$schema']").value(containsString("2020-12")));
        // A schema is JSON: asked for as such, it is given (found in a walk: 406, "try again later").
        mvc.perform(get("/api/v1/dossier-schema").header("Authorization", token).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$['$schema']").value(containsString("2020-12")));
    }

    /** Found in a walk and a review: Spring's English sentences about converters, regular expressions, no field. */
    @Test
    void requestErrorsNameTheParameterOrPropertyInTheCallersLanguage() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        String token = bearer(officer);
        mvc.perform(get("/api/v1/filings/{id}", "not-a-uuid").header("Authorization", token)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求无效"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是编号")));
        mvc.perform(post("/api/v1/filings").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":\"" + company.getId() + "\",\"algorithmName\":\"x\",\"role\":\"PROVIDER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("role"),
                        org.hamcrest.Matchers.containsString("SERVICE_PROVIDER, TECHNICAL_SUPPORTER, BOTH"))));
        mvc.perform(post("/api/v1/filings").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":\"" + company.getId() + "\",\"role\":\"BOTH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("algorithmName"))
                .andExpect(jsonPath("$.problems[0].message").value("This field is required."));
        mvc.perform(put("/api/v1/filings/{id}", fixtures.filing(company, "类型算法").getId())
                        .header("Authorization", token).header("If-Match", "\"x\"")
                        .contentType(MediaType.TEXT_PLAIN).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
        // Refused before any controller: the error dispatch answers (it said "try again later").
        assertThat(errorDispatch(415)).contains("application/json").doesNotContain("try again");
        // Valid JSON of the wrong shape: said as such (a re-check got a 500 for [] and "not valid JSON" for a list).
        FilingRecord shaped = fixtures.filing(company, "形状算法");
        String shapedTag = mvc.perform(get("/api/v1/filings/{id}", shaped.getId()).header("Authorization", token))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/filings/{id}", shaped.getId()).header("Authorization", token)
                        .header("If-Match", shapedTag).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求无效"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("JSON 对象")));
        mvc.perform(post("/api/v1/filings").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("one JSON object")));
        // A language the documents do not have is said, not answered in Chinese; the scheme's case does not matter.
        mvc.perform(get("/api/v1/filings/{id}/documents/report.pdf", fixtures.filing(company, "语言算法").getId())
                        .header("Authorization", token.replace("Bearer", "bearer")).param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("lang"));
        // A document the filing does not have: still 404, now naming the ones there are.
        mvc.perform(get("/api/v1/filings/{id}/documents/self-assessment.pdf", fixtures.filing(company, "文件算法")
                        .getId()).header("Authorization", token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("report (algorithm security self-assessment")))
                .andExpect(jsonPath("$.detail").value(containsString(".pdf or .docx")));
        // A write with neither token nor session is told to authenticate; a signed-in browser's without its CSRF
        // token what it lacks (both were "you may not do this").
        mvc.perform(post("/api/v1/filings").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"api\""));
        mvc.perform(post("/api/v1/filings").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(com.cacfiling.web.TestFixtures.principal(officer)))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/filings")
                        .requestAttr(com.cacfiling.web.system.PortalErrorController.API_WITHOUT_CSRF, true))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("CSRF", "Bearer");
    }

    /** Found in a walk: the API called a filing ready that the review page kept from review for a typed value. */
    @Test
    void aValueTypedInvalidlyIsAnErrorOfTheFindingsAndTheFilingIsNotReady() throws Exception {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        PortalUser officer = com.cacfiling.web.TestFixtures.principal(officerAccount);
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, SampleDossiers.ALGORITHM_NAME), officer);
        String token = bearer(officerAccount);
        mvc.perform(get("/api/v1/filings/{id}/findings", filing.getId()).header("Authorization", token))
                .andExpect(jsonPath("$.ready").value(true));
        var submission = com.cacfiling.web.wizard.BrowserSubmissions.of(mvc.perform(
                get("/filings/{id}/steps/entity", filing.getId()).with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.user(officer)))
                .andReturn().getResponse().getContentAsString());
        submission.put("entity.icp.entityCreditCode", List.of("不是信用代码"));
        var save = post("/filings/{id}/steps/entity", filing.getId())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(officer))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        submission.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
        mvc.perform(save).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/filings/{id}/findings", filing.getId()).header("Authorization", token))
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.errors").value(1))
                .andExpect(jsonPath("$.findings[0].ruleCode").value("TYPED_VALUE"))
                .andExpect(jsonPath("$.findings[0].path").value("entity.icp.entityCreditCode"));
    }

    /**
     * A body with several wrong values is answered with all of them, each at its path, as the documentation says
     * (found in a walk: one problem per PUT, four round trips for four values); nothing is saved.
     */
    @Test
    void aBodyWithSeveralWrongValuesIsAnsweredWithAllOfThem() throws Exception {
        DemoRead read = demoRead();
        FilingRecord filing = read.filing();
        String token = read.token();
        MvcResult current = read.current();
        ObjectNode dossier = read.dossier();
        ObjectNode entity = node(dossier, "/entity");
        String code = entity.get("creditCode").asString();
        entity.put("creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
        entity.put("entityType", "STARTUP");
        node(dossier, "/entity/securityOfficer").put("idNumber", "110105198503120021");
        node(dossier, "/algorithm/profile/assessment").put("assessmentDate", "2026-02-30");
        // A property in the wrong place is said once, and hides nothing else (found in a re-check).
        node(dossier, "/algorithm").put("foo", 1);
        mvc.perform(put("/api/v1/filings/{id}", filing.getId()).header("Authorization", token)
                        .header("If-Match", current.getResponse().getHeader("ETag")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(dossier.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].path", org.hamcrest.Matchers.containsInAnyOrder("$.algorithm",
                        "$.algorithm.profile.assessment.assessmentDate", "$.entity.creditCode", "$.entity.entityType",
                        "$.entity.securityOfficer.idNumber")))
                .andExpect(jsonPath("$.problems[*].message", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("dossier.problem")))));
        mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andExpect(header().string("ETag", current.getResponse().getHeader("ETag")));
    }

    /**
     * Found in an integrator's walk: findings named only the form's paths, which a script had to map to the dossier it
     * PUTs, and carried the wizard's CSS class and anchor. Each finding's {@code jsonPath} now points into the body of
     * GET, and {@code page} opens the step at the field.
     */
    @Test
    void findingsPointIntoTheDossierAndToTheirStepPage() throws Exception {
        DemoRead read = demoRead();
        PortalUser officer = read.officer();
        FilingRecord filing = read.filing();
        String token = read.token();
        MvcResult current = read.current();
        ObjectNode dossier = read.dossier();
        // A report dated before its assessment (DATE_ORDER).
        ObjectNode assessment = (ObjectNode) dossier.at("/algorithm/profile/assessment");
        assessment.put("reportDate", java.time.LocalDate.parse(assessment.get("assessmentDate").asString())
                .minusDays(3).toString());
        mvc.perform(put("/api/v1/filings/{id}", filing.getId()).header("Authorization", token)
                        .header("If-Match", current.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(dossier.toString()))
                .andExpect(status().isOk());
        String body = mvc.perform(get("/api/v1/filings/{id}/findings", filing.getId()).header("Authorization", token)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].severityCss").doesNotExist())
                .andExpect(jsonPath("$.findings[0].anchor").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> findings = com.jayway.jsonpath.JsonPath.read(body, "$.findings");
        var reportDate = findings.stream().filter(f -> "DATE_ORDER".equals(f.get("ruleCode"))).findFirst().orElseThrow();
        assertThat(reportDate.get("jsonPath")).isEqualTo("$.algorithm.profile.assessment.reportDate");
        assertThat(reportDate.get("step")).isEqualTo("assessment");
        String dossierBody = mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", token))
                .andReturn().getResponse().getContentAsString();
        for (var finding : findings) {
            if (!Boolean.TRUE.equals(finding.get("missing"))) {
                // A finding about a value points at that value in what GET gives.
                assertThat((Object) com.jayway.jsonpath.JsonPath.read(dossierBody, (String) finding.get("jsonPath")))
                        .as("%s", finding).isNotNull();
            }
            String page = (String) finding.get("page");
            String anchor = page.substring(page.indexOf('#') + 1);
            assertThat(mvc.perform(get(page.substring(0, page.indexOf('#'))).with(org.springframework.security.test
                            .web.servlet.request.SecurityMockMvcRequestPostProcessors.user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .as("%s", finding).contains("id=\"" + anchor + "\"");
        }
    }

    /** Found in a walk: a consultant's script got 5,000 filings as one 1.6 MB answer, with no way to narrow it. */
    @Test
    void theListIsNarrowedByCompanyAndStatusAndPaged() throws Exception {
        Company first = fixtures.company();
        Company second = fixtures.company();
        for (int i = 0; i < 5; i++) {
            fixtures.filing(first, "分页算法" + i);
        }
        fixtures.filing(second, "另一家算法");
        UserAccount consultant = fixtures.consultant(first, second);
        String token = bearer(consultant);
        mvc.perform(get("/api/v1/filings").header("Authorization", token))
                .andExpect(jsonPath("$", hasSize(6))).andExpect(header().string("X-Total-Count", "6"));
        mvc.perform(get("/api/v1/filings").param("companyId", first.getId().toString()).param("status", "DRAFT")
                        .param("page", "1").param("size", "2").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(header().string("X-Total-Count", "5"))
                .andExpect(header().string("Link", "</api/v1/filings?companyId=" + first.getId()
                        + "&status=DRAFT&page=2&size=2>; rel=\"next\""));
        mvc.perform(get("/api/v1/filings").param("companyId", first.getId().toString()).param("page", "2")
                        .param("size", "2").header("Authorization", token))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(header().doesNotExist("Link"));
        mvc.perform(get("/api/v1/filings").param("status", "APPROVED").header("Authorization", token))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/filings").param("size", "501").param("page", "0").header("Authorization", token)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("from 1 to 500")));
        // Found in a walk: size alone was ignored (every filing, no link), and a status that does not exist
        // answered an empty list as if there were no such filings.
        mvc.perform(get("/api/v1/filings").param("companyId", first.getId().toString()).param("size", "2")
                        .header("Authorization", token))
                .andExpect(jsonPath("$", hasSize(2))).andExpect(header().string("X-Total-Count", "5"))
                .andExpect(header().string("Link", "</api/v1/filings?companyId=" + first.getId()
                        + "&page=1&size=2>; rel=\"next\""));
        mvc.perform(get("/api/v1/filings").param("status", "BOGUS").header("Authorization", token)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("one of DRAFT, IN_REVIEW")));
        mvc.perform(get("/api/v1/filings").param("status", "draft").header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(6)));
        // A company the caller does not reach is not found, as everywhere.
        mvc.perform(get("/api/v1/filings").param("companyId", fixtures.company().getId().toString())
                .header("Authorization", token)).andExpect(status().isNotFound());
    }

    /** Found in a walk: a script could not learn the companyId that creating a filing names. */
    @Test
    void aCallerListsTheCompaniesItMayFileFor() throws Exception {
        Company mine = fixtures.company();
        fixtures.company();
        mvc.perform(get("/api/v1/companies").header("Authorization", bearer(fixtures.officer(mine))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(mine.getId().toString()))
                .andExpect(jsonPath("$[0].name").value(mine.getName()));
    }

    /** Found in a walk: the token, shown once, was below the fold, without a copy button or a word on its use. */
    @Test
    void aNewTokenOpensAtItsCardWithACopyButtonAndItsUse() throws Exception {
        PortalUser officer = com.cacfiling.web.TestFixtures.principal(fixtures.officer(fixtures.company()));
        MvcResult created = mvc.perform(post("/profile/tokens").with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.user(officer))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()).param("name", "ci"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/profile#new-token")).andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("fpat_");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/profile")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(officer)).cookie(created.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("new-token-text").text()).isEqualTo(token);
        assertThat(page.getElementById("copy-new-token").attr("data-copy")).isEqualTo("new-token-text");
        assertThat(page.getElementById("token-usage").text()).contains("Authorization: Bearer");
    }

    /**
     * A token is made with what it may do and how long it lives, chosen on the form (read only and 90 days unless
     * chosen otherwise); the list says both in words. A name refused shows the error by its field and keeps the
     * choices made.
     */
    @Test
    void aTokenIsMadeWithItsAccessAndLifetimeAndTheListSaysBoth() throws Exception {
        PortalUser officer = com.cacfiling.web.TestFixtures.principal(fixtures.officer(fixtures.company()));
        var asOfficer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(officer);
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(mvc.perform(get("/profile").with(asOfficer)
                .param("lang", "en")).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#token-access option[selected]").text()).isEqualTo("Read only");
        assertThat(form.select("#token-lifetime option[selected]").text()).isEqualTo("90 days");
        assertThat(form.select("#token-lifetime option").eachText())
                .containsExactly("30 days", "90 days", "1 year", "No expiry");

        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(mvc.perform(post("/profile/tokens").with(asOfficer)
                        .with(csrf).param("lang", "en").param("name", "   ")
                        .param("access", "READ_WRITE").param("lifetime", "NEVER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.getElementById("token-name-error").text()).contains("name");
        assertThat(refused.select("#token-access option[selected]").text()).isEqualTo("Read and write");
        assertThat(refused.select("#token-lifetime option[selected]").text()).isEqualTo("No expiry");
        assertThat(tokens.of(officer.id())).isEmpty();

        mvc.perform(post("/profile/tokens").with(asOfficer).with(csrf).param("name", "夜间导出")
                .param("access", "READ").param("lifetime", "DAYS_365"));
        mvc.perform(post("/profile/tokens").with(asOfficer).with(csrf).param("name", "同步脚本")
                .param("access", "READ_WRITE").param("lifetime", "NEVER"));
        var made = tokens.of(officer.id());
        assertThat(made).extracting(com.cacfiling.web.token.ApiToken::getAccess).containsExactlyInAnyOrder(
                com.cacfiling.web.token.TokenAccess.READ, com.cacfiling.web.token.TokenAccess.READ_WRITE);
        String rows = org.jsoup.Jsoup.parse(mvc.perform(get("/profile").with(asOfficer)
                .param("lang", "en")).andReturn().getResponse().getContentAsString())
                .select("#tokens tbody").text();
        String expiry = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(365).toString();
        assertThat(rows).contains("Read only", "Read and write", "Never", expiry)
                .doesNotContain("READ_WRITE", "DAYS_365", "NEVER");
        String zhRows = org.jsoup.Jsoup.parse(mvc.perform(get("/profile").with(asOfficer)
                .param("lang", "zh-CN")).andReturn().getResponse().getContentAsString())
                .select("#tokens tbody").text();
        assertThat(zhRows).contains("只读", "读写", "永不过期");
    }

    /** What the error page answers an API request with a status (MockMvc does not follow sendError itself). */
    private String errorDispatch(int status) throws Exception {
        return mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/filings"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
