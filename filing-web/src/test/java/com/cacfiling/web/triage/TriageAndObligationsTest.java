package com.cacfiling.web.triage;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.triage.Triage;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 16, items 1 and 5 through the pages: triage once, the result with its bases, the register, the export. */
@PortalTest
class TriageAndObligationsTest {

    /** The demo company's case: a public chat service on its own model. */
    static final Map<String, String> SELF_BUILT_CHAT = Map.of("q_PUBLIC", "yes", "q_GENERATIVE", "yes",
            "q_PUBLIC_OPINION", "yes", "q_OWN_MODEL", "yes", "q_SELLS_API", "no", "q_BIOMETRIC_OR_CHANGE", "no",
            "q_MOBILISATION_RND", "no", "q_COMPANION", "no");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Services services;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FilingService filings;

    /** The service triaged as a self-built chat model, and its large-model filing started from it. */
    private UUID largeModelFilingOfSelfBuiltService(UUID service, PortalUser officer) throws Exception {
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(status().is3xxRedirection());
        String started = mvc.perform(post("/model-filings/new").with(user(officer)).with(csrf())
                        .param("route", "FILING").param("service", service.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(started.split("/")[2]);
    }

    private UUID createService(PortalUser user, Company company, String name) throws Exception {
        String location = mvc.perform(post("/services").with(user(user)).with(csrf())
                        .param("companyId", company.getId().toString()).param("name", name)
                        .param("description", "面向公众的对话服务"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/services/".length(), location.length() - "/triage".length()));
    }

    private MockHttpServletRequestBuilder answers(UUID serviceId, PortalUser user, Map<String, String> answers) {
        MockHttpServletRequestBuilder request = post("/services/{id}/triage", serviceId).with(user(user)).with(csrf())
                .param("version", String.valueOf(services.get(serviceId, user).version()));
        answers.forEach(request::param);
        return request;
    }

    @Test
    void aSelfBuiltChatServiceIsTriagedOnceIntoItsObligationsWithBasesAndStartLinks() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "灵犀对话");

        // First only the first question: the next ones appear.
        mvc.perform(answers(service, officer, Map.of("q_PUBLIC", "yes")))
                .andExpect(redirectedUrl("/services/" + service + "/triage#q-GENERATIVE"))
                .andExpect(flash().attribute("message", "triage.savedMore"));
        // Every question is on the page for the script to show; those not asked yet are hidden and not sent.
        org.jsoup.nodes.Document questions = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}/triage", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(questions.select("#q-GENERATIVE").text()).contains("该服务是否生成或编辑文本");
        assertThat(questions.select("#q-GENERATIVE").hasAttr("hidden")).isFalse();
        assertThat(questions.select("#q-OWN_MODEL").hasAttr("hidden")).isTrue();
        assertThat(questions.select("#q-OWN_MODEL").hasAttr("disabled")).isTrue();
        assertThat(questions.select("#q-OWN_MODEL").attr("data-asked-when")).contains("GENERATIVE=yes");

        mvc.perform(answers(service, officer, SELF_BUILT_CHAT))
                .andExpect(redirectedUrl("/services/" + service)).andExpect(flash().attribute("message", "triage.saved"));
        mvc.perform(get("/services/{id}", service).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("算法备案（服务提供者）")))
                .andExpect(content().string(containsString("生成式人工智能服务上线备案（大模型备案）")))
                .andExpect(content().string(containsString("人工智能生成合成内容标识")))
                .andExpect(content().string(containsString("《互联网信息服务算法推荐管理规定》第二十四条")))
                .andExpect(content().string(containsString("/filings/new?role=SERVICE_PROVIDER&amp;company="
                        + company.getId())))
                .andExpect(content().string(containsString("/model-filings/new?route=FILING&amp;service=" + service)))
                .andExpect(content().string(not(containsString("LARGE_MODEL_FILING<"))));

        // A consultant with several clients starts the filing with the service's company chosen.
        Company other = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(other, company));
        String page = mvc.perform(get("/filings/new").param("role", "SERVICE_PROVIDER")
                .param("company", company.getId().toString()).with(user(consultant))).andReturn().getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#companyId option[selected]").val())
                .isEqualTo(company.getId().toString());

        // The second visit: saving the same answers makes no new version.
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(flash().attribute("message", "triage.unchanged"));
        assertThat(services.versions(service, officer)).hasSize(2);

        // The register holds what applies, each with its basis.
        List<String> kinds = jdbc.queryForList("select kind from obligation where service_id = ? and applies",
                String.class, service);
        assertThat(kinds).contains("ALGORITHM_FILING_PROVIDER", "LARGE_MODEL_FILING", "LABELLING")
                .doesNotContain("LARGE_MODEL_REGISTRATION");
        assertThat(jdbc.queryForList("select action from change_log where company_id = ?", String.class,
                company.getId())).contains("SERVICE_CREATED", "TRIAGE_SAVED");
    }

    @Test
    void theServicesResultOffersTheCompanysAlgorithmFilingsOfTheRoleBeforeANewOne() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var existing = fixtures.filing(company, "灵犀对话生成算法");
        fixtures.filing(fixtures.company(), "别家的算法");
        UUID service = createService(officer, company, "灵犀对话");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        var links = result.select("#obligation-ALGORITHM_FILING_PROVIDER a.start-work");
        assertThat(links).hasSize(2);
        assertThat(links.get(0).attr("href")).isEqualTo("/filings/" + existing.getId());
        assertThat(links.get(0).text()).contains("打开公司已有的算法备案（尚未关联任何服务", "灵犀对话生成算法");
        assertThat(links.get(1).text()).isEqualTo("开始算法备案");
        assertThat(links.get(1).attr("href")).startsWith("/filings/new?role=SERVICE_PROVIDER");
        assertThat(result.select("#obligation-ALGORITHM_FILING_PROVIDER").text()).contains("草稿")
                .doesNotContain("别家的算法");

        // A recommendation algorithm of the company is no filing of this generative service (found in a walk), nor
        // one whose labelling checklist it needs.
        var push = fixtures.filing(company, "灵犀推荐算法");
        filings.updateAlgorithm(officer, push.getId(), filings.get(push.getId(), officer).getAlgorithm().getVersion(),
                p -> p.withBasics(p.basics().withAlgorithmType("PERSONALISED_PUSH")));
        org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(again.select("#obligation-ALGORITHM_FILING_PROVIDER").text()).doesNotContain("灵犀推荐算法");
        assertThat(again.select("#obligation-LABELLING").text()).contains("灵犀对话生成算法")
                .doesNotContain("灵犀推荐算法");

        // Nor one started for another of the company's services, nor one its approved change replaced (found in a
        // re-check: another service's filing was offered, and the same name twice).
        var drawing = fixtures.filing(company, "灵犀绘图算法");
        UUID other = createService(officer, company, "灵犀绘图");
        jdbc.update("insert into service_filing (service_id, filing_id) values (?, ?)", other, drawing.getId());
        var replaced = fixtures.filing(company, "灵犀旧版算法");
        jdbc.update("update filing set status = 'APPROVED', filing_number = ?, submitted_on = date '2026-01-05', "
                + "approved_on = date '2026-03-01' where id = ?", "网信算备110108" + (String.valueOf(System.nanoTime())
                + "000000000000000").substring(0, 15) + "号", replaced.getId());
        var change = fixtures.filing(company, "灵犀旧版算法");
        jdbc.update("update filing set status = 'APPROVED', kind = 'CHANGE', previous_filing_id = ?, filing_number = "
                + "(select filing_number from filing where id = ?), submitted_on = date '2026-05-05', approved_on = "
                + "date '2026-06-01' where id = ?", replaced.getId(), replaced.getId(), change.getId());
        String offered = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).select("#obligation-ALGORITHM_FILING_PROVIDER a")
                .eachAttr("href").toString();
        assertThat(offered).doesNotContain(drawing.getId().toString(), replaced.getId().toString())
                .contains(change.getId().toString());
    }

    @Test
    void theLargeModelFilingStartedFromTheServiceIsNamedAfterItTakesItsObligationIntoWorkAndIsNotStartedTwice()
            throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "墨图创作助手");
        UUID filing = largeModelFilingOfSelfBuiltService(service, officer);
        assertThat(mvc.perform(get("/model-filings/{id}/steps/basic", filing).with(user(officer))).andReturn()
                .getResponse().getContentAsString()).contains("value=\"墨图创作助手\"");
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = ?",
                String.class, service, "LARGE_MODEL_FILING")).isEqualTo("IN_PROGRESS");
        // Started again from the service: the same filing opens, no second one.
        mvc.perform(post("/model-filings/new").with(user(officer)).with(csrf()).param("route", "FILING")
                        .param("service", service.toString()))
                .andExpect(redirectedUrl("/model-filings/" + filing))
                .andExpect(flash().attribute("message", "modelFiling.alreadyStarted"));
        assertThat(jdbc.queryForObject("select count(*) from model_filing where service_id = ?", Integer.class,
                service)).isEqualTo(1);
        // The service's result now offers to open it, with its state, rather than to start one.
        org.jsoup.nodes.Document result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(result.select("#obligation-LARGE_MODEL_FILING a.start-work").attr("href"))
                .isEqualTo("/model-filings/" + filing);
        assertThat(result.select("#obligation-LARGE_MODEL_FILING").text()).contains("打开已开始的大模型上线备案", "准备中")
                .doesNotContain("开始大模型上线备案");
        // Another company's service id names nothing here: no name taken, no link kept.
        Company other = fixtures.company();
        PortalUser otherOfficer = PortalUser.of(fixtures.officer(other));
        String foreign = mvc.perform(post("/model-filings/new").with(user(otherOfficer)).with(csrf())
                        .param("route", "FILING").param("service", service.toString()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(foreign).doesNotContain(filing.toString());
        assertThat(jdbc.queryForObject("select service_id from model_filing where id = ?", UUID.class,
                UUID.fromString(foreign.split("/")[2]))).isNull();
    }

    /**
     * A filing made from the filings page before the triage can be made the service's own from its result: then it is
     * offered as the service's, its obligation is in work, and the service's filings are checked against each other.
     * Only a filing of the service's company, and only by someone who may see both.
     */
    @Test
    void aFilingMadeBeforeTheTriageIsMadeTheServicesOwnFromItsResult() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var existing = fixtures.filing(company, "先建的生成算法");
        UUID service = createService(officer, company, "先建服务");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        var link = result.select("#obligation-ALGORITHM_FILING_PROVIDER form:has(button.link-filing)");
        assertThat(link.attr("action")).isEqualTo("/services/" + service + "/filings/" + existing.getId() + "/link");
        assertThat(link.select("button").text()).isEqualTo("设为本服务的算法备案");

        // Another company's officer can neither link it nor link their own filing to this service.
        Company other = fixtures.company();
        PortalUser stranger = PortalUser.of(fixtures.officer(other));
        mvc.perform(post("/services/{s}/filings/{f}/link", service, existing.getId()).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        var foreign = fixtures.filing(other, "别家的生成算法");
        mvc.perform(post("/services/{s}/filings/{f}/link", service, foreign.getId()).with(user(officer)).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post(link.attr("action")).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/services/" + service))
                .andExpect(flash().attribute("message", "triage.filingLinked"));
        assertThat(jdbc.queryForList("select filing_id from service_filing where service_id = ?", UUID.class,
                service)).containsExactly(existing.getId());
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = ?",
                String.class, service, "ALGORITHM_FILING_PROVIDER")).isEqualTo("IN_PROGRESS");
        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(after.select("#obligation-ALGORITHM_FILING_PROVIDER a.start-work").eachText())
                .contains("打开本服务的算法备案：先建的生成算法");
        assertThat(after.select("button.link-filing")).isEmpty();
        // Linked twice (a second click, a second tab): still one link.
        mvc.perform(post(link.attr("action")).with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from service_filing where service_id = ?", Integer.class,
                service)).isEqualTo(1);
    }

    /**
     * Found in a walk: the registration started from a service asked again for the launch date and the algorithm
     * filing number its algorithm filing already held, and the two filings then disagreed on the date.
     */
    @Test
    void theLargeModelFilingTakesTheLaunchDateAndNumberOfTheServicesAlgorithmFiling() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "图语助手");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(status().is3xxRedirection());
        UUID filing = algorithmFilingStartedFrom(service, officer, company, "图语生成算法", "2027-01-15");
        String number = approve(filing);
        UUID model = modelFilingStartedFrom(service, officer, "REGISTRATION");
        org.jsoup.nodes.Document basic = modelPage(officer, "/model-filings/" + model + "/steps/basic");
        assertThat(basic.getElementById("f-model-basics-launchDate").val()).isEqualTo("2027-01-15");
        assertThat(basic.getElementById("f-model-basics-algorithmFilingNumber").val()).isEqualTo(number);
    }

    /**
     * Found in a review: the two filings of one service agreed only when the large-model filing started. The algorithm
     * filing's launch date changed afterwards (a second visit to its Step 2), and the large-model filing kept the old
     * one unnoticed; a number typed by hand differed from the approved one. Both are now warned of at the field, named
     * in the step's notice, and taken on one click; after that, nothing differs and an unchanged save changes nothing.
     */
    @Test
    void theLargeModelFilingWarnsWhereItNoLongerAgreesWithTheServicesAlgorithmFilingAndTakesItsValues()
            throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "图语助手二");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(status().is3xxRedirection());
        UUID filing = algorithmFilingStartedFrom(service, officer, company, "图语生成算法二", "2027-01-15");
        UUID model = modelFilingStartedFrom(service, officer, "FILING");
        String basicUrl = "/model-filings/" + model + "/steps/basic";
        org.jsoup.nodes.Document basic = modelPage(officer, basicUrl);
        assertThat(basic.select("#service-algorithm-differs")).as("alike when started").isEmpty();

        // Later: the algorithm filing's launch date moves, and it is approved under its number; the large-model
        // filing's officer types a number of their own.
        jdbc.update("update algorithm set launch_date = date '2027-02-01' where id = (select algorithm_id from filing "
                + "where id = ?)", filing);
        String number = approve(filing);
        // The service's result offers its own filing as its own, and another only for another algorithm (found in a
        // walk: "start the algorithm filing" was still offered after the approval, inviting a second one).
        var offered = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service).with(user(officer))).andReturn()
                .getResponse().getContentAsString()).select("#obligation-ALGORITHM_FILING_PROVIDER a.start-work");
        assertThat(offered.eachText()).containsExactly("打开本服务的算法备案：图语生成算法二",
                "本服务还使用其他算法？为其开始另一项算法备案");
        assertThat(offered.get(1).hasClass("primary")).isFalse();
        org.springframework.util.LinkedMultiValueMap<String, String> form = formOf(basic);
        form.set("model.basics.algorithmFilingNumber", "网信算备110108823483902230019号");
        mvc.perform(post(basicUrl).with(user(officer)).with(csrf()).params(form))
                .andExpect(status().is3xxRedirection());

        basic = modelPage(officer, basicUrl);
        assertThat(basic.select("#service-algorithm-differs").text()).contains("不一致",
                "计划上线日期（算法备案为 2027-02-01）", "算法备案编号（算法备案为 " + number + "）")
                .doesNotContain("model.basics");
        assertThat(basic.text()).contains("计划上线日期 2027-01-15 与本服务算法备案所填的上线日期 2027-02-01 不一致",
                "与本服务已通过的算法备案的编号（" + number + "）不一致");
        // The algorithm filing's review says it too, with both values and a link to the large-model filing.
        org.jsoup.nodes.Document algorithmReview = org.jsoup.Jsoup.parse(mvc.perform(get(
                "/filings/{id}/steps/review", filing).with(user(officer))).andReturn().getResponse()
                .getContentAsString());
        assertThat(algorithmReview.select("#other-filings-disagree li").eachText())
                .anyMatch(item -> item.contains("计划上线日期为 2027-01-15，本备案为 2027-02-01"))
                .anyMatch(item -> item.contains("算法备案编号为 网信算备110108823483902230019号，本备案为 " + number))
                .noneMatch(item -> item.contains("model.basics"));
        assertThat(algorithmReview.select("#other-filings-disagree a").attr("href")).isEqualTo(basicUrl);
        // The service's result says it too, on the large-model filing's card.
        org.jsoup.nodes.Document serviceResult = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(serviceResult.select("#obligation-LARGE_MODEL_FILING #disagrees-FILING").text())
                .contains("不一致", "计划上线日期（算法备案为 2027-02-01）", "算法备案编号（算法备案为 " + number + "）")
                .doesNotContain("model.basics");
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(mvc.perform(get(basicUrl).with(user(officer))
                .param("lang", "en")).andReturn().getResponse().getContentAsString());
        assertThat(english.select("#service-algorithm-differs").text()).contains("differ from the service")
                .doesNotContain("model.basics");
        assertThat(english.text()).contains("differs from the launch date in this service’s algorithm filing (2027-02-01)");

        mvc.perform(post("/model-filings/" + model + "/basics-from-service-algorithm").with(user(officer)).with(csrf())
                        .param("_version", basic.select("#service-algorithm-differs input[name=_version]").val()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "modelFiling.serviceAlgorithmTaken"));
        basic = modelPage(officer, basicUrl);
        assertThat(basic.getElementById("f-model-basics-launchDate").val()).isEqualTo("2027-02-01");
        assertThat(basic.getElementById("f-model-basics-algorithmFilingNumber").val()).isEqualTo(number);
        assertThat(basic.select("#service-algorithm-differs")).isEmpty();
        assertThat(basic.text()).doesNotContain("不一致");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service).with(user(officer))).andReturn()
                .getResponse().getContentAsString()).select("#disagrees-FILING")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/steps/review", filing).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).select("#other-filings-disagree")).isEmpty();

        // The second visit: saved unchanged, nothing changes and nothing differs.
        long version = jdbc.queryForObject("select version from model_filing where id = ?", Long.class, model);
        mvc.perform(post(basicUrl).with(user(officer)).with(csrf()).params(formOf(basic)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select version from model_filing where id = ?", Long.class, model))
                .isEqualTo(version);
        assertThat(modelPage(officer, basicUrl).select("#service-algorithm-differs")).isEmpty();

        // A number typed invalidly stays as typed, and the notice names the approved one (found in a walk: it named
        // the field only, and the checks, which see the last valid value, said nothing).
        org.springframework.util.LinkedMultiValueMap<String, String> invalid = formOf(modelPage(officer, basicUrl));
        invalid.set("model.basics.algorithmFilingNumber", "ABC");
        mvc.perform(post(basicUrl).with(user(officer)).with(csrf()).params(invalid))
                .andExpect(status().is3xxRedirection());
        basic = modelPage(officer, basicUrl);
        assertThat(basic.getElementById("f-model-basics-algorithmFilingNumber").val()).isEqualTo("ABC");
        assertThat(basic.select("#service-algorithm-differs").text()).contains("算法备案编号（算法备案为 " + number + "）")
                .doesNotContain("计划上线日期");
        mvc.perform(post("/model-filings/" + model + "/basics-from-service-algorithm").with(user(officer)).with(csrf())
                        .param("_version", basic.select("#service-algorithm-differs input[name=_version]").val()))
                .andExpect(flash().attribute("message", "modelFiling.serviceAlgorithmTaken"));
        basic = modelPage(officer, basicUrl);
        assertThat(basic.getElementById("f-model-basics-algorithmFilingNumber").val()).isEqualTo(number);
        assertThat(basic.select("#service-algorithm-differs")).isEmpty();
    }

    /** The service's generative algorithm filing, started from its result, launching on {@code launchDate}. */
    private UUID algorithmFilingStartedFrom(UUID service, PortalUser officer, Company company, String name,
            String launchDate) throws Exception {
        mvc.perform(post("/filings/new").with(user(officer)).with(csrf()).param("companyId", company.getId().toString())
                        .param("algorithmName", name).param("role", "SERVICE_PROVIDER")
                        .param("serviceId", service.toString()).param("algorithmType", "GENERATIVE_SYNTHESIS"))
                .andExpect(status().is3xxRedirection());
        UUID filing = jdbc.queryForObject("select filing_id from service_filing where service_id = ?", UUID.class,
                service);
        jdbc.update("update algorithm set launch_date = cast(? as date) where id = (select algorithm_id from filing "
                + "where id = ?)", launchDate, filing);
        return filing;
    }

    /** The CAC approves the filing under a number of its own; returns the number. */
    private String approve(UUID filing) {
        String number = "网信算备330106" + (String.valueOf(System.nanoTime()) + "000000000000000").substring(0, 15) + "号";
        jdbc.update("update filing set status = 'APPROVED', filing_number = ?, submitted_on = date '2026-10-01', "
                + "approved_on = date '2026-11-20' where id = ?", number, filing);
        return number;
    }

    /** A large-model filing or registration started from the service's result. */
    private UUID modelFilingStartedFrom(UUID service, PortalUser officer, String route) throws Exception {
        String started = mvc.perform(post("/model-filings/new").with(user(officer)).with(csrf())
                        .param("route", route).param("service", service.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(started.split("/")[2]);
    }

    private org.jsoup.nodes.Document modelPage(PortalUser officer, String url) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get(url).with(user(officer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** What a browser posts for the step's form, unchanged (its _csrf left to the test's own). */
    private static org.springframework.util.LinkedMultiValueMap<String, String> formOf(org.jsoup.nodes.Document page) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        com.cacfiling.web.wizard.BrowserSubmissions.of(page.outerHtml(), "form.step-form")
                .forEach((name, values) -> form.put(name, new java.util.ArrayList<>(values)));
        form.remove("_csrf");
        return form;
    }

    /** A new company's officer is pointed to the triage from the empty filings page (found in a walk). */
    @Test
    void aNewCompanysOfficerIsPointedToTheTriage() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        org.jsoup.nodes.Document empty = org.jsoup.Jsoup.parse(mvc.perform(get("/filings").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(empty.select("#start-triage").attr("href")).isEqualTo("/services");
        assertThat(empty.select("#start-with-triage").text()).contains("适用性问题");
        // Once the company has a filing, the list speaks for itself.
        fixtures.filing(company, "已有的算法");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings").with(user(officer))).andReturn().getResponse()
                .getContentAsString()).select("#start-with-triage")).isEmpty();
    }

    /**
     * Found in a walk: the register listed the service's obligation to file with "review date not set", while the
     * filing started for it was overdue on the filings list. The filing, its status and deadline are beside it, late
     * in words, in the sheet too; a service with no filing started says so.
     */
    @Test
    void theRegisterShowsTheFilingStartedForTheObligationWithItsDeadline() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "期限写作");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(status().is3xxRedirection());
        java.util.function.Supplier<org.jsoup.nodes.Element> providerRow = () -> {
            try {
                return org.jsoup.Jsoup.parse(mvc.perform(get("/obligations").param("serviceId", service.toString())
                                .with(user(officer))).andReturn().getResponse().getContentAsString())
                        .select("#obligations tbody tr").stream()
                        .filter(row -> row.select(".open-obligation").text().equals("算法备案（服务提供者）"))
                        .findFirst().orElseThrow();
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        };
        assertThat(providerRow.get().select(".no-filing").text()).isEqualTo("尚未从本服务开始备案");

        mvc.perform(post("/filings/new").with(user(officer)).with(csrf()).param("companyId", company.getId().toString())
                        .param("algorithmName", "期限写作算法").param("role", "SERVICE_PROVIDER")
                        .param("serviceId", service.toString()).param("algorithmType", "GENERATIVE_SYNTHESIS"))
                .andExpect(status().is3xxRedirection());
        UUID started = jdbc.queryForObject("select f.id from filing f join algorithm a on a.id = f.algorithm_id "
                + "where a.company_id = ? and a.name = ?", UUID.class, company.getId(), "期限写作算法");
        assertThat(providerRow.get().select(".service-filing").text()).isEqualTo("期限写作算法 草稿");
        // As a launch on Friday 2026-11-20 gives it (10 working days): late on the filings list, late here.
        jdbc.update("update filing set due_date = ? where id = ?", java.sql.Date.valueOf("2026-12-04"), started);
        org.jsoup.nodes.Element row = providerRow.get();
        assertThat(row.select(".service-filing a").attr("href")).isEqualTo("/filings/" + started + "/workflow");
        assertThat(row.select(".service-filing").text()).startsWith("期限写作算法 草稿 期限 2026-12-04");
        assertThat(row.select(".service-filing .badge.error")).hasSize(1);

        byte[] sheet = mvc.perform(get("/obligations/export.xlsx").param("serviceId", service.toString())
                .with(user(officer))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var rows = workbook.getSheetAt(0);
            assertThat(rows.getRow(0).getCell(11).getStringCellValue()).isEqualTo("备案");
            List<String> filingsColumn = new java.util.ArrayList<>();
            for (int i = 1; i <= rows.getLastRowNum(); i++) {
                filingsColumn.add(rows.getRow(i).getCell(11).getStringCellValue());
            }
            assertThat(filingsColumn).anyMatch(text -> text.startsWith("期限写作算法 · 草稿 · 期限 2026-12-04 · "));
        }
    }

    /** Found in two walks: the algorithm filing started from the result left its obligation "open". */
    @Test
    void theAlgorithmFilingStartedFromTheServiceTakesItsObligationIntoWork() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "灵犀写作");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        String start = result.select("#obligation-ALGORITHM_FILING_PROVIDER a.start-work").attr("href");
        assertThat(start).contains("service=" + service);
        // The new filing page carries the service to the creation.
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(mvc.perform(get(start).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=serviceId]").val()).isEqualTo(service.toString());
        // Another company's officer sending this service's id moves nothing of it.
        Company other = fixtures.company();
        PortalUser otherOfficer = PortalUser.of(fixtures.officer(other));
        mvc.perform(post("/filings/new").with(user(otherOfficer)).with(csrf()).param("companyId",
                        other.getId().toString()).param("algorithmName", "别家的写作算法").param("role", "SERVICE_PROVIDER")
                        .param("serviceId", service.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = ?",
                String.class, service, "ALGORITHM_FILING_PROVIDER")).isEqualTo("OPEN");
        mvc.perform(post("/filings/new").with(user(officer)).with(csrf()).param("companyId", company.getId().toString())
                        .param("algorithmName", "灵犀写作算法").param("role", "SERVICE_PROVIDER")
                        .param("serviceId", form.select("input[name=serviceId]").val())
                        .param("algorithmType", form.select("input[name=algorithmType]").val()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = ?",
                String.class, service, "ALGORITHM_FILING_PROVIDER")).isEqualTo("IN_PROGRESS");
        // The triage found a generative service: the filing starts with that type (found in a walk: it asked again).
        assertThat(jdbc.queryForObject("select a.content::jsonb #>> '{basics,algorithmType}' from algorithm a "
                + "where a.company_id = ? and a.name = ?", String.class, company.getId(), "灵犀写作算法"))
                .isEqualTo("GENERATIVE_SYNTHESIS");
        // Its labelling checklist, opened later from the filing's own pages (no service in the link), still takes the
        // service's labelling obligation into work (found in a walk: it stayed "open").
        UUID started = jdbc.queryForObject("select f.id from filing f join algorithm a on a.id = f.algorithm_id "
                + "where a.company_id = ? and a.name = ?", UUID.class, company.getId(), "灵犀写作算法");
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = ?",
                String.class, service, "LABELLING")).isEqualTo("OPEN");
        mvc.perform(post("/filings/{id}/labelling", started).with(user(officer)).with(csrf())
                        .param("checklistVersion", "0")
                        .param("algorithmVersion", String.valueOf(filings.get(started, officer).getAlgorithm()
                                .getVersion()))
                        .param("modalities", "TEXT").param("explicitDone", "TEXT"))
                .andExpect(redirectedUrl("/filings/" + started + "/labelling"));
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = ?",
                String.class, service, "LABELLING")).isEqualTo("IN_PROGRESS");
        // Approved by the CAC: the obligation to file is done (found in a walk: the register still listed it), and
        // the workflow page says what the approval obliges to next: the number shown on the service.
        filings.transition(officer, started, (f, a) -> {
            f.submitForReview(a);
            f.markReady(a);
            f.recordSubmission(a, java.time.LocalDate.of(2026, 10, 20));
            f.recordApproval(a, new com.cacfiling.domain.identifiers.FilingNumber("网信算备110108123456701230011号"),
                    java.time.LocalDate.of(2026, 11, 2));
        });
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = ?",
                String.class, service, "ALGORITHM_FILING_PROVIDER")).isEqualTo("DONE");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", started).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).selectFirst("#display-number").text())
                .contains("网信算备110108123456701230011号", "显著位置", "第二十六条");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", started).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).selectFirst("#public-notice").attr("href"))
                .isEqualTo("https://beian.cac.gov.cn");
        // A code the form does not know is not taken from a link.
        org.jsoup.nodes.Document forged = org.jsoup.Jsoup.parse(mvc.perform(get("/filings/new?type=NOT_A_TYPE")
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(forged.select("input[name=algorithmType]")).isEmpty();
    }

    /** Found in a walk: the 服务协议 obligation stayed "open" with the agreement in the service's large-model filing. */
    @Test
    void theServiceAgreementSavedInTheServicesLargeModelFilingTakesItsObligationIntoWork() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "墨图协议助手");
        UUID filing = largeModelFilingOfSelfBuiltService(service, officer);
        String status = "select status from obligation where service_id = ? and kind = 'SERVICE_AGREEMENT'";
        assertThat(jdbc.queryForObject(status, String.class, service)).isEqualTo("OPEN");

        saveAgreements(officer, filing, "", "我们收集的个人信息包括手机号码。");
        assertThat(jdbc.queryForObject(status, String.class, service)).as("the privacy policy alone").isEqualTo("OPEN");
        String updates = "select count(*) from change_log where company_id = ? and action = 'OBLIGATION_UPDATED'";
        int before = jdbc.queryForObject(updates, Integer.class, company.getId());
        saveAgreements(officer, filing, "用户的权利和义务……", "我们收集的个人信息包括手机号码。");
        assertThat(jdbc.queryForObject(status, String.class, service)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject(updates, Integer.class, company.getId())).isEqualTo(before + 1);
        // Saved again with the agreement changed: in work already, nothing more in the log.
        saveAgreements(officer, filing, "用户的权利和义务……投诉举报渠道", "我们收集的个人信息包括手机号码。");
        assertThat(jdbc.queryForObject(updates, Integer.class, company.getId())).isEqualTo(before + 1);
    }

    private void saveAgreements(PortalUser officer, UUID filing, String agreement, String privacy) throws Exception {
        mvc.perform(post("/model-filings/{id}/steps/agreements", filing).with(user(officer)).with(csrf())
                        .param("_version", String.valueOf(jdbc.queryForObject(
                                "select version from model_filing where id = ?", Long.class, filing)))
                        .param("_action", "save").param("model.agreements.serviceAgreement", agreement)
                        .param("model.agreements.privacyPolicy", privacy))
                .andExpect(status().is3xxRedirection());
    }

    /** Found in a walk: the labelling obligation stayed "open" after its checklist was saved from the result. */
    @Test
    void theLabellingChecklistSavedFromTheServiceTakesItsObligationIntoWork() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "灵犀绘图算法");
        UUID service = createService(officer, company, "灵犀绘图");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        String start = result.select("#obligation-LABELLING a.start-work").attr("href");
        assertThat(start).isEqualTo("/filings/" + filing.getId() + "/labelling?service=" + service);
        org.jsoup.nodes.Document checklist = org.jsoup.Jsoup.parse(mvc.perform(get(start).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(checklist.select("#labelling-form input[name=service]").val()).isEqualTo(service.toString());
        FilingRecord current = filings.get(filing.getId(), officer);
        mvc.perform(post("/filings/{id}/labelling", filing.getId()).with(user(officer)).with(csrf())
                        .param("service", service.toString()).param("checklistVersion", "0")
                        .param("algorithmVersion", String.valueOf(current.getAlgorithm().getVersion()))
                        .param("modalities", "TEXT").param("explicitDone", "TEXT"))
                .andExpect(redirectedUrl("/filings/" + filing.getId() + "/labelling?service=" + service));
        assertThat(jdbc.queryForObject("select status from obligation where service_id = ? and kind = ?",
                String.class, service, "LABELLING")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theStartLinkOfTheSupporterFilingOpensTheNewFilingPageWithThatRole() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        String html = mvc.perform(get("/filings/new").param("role", "TECHNICAL_SUPPORTER").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var checked = org.jsoup.Jsoup.parse(html).select("input[name=role][checked]");
        assertThat(checked).hasSize(1);
        assertThat(checked.get(0).attr("value")).isEqualTo("TECHNICAL_SUPPORTER");
    }

    @Test
    void unverifiedPointsSayConfirmWithTheLocalCacInBothLanguages() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "开源权重服务");
        Map<String, String> answers = new java.util.HashMap<>(SELF_BUILT_CHAT);
        answers.put("q_OWN_MODEL", "no");
        answers.put("q_CALLS_FILED_MODEL", "no");
        answers.put("q_OPEN_WEIGHTS", "yes");
        mvc.perform(answers(service, officer, answers)).andExpect(redirectedUrl("/services/" + service));
        mvc.perform(get("/services/{id}", service).with(user(officer)))
                .andExpect(content().string(containsString("请向属地网信部门确认")));
        mvc.perform(get("/services/{id}", service).with(user(officer)).param("lang", "en"))
                .andExpect(content().string(containsString("Confirm with the local CAC")))
                .andExpect(content().string(containsString("Generative AI service filing (large-model filing)")));
    }

    /**
     * A filing started for a service whose triage then calls for the other route says so on its pages (found in a
     * walk: the registration's pages said nothing after the triage turned it into a large-model filing).
     */
    @Test
    void aLargeModelFilingSaysWhenTheServicesLatestTriageCallsForTheOtherRoute() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "路线变化服务");
        UUID filing = largeModelFilingOfSelfBuiltService(service, officer);
        assertThat(mvc.perform(get("/model-filings/{id}/steps/basic", filing).with(user(officer))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("id=\"triage-route\"");
        Map<String, String> registration = new java.util.HashMap<>(SELF_BUILT_CHAT);
        registration.put("q_OWN_MODEL", "no");
        registration.put("q_CALLS_FILED_MODEL", "yes");
        mvc.perform(answers(service, officer, registration)).andExpect(flash().attribute("message", "triage.saved"));
        for (String page : List.of("/model-filings/{id}/steps/basic", "/model-filings/{id}/review")) {
            org.jsoup.nodes.Element notice = org.jsoup.Jsoup.parse(mvc.perform(get(page, filing).with(user(officer)))
                    .andReturn().getResponse().getContentAsString()).getElementById("triage-route");
            assertThat(notice).as(page).isNotNull();
            assertThat(notice.text()).contains("本大模型备案已不适用，应办理大模型登记");
            assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/services/" + service);
        }
        String english = mvc.perform(get("/model-filings/{id}/steps/basic", filing).with(user(officer))
                .param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(english).getElementById("triage-route").text())
                .contains("this large-model filing no longer applies: it needs the large-model registration");

        // The answers' result, where the user lands after saving them, says it too (found in a walk: nothing there).
        org.jsoup.nodes.Document result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(result.select("#triage-rerouted").text()).contains("以下已开始的备案不再适用")
                .contains("路线变化服务 （大模型备案）：应改办大模型登记").doesNotContain("FILING")
                .doesNotContain("REGISTRATION");
        assertThat(result.select("#triage-rerouted a").attr("href")).isEqualTo("/model-filings/" + filing);
        // Once the registration is started, both say so and lead to it (found in a walk: "start it" invited a second).
        String created = mvc.perform(post("/model-filings/new").with(user(officer)).with(csrf())
                        .param("route", "REGISTRATION").param("service", service.toString()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID registrationId = UUID.fromString(created.split("/")[2]);
        result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service).with(user(officer))).andReturn()
                .getResponse().getContentAsString());
        assertThat(result.select("#triage-rerouted").text()).contains("已改办").doesNotContain("可在下方发起");
        assertThat(result.select("#rerouted-to-" + filing).attr("href")).isEqualTo("/model-filings/" + registrationId);
        org.jsoup.nodes.Document old = org.jsoup.Jsoup.parse(mvc.perform(get("/model-filings/{id}/steps/basic", filing)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(old.select("#triage-route").text()).contains("大模型登记已经发起").doesNotContain("请从判断结果页发起");
        assertThat(old.select("#triage-route-started").attr("href")).isEqualTo("/model-filings/" + registrationId);
        // Answered back, the large-model filing applies again and the registration is the one that no longer does.
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT)).andExpect(flash().attribute("message", "triage.saved"));
        result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service).with(user(officer))).andReturn()
                .getResponse().getContentAsString());
        assertThat(result.select("#rerouted-" + filing)).isEmpty();
        assertThat(result.select("#rerouted-to-" + registrationId).attr("href")).isEqualTo("/model-filings/" + filing);
    }

    @Test
    void aChangedTriageMovesTheRegisterAndKeepsTheVersions() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "改道服务");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT));
        Map<String, String> registration = new java.util.HashMap<>(SELF_BUILT_CHAT);
        registration.put("q_OWN_MODEL", "no");
        registration.put("q_CALLS_FILED_MODEL", "yes");
        mvc.perform(answers(service, officer, registration)).andExpect(flash().attribute("message", "triage.saved"));
        assertThat(jdbc.queryForObject("select applies from obligation where service_id = ? and kind = ?",
                Boolean.class, service, "LARGE_MODEL_FILING")).isFalse();
        assertThat(jdbc.queryForObject("select applies from obligation where service_id = ? and kind = ?",
                Boolean.class, service, "LARGE_MODEL_REGISTRATION")).isTrue();
        // The result says the registration is instead of the large-model filing, under a name that matches its
        // button (found in a walk: 生成式人工智能服务登记 over 开始大模型登记, and nowhere "no large-model filing").
        String registered = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).text();
        assertThat(registered).contains("生成式人工智能服务登记（大模型登记）", "无需办理大模型上线备案", "开始大模型登记");
        mvc.perform(get("/services/{id}/history", service).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 版")))
                // Who saved each version, by name as on the filing's history, not by sign-in name.
                .andExpect(content().string(containsString(" · Officer</h2>")))
                .andExpect(content().string(not(containsString(officer.getUsername() + "</h2>"))))
                .andExpect(content().string(containsString("生成式人工智能服务登记")));
        List<TriageVersion> versions = services.versions(service, officer);
        String comparison = mvc.perform(get("/services/{id}/history", service).with(user(officer)).param("lang", "en")
                        .param("from", String.valueOf(versions.get(1).id()))
                        .param("to", String.valueOf(versions.get(0).id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = org.jsoup.Jsoup.parse(comparison).select("#comparison").text();
        assertThat(text).contains("Is the model self-built, or trained or fine-tuned on top of another model? Yes No")
                .contains("Obligations that now apply: Generative AI service registration")
                .contains("Obligations that no longer apply: Generative AI service filing (large-model filing)");
    }

    @Test
    void aServiceTriagedWithAnOlderQuestionnaireSaysWhatChangedAndIsSavedAgainWithOneClick() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "推荐服务");
        mvc.perform(answers(service, officer, Map.of("q_PUBLIC", "yes", "q_GENERATIVE", "no",
                "q_OTHER_ALGORITHM", "yes", "q_PUBLIC_OPINION", "yes", "q_SELLS_API", "no",
                "q_BIOMETRIC_OR_CHANGE", "no", "q_MOBILISATION_RND", "no")));
        // As questionnaire 2026.1 left it: the Interim Measures on generative AI cited for a recommender.
        jdbc.update("update service set triage_version = '2026.1' where id = ?", service);
        jdbc.update("update obligation set basis = 'INTERIM_MEASURES_17' where service_id = ? and kind = ?",
                service, "SECURITY_ASSESSMENT");
        int versionsBefore = services.versions(service, officer).size();

        org.jsoup.nodes.Document result = org.jsoup.Jsoup.parse(mvc.perform(get("/services/{id}", service)
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(result.select("#triage-outdated").text()).contains("问卷 2026.1").contains("当前问卷为 " + Triage.CURRENT_VERSION)
                .contains("人脸、人声编辑另列被编辑个人的单独同意");
        assertThat(result.select("#obligation-SECURITY_ASSESSMENT").text()).contains("第二十七条")
                .doesNotContain("生成式人工智能服务管理暂行办法");
        MockHttpServletRequestBuilder again = post("/services/{id}/triage", service).with(user(officer))
                .with(csrf());
        result.select("#triage-outdated form input").forEach(input -> again.param(input.attr("name"),
                input.attr("value")));
        mvc.perform(again).andExpect(flash().attribute("message", "triage.saved"));

        assertThat(jdbc.queryForObject("select basis from obligation where service_id = ? and kind = ?",
                String.class, service, "SECURITY_ASSESSMENT")).isEqualTo("SECURITY_PROVISIONS_2_3_ALGORITHM_PROVISIONS_27");
        assertThat(services.versions(service, officer)).hasSize(versionsBefore + 1).first()
                .extracting(TriageVersion::triageVersion).isEqualTo(Triage.CURRENT_VERSION);
        assertThat(mvc.perform(get("/services/{id}", service).with(user(officer))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("triage-outdated");
        assertThat(mvc.perform(get("/services/{id}/history", service).with(user(officer)).param("lang", "en"))
                .andReturn().getResponse().getContentAsString()).contains("Evaluated with questionnaire " + Triage.CURRENT_VERSION);
    }

    @Test
    void anOutdatedFormIsRefusedWithItsMessageAndNothingIsLost() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "并发服务");
        mvc.perform(post("/services/{id}/triage", service).with(user(officer)).with(csrf()).param("version", "7")
                        .param("q_PUBLIC", "yes"))
                .andExpect(flash().attribute("message", "triage.conflict"));
        assertThat(services.get(service, officer).answers()).isEmpty();
    }

    @Test
    void aServiceNeedsANameNextToTheField() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        mvc.perform(post("/services").with(user(officer)).with(csrf()).param("companyId", company.getId().toString())
                        .param("name", " ").param("description", "保留的说明"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项。")))
                .andExpect(content().string(containsString("保留的说明")));
    }

    @Test
    void servicesAndObligationsAreReachedOnlyByTheCompanyAndItsConsultants() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "授权服务");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT));
        UUID obligation = jdbc.queryForObject("select id from obligation where service_id = ? and kind = 'LABELLING'",
                UUID.class, service);
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        mvc.perform(get("/services/{id}", service).with(user(consultant))).andExpect(status().isOk());
        mvc.perform(get("/obligations").with(user(consultant)))
                .andExpect(content().string(containsString("授权服务")));
        for (PortalUser stranger : List.of(PortalUser.of(fixtures.officer(fixtures.company())),
                PortalUser.of(fixtures.consultant(fixtures.company())), PortalUser.of(fixtures.admin()))) {
            mvc.perform(get("/services/{id}", service).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/services/{id}/history", service).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(answers(service, officer, SELF_BUILT_CHAT).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/obligations/{id}", obligation).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(post("/obligations/{id}", obligation).with(user(stranger)).with(csrf()).param("version", "0")
                    .param("status", "DONE")).andExpect(status().isNotFound());
            mvc.perform(get("/obligations").with(user(stranger)))
                    .andExpect(content().string(not(containsString("授权服务"))));
            mvc.perform(post("/services").with(user(stranger)).with(csrf()).param("companyId", company.getId().toString())
                    .param("name", "闯入")).andExpect(status().isNotFound());
        }
    }

    @Test
    void anObligationGetsItsOwnerEvidenceStatusAndReviewDateAndTheRegisterExportsThem() throws Exception {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        PortalUser officer = PortalUser.of(officerAccount);
        UUID service = createService(officer, company, "台账服务");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT));
        UUID obligation = jdbc.queryForObject("select id from obligation where service_id = ? and kind = 'LABELLING'",
                UUID.class, service);
        // The labelling obligation leads to the checklists, which the service's result lists (found in a walk).
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/obligations/{id}", obligation).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).select("#open-labelling-checklists").attr("href"))
                .isEqualTo("/services/" + service + "#obligation-LABELLING");

        // An invalid link stays in the field with its message next to it.
        mvc.perform(post("/obligations/{id}", obligation).with(user(officer)).with(csrf()).param("version", "0")
                        .param("status", "IN_PROGRESS").param("evidenceLink", "not a link"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写以 http:// 或 https:// 开头的网址。")))
                .andExpect(content().string(containsString("value=\"not a link\"")))
                // Nothing was saved, the valid changes neither: the page says so, and leaving it asks first.
                .andExpect(content().string(containsString("未保存：请更正标出的字段后再保存。")))
                .andExpect(content().string(containsString("data-dirty=\"true\"")));
        mvc.perform(get("/obligations/{id}", obligation).with(user(officer)))
                .andExpect(content().string(not(containsString("data-dirty"))))
                .andExpect(content().string(not(containsString("not-saved"))));
        // An owner from another company is refused.
        UserAccount outsider = fixtures.officer(fixtures.company());
        mvc.perform(post("/obligations/{id}", obligation).with(user(officer)).with(csrf()).param("version", "0")
                        .param("status", "IN_PROGRESS").param("ownerId", outsider.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择该公司的用户或其法律顾问。")));

        mvc.perform(post("/obligations/{id}", obligation).with(user(officer)).with(csrf()).param("version", "0")
                        .param("status", "IN_PROGRESS").param("ownerId", officerAccount.getId().toString())
                        .param("evidenceLink", "https://docs.example.cn/labelling").param("nextReview", "2020-01-31"))
                .andExpect(redirectedUrl("/obligations/" + obligation))
                .andExpect(flash().attribute("message", "obligation.saved"));
        // Who changed it last is named as people are everywhere, not by sign-in name (found in a walk).
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/obligations/{id}", obligation).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).select("p.hint").text())
                .contains(officerAccount.getDisplayName()).doesNotContain(officerAccount.getUsername());
        // Unchanged: no new version.
        mvc.perform(post("/obligations/{id}", obligation).with(user(officer)).with(csrf()).param("version", "1")
                        .param("status", "IN_PROGRESS").param("ownerId", officerAccount.getId().toString())
                        .param("evidenceLink", "https://docs.example.cn/labelling").param("nextReview", "2020-01-31"))
                .andExpect(flash().attribute("message", "obligation.unchanged"));
        // Outdated form: refused, nothing overwritten.
        mvc.perform(post("/obligations/{id}", obligation).with(user(officer)).with(csrf()).param("version", "0")
                        .param("status", "DONE"))
                .andExpect(flash().attribute("message", "obligation.conflict"));

        mvc.perform(get("/obligations").with(user(officer)).param("companyId", company.getId().toString()))
                .andExpect(content().string(containsString("已过复核日期")))
                .andExpect(content().string(containsString("进行中")));

        byte[] xlsx = mvc.perform(get("/obligations/export.xlsx").with(user(officer)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Filing entity");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(2).getStringCellValue().equals("Labelling of AI-generated content")) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(6).getStringCellValue()).isEqualTo("In progress");
                    assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEqualTo("https://docs.example.cn/labelling");
                    assertThat(sheet.getRow(r).getCell(10).getStringCellValue()).isEqualTo("2020-01-31");
                }
            }
            assertThat(found).isTrue();
        }
    }

    /** Found in a review: the owner, deactivated since, was not among the choices, so an unchanged save cleared it. */
    @Test
    void anUnchangedSaveKeepsAnOwnerWhoIsNoLongerActive() throws Exception {
        Company company = fixtures.company();
        UserAccount officerAccount = fixtures.officer(company);
        PortalUser officer = PortalUser.of(officerAccount);
        UserAccount leaving = fixtures.officer(company);
        UUID service = createService(officer, company, "负责人服务");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT));
        UUID obligation = jdbc.queryForObject("select id from obligation where service_id = ? and kind = 'LABELLING'",
                UUID.class, service);
        mvc.perform(post("/obligations/{id}", obligation).with(user(officer)).with(csrf()).param("version", "0")
                        .param("status", "IN_PROGRESS").param("ownerId", leaving.getId().toString()))
                .andExpect(flash().attribute("message", "obligation.saved"));
        jdbc.update("update app_user set enabled = false where id = ?", leaving.getId());

        String page = mvc.perform(get("/obligations/{id}", obligation).with(user(officer)))
                .andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Element selected = org.jsoup.Jsoup.parse(page).selectFirst("#ownerId option[selected]");
        assertThat(selected.attr("value")).isEqualTo(leaving.getId().toString());
        // Short in the select (a phone cut the long label off), said in full below it.
        assertThat(selected.text()).isEqualTo(leaving.getDisplayName() + "（原用户）");
        assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#former-owner-hint").text())
                .contains(leaving.getDisplayName(), "已不在本公司的用户中");
        MockHttpServletRequestBuilder unchanged = post("/obligations/{id}", obligation).with(user(officer))
                .with(csrf());
        com.cacfiling.web.wizard.BrowserSubmissions.of(page, "#obligation-form").forEach((name, values) ->
                unchanged.param(name, values.toArray(String[]::new)));
        mvc.perform(unchanged).andExpect(flash().attribute("message", "obligation.unchanged"));
        assertThat(jdbc.queryForObject("select owner_id from obligation where id = ?", UUID.class, obligation))
                .isEqualTo(leaving.getId());
        // The register marks them too (found in a re-check: it named them as if still there).
        mvc.perform(get("/obligations").with(user(officer)).param("companyId", company.getId().toString()))
                .andExpect(content().string(containsString(leaving.getDisplayName() + "（已不在本公司的用户中）")));
        // Someone else can still be chosen, and the former owner not chosen again once gone.
        mvc.perform(post("/obligations/{id}", obligation).with(user(officer)).with(csrf()).param("version", "1")
                        .param("status", "IN_PROGRESS").param("ownerId", officerAccount.getId().toString()))
                .andExpect(flash().attribute("message", "obligation.saved"));
        mvc.perform(post("/obligations/{id}", obligation).with(user(officer)).with(csrf()).param("version", "2")
                        .param("status", "IN_PROGRESS").param("ownerId", leaving.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择该公司的用户或其法律顾问。")));
    }

    @Test
    void anObligationKeepsEvidenceFilesCheckedByContentAndOnlyItsCompanyReachesThem() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = createService(officer, company, "证明材料服务");
        mvc.perform(answers(service, officer, SELF_BUILT_CHAT));
        UUID obligation = jdbc.queryForObject("select id from obligation where service_id = ? and kind = 'LABELLING'",
                UUID.class, service);
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/obligations/{id}/evidence", obligation)
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "备案回执.pdf", "application/pdf", pdf))
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "obligation.evidence.added"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/obligations/{id}/evidence", obligation)
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "fake.pdf", "application/pdf",
                                "<html>not a pdf</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("evidenceError", "upload.wrongType"));
        UUID file = jdbc.queryForObject("select id from obligation_evidence where obligation_id = ?", UUID.class,
                obligation);
        mvc.perform(get("/obligations/{id}", obligation).with(user(officer)))
                .andExpect(content().string(containsString("备案回执.pdf")));
        assertThat(mvc.perform(get("/obligations/{id}/evidence/{file}", obligation, file).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(get("/obligations/{id}/evidence/{file}", obligation, file).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/obligations/{id}/evidence", obligation)
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from obligation_evidence where obligation_id = ?", Long.class,
                obligation)).isEqualTo(1);
    }

    @Test
    void theRegisterIsPagedInOneQueryAcrossAllClients() throws Exception {
        Company first = fixtures.company();
        Company second = fixtures.company();
        PortalUser consultant = PortalUser.of(fixtures.consultant(first, second));
        for (Company company : List.of(first, second)) {
            for (int i = 0; i < 3; i++) {
                UUID service = services.create(consultant, company.getId(), "分页服务" + i, null);
                mvc.perform(answers(service, consultant, SELF_BUILT_CHAT));
            }
        }
        var filter = new com.cacfiling.web.obligation.ObligationFilter();
        var page = obligationsPage(consultant, filter, 10);
        // Six services with six obligations each (filing, security assessment, large-model filing, labelling,
        // service agreement, periodic review).
        assertThat(page.total()).isEqualTo(36);
        assertThat(page.rows()).hasSize(10);
        filter.setPage(3);
        assertThat(obligationsPage(consultant, filter, 10).rows()).hasSize(6);
        filter.setPage(99);
        var beyond = obligationsPage(consultant, filter, 10);
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.total()).isEqualTo(36);
        mvc.perform(get("/obligations").with(user(consultant)))
                .andExpect(content().string(containsString("第 1 / 2 页")));
        // Part of a company's name narrows the register (the form offers it once the clients are too many to list).
        var byName = new com.cacfiling.web.obligation.ObligationFilter();
        byName.setCompany(first.getName().substring(0, first.getName().length() - 1));
        assertThat(obligationsPage(consultant, byName, 10).rows()).isNotEmpty()
                .allMatch(row -> row.companyId().equals(first.getId()));
        byName.setCompany("100%_不存在");
        assertThat(obligationsPage(consultant, byName, 10).rows()).isEmpty();
        // The consultant's dashboard counts the open obligations across the clients and links the register.
        mvc.perform(get("/filings").with(user(consultant)))
                .andExpect(content().string(containsString("各客户共有 36 项未完成的合规义务")));
        mvc.perform(get("/filings").with(user(consultant)).param("lang", "en"))
                .andExpect(content().string(containsString("36 open obligations across your clients")));
        // An officer's dashboard speaks of the own company (18 of them are the first company's).
        PortalUser officer = PortalUser.of(fixtures.officer(first));
        mvc.perform(get("/filings").with(user(officer)))
                .andExpect(content().string(containsString("本公司有 18 项未完成的合规义务")))
                .andExpect(content().string(not(containsString("各客户"))));
    }

    @Autowired
    com.cacfiling.web.obligation.Obligations obligations;

    private static final java.util.regex.Pattern MESSAGE_KEY = java.util.regex.Pattern.compile(
            "\\b(triage|obligation|obligations|labelling|services|service|nav|action|dashboard|filing)"
                    + "\\.[A-Za-z][A-Za-z.0-9]*");
    private static final java.util.regex.Pattern ENUM_CONSTANT = java.util.regex.Pattern.compile(
            "\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    @Test
    void theNewPagesSpeakInWordsInBothLanguagesForOfficerAndConsultant() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        UUID service = createService(officer, company, "用词服务");
        Map<String, String> openWeights = new java.util.HashMap<>(SELF_BUILT_CHAT);
        openWeights.put("q_OWN_MODEL", "no");
        openWeights.put("q_CALLS_FILED_MODEL", "no");
        openWeights.put("q_OPEN_WEIGHTS", "yes");
        mvc.perform(answers(service, officer, openWeights));
        UUID obligation = jdbc.queryForObject("select id from obligation where service_id = ? and kind = 'LABELLING'",
                UUID.class, service);
        var filing = fixtures.filing(company, "用词算法");
        List<String> pages = List.of("/services", "/services/" + service, "/services/" + service + "/triage",
                "/services/" + service + "/history", "/obligations", "/obligations?show=all",
                "/obligations/" + obligation, "/filings/" + filing.getId() + "/labelling");
        List<String> problems = new java.util.ArrayList<>();
        for (String lang : List.of("zh-CN", "en")) {
            for (PortalUser who : List.of(officer, consultant)) {
                for (String page : pages) {
                    var response = mvc.perform(get(page).with(user(who)).param("lang", lang)).andReturn().getResponse();
                    if (response.getStatus() != 200) {
                        problems.add(lang + " " + page + " → " + response.getStatus());
                    }
                    String text = org.jsoup.Jsoup.parse(response.getContentAsString()).body().text();
                    for (var pattern : List.of(MESSAGE_KEY, ENUM_CONSTANT)) {
                        var matcher = pattern.matcher(text);
                        while (matcher.find()) {
                            problems.add(lang + " " + page + ": " + matcher.group());
                        }
                    }
                    // Messages go through MessageFormat: an apostrophe must survive it.
                    if (lang.equals("en") && page.equals("/obligations") && !text.contains("each service’s triage")) {
                        problems.add(lang + " " + page + ": apostrophe lost");
                    }
                    if (text.contains("??")) {
                        problems.add(lang + " " + page + ": missing message");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private com.cacfiling.web.obligation.Obligations.Page obligationsPage(PortalUser user,
            com.cacfiling.web.obligation.ObligationFilter filter, int size) {
        return obligations.page(user, filter, size);
    }
}
