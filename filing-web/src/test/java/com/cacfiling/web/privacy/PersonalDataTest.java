package com.cacfiling.web.privacy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Resident ID numbers: encrypted at rest, masked in everything that leaves the company, kept when the masked form
 * comes back (API round trip, unchanged Step 1 save), replaced when a new number is typed, and in full only in the
 * officer's audited submission copy.
 */
@PortalTest
// The ZIPs render all documents; on a machine shared by several builds that may take longer than the default budget.
@TestPropertySource(properties = "filing.documents.render-budget=120s")
class PersonalDataTest {

    /** The demo's legal representative and security officer (SampleDossiers). */
    static final String REPRESENTATIVE = "110105198503120020";
    static final String REPRESENTATIVE_MASKED = "110105********0020";
    static final String OFFICER_ID = "330106199007081511";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    private record Subject(Company company, FilingRecord filing, UserAccount officerAccount, PortalUser officer) {
    }

    private Subject demoFiling() {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = TestFixtures.principal(account);
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "个人信息算法"), officer);
        return new Subject(company, filing, account, officer);
    }

    private String storedRepresentative(Subject subject) {
        ResidentIdNumber id = filings.dossier(subject.filing().getId(), subject.officer()).entity()
                .legalRepresentative().idNumber();
        return id == null ? null : id.value();
    }

    @Test
    void storedEncryptedEverywhereAndReadInFullInsideTheServer() {
        Subject subject = demoFiling();
        String profile = jdbc.queryForObject("select entity_profile::text from company where id = ?", String.class,
                subject.company().getId());
        assertThat(profile).doesNotContain(REPRESENTATIVE).doesNotContain(OFFICER_ID)
                .contains("pd1:" + cipher.keys().currentId() + ":");
        List<String> versions = jdbc.queryForList("select snapshot::text from change_log where filing_id = ? "
                + "and snapshot is not null", String.class, subject.filing().getId());
        assertThat(versions).isNotEmpty().allSatisfy(version -> assertThat(version).doesNotContain(REPRESENTATIVE)
                .doesNotContain(OFFICER_ID));
        // Rules and documents get the full number (check digit, age) from the decrypted domain object.
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);
    }

    /**
     * A version in the change log is the whole dossier with its numbers sealed, and opens to the dossier as the
     * format writes it; an unchanged entity is sealed once and its ciphertext shared by the next versions.
     */
    @Test
    void aVersionIsTheWholeDossierWithItsNumbersSealed() {
        Subject subject = demoFiling();
        com.cacfiling.domain.dossier.Dossier dossier = filings.dossier(subject.filing().getId(), subject.officer());
        // Compared as parsed text: a tree built from the objects keeps their number types, parsing not.
        tools.jackson.databind.JsonNode whole = com.cacfiling.domain.dossier.DomainJson.readTree(
                com.cacfiling.domain.dossier.DossierJson.tree(dossier).toString());
        String version = cipher.sealedDossierJson(dossier);
        assertThat(version).doesNotContain(REPRESENTATIVE).doesNotContain(OFFICER_ID)
                .contains("pd1:" + cipher.keys().currentId() + ":");
        assertThat(com.cacfiling.domain.dossier.DomainJson.readTree(cipher.openDossier(version)).equals(whole))
                .as("the version opened is the whole dossier").isTrue();
        assertThat(cipher.sealedDossierJson(dossier)).isEqualTo(version);
        // What a save logs reads back the same way.
        List<String> versions = jdbc.queryForList("select snapshot::text from change_log where filing_id = ? "
                + "and snapshot is not null order by id desc", String.class, subject.filing().getId());
        assertThat(com.cacfiling.domain.dossier.DomainJson.readTree(cipher.openDossier(versions.get(0))).equals(whole))
                .as("the last version logged, opened, is the whole dossier").isTrue();
    }

    @Test
    void aFrozenFilingKeepsItsCopyOfStepOneEncryptedAndTheRulesReadTheFullNumber() {
        Company company = fixtures.company();
        PortalUser officer = TestFixtures.principal(fixtures.officer(company));
        FilingRecord filing = com.cacfiling.web.filing.FilingScenarios.completeFiling(fixtures, filings, company,
                officer);
        // Ready means the identifier rules (check digit, the officer's age from the birth date) passed on the full number.
        assertThat(filings.evaluate(filing.getId(), officer).isReady()).isTrue();
        com.cacfiling.web.filing.FilingScenarios.bringTo(filings, officer, filing,
                com.cacfiling.domain.filing.FilingStatus.IN_REVIEW);
        String frozen = jdbc.queryForObject("select entity_snapshot::text from filing where id = ?", String.class,
                filing.getId());
        assertThat(frozen).isNotNull().doesNotContain(REPRESENTATIVE).doesNotContain(OFFICER_ID).contains("pd1:");
        assertThat(filings.dossier(filing.getId(), officer).entity().legalRepresentative().idNumber().value())
                .isEqualTo(REPRESENTATIVE);
    }

    @Test
    void apiGetPutRoundTripNeverOverwritesTheStoredNumber() throws Exception {
        Subject subject = demoFiling();
        String token = "Bearer " + tokens.create(subject.officerAccount().getId(), "round trip");
        MvcResult read = mvc.perform(get("/api/v1/filings/{id}", subject.filing().getId())
                .header("Authorization", token)).andExpect(status().isOk()).andReturn();
        String body = read.getResponse().getContentAsString();
        assertThat(body).contains(REPRESENTATIVE_MASKED).doesNotContain(REPRESENTATIVE).doesNotContain(OFFICER_ID);

        MvcResult written = mvc.perform(put("/api/v1/filings/{id}", subject.filing().getId())
                        .header("Authorization", token).header("If-Match", read.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn();
        assertThat(written.getResponse().getContentAsString()).contains(REPRESENTATIVE_MASKED)
                .doesNotContain(REPRESENTATIVE);
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);

        // A new full number replaces the stored one.
        String replacement = validNumber("11010119900307123");
        MvcResult again = mvc.perform(get("/api/v1/filings/{id}", subject.filing().getId())
                .header("Authorization", token)).andReturn();
        mvc.perform(put("/api/v1/filings/{id}", subject.filing().getId()).header("Authorization", token)
                        .header("If-Match", again.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(again.getResponse().getContentAsString().replace(REPRESENTATIVE_MASKED, replacement)))
                .andExpect(status().isOk());
        assertThat(storedRepresentative(subject)).isEqualTo(replacement);

        // A masked number that masks nothing stored is not a number: refused, the stored one stays.
        MvcResult third = mvc.perform(get("/api/v1/filings/{id}", subject.filing().getId())
                .header("Authorization", token)).andReturn();
        String unknownMask = new ResidentIdNumber(replacement).masked().replace("1234", "0000").substring(0, 14)
                + "9999";
        mvc.perform(put("/api/v1/filings/{id}", subject.filing().getId()).header("Authorization", token)
                        .header("If-Match", third.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(third.getResponse().getContentAsString()
                                .replace(new ResidentIdNumber(replacement).masked(), unknownMask)))
                .andExpect(status().isBadRequest());
        assertThat(storedRepresentative(subject)).isEqualTo(replacement);
    }

    /** Found in a review: a number written into a text left through the API in full; the round trip keeps it. */
    @Test
    void aNumberWrittenIntoATextLeavesMaskedAndAnUnchangedPutKeepsIt() throws Exception {
        Subject subject = demoFiling();
        String token = "Bearer " + tokens.create(subject.officerAccount().getId(), "texts");
        MvcResult read = mvc.perform(get("/api/v1/filings/{id}", subject.filing().getId())
                .header("Authorization", token)).andReturn();
        String body = read.getResponse().getContentAsString();
        assertThat(body).contains("面向个人用户的智能助手应用。");
        String withNumber = body.replace("面向个人用户的智能助手应用。", "面向个人用户的智能助手应用。负责人" + REPRESENTATIVE + "。");
        mvc.perform(put("/api/v1/filings/{id}", subject.filing().getId()).header("Authorization", token)
                        .header("If-Match", read.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(withNumber))
                .andExpect(status().isOk());
        MvcResult again = mvc.perform(get("/api/v1/filings/{id}", subject.filing().getId())
                .header("Authorization", token)).andReturn();
        String out = again.getResponse().getContentAsString();
        assertThat(out).doesNotContain(REPRESENTATIVE).contains("负责人" + REPRESENTATIVE_MASKED + "。");
        mvc.perform(put("/api/v1/filings/{id}", subject.filing().getId()).header("Authorization", token)
                        .header("If-Match", again.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(out))
                .andExpect(status().isOk());
        assertThat(com.cacfiling.domain.dossier.DossierJson.write(filings.dossier(subject.filing().getId(),
                subject.officer()))).contains("负责人" + REPRESENTATIVE + "。");

        // A consultant sees it masked on the form and in the history, and their unchanged save keeps the officer's.
        PortalUser consultant = TestFixtures.principal(fixtures.consultant(subject.company()));
        Document step3 = page(subject, "step3", consultant);
        assertThat(step3.html()).doesNotContain(REPRESENTATIVE).contains("负责人" + REPRESENTATIVE_MASKED + "。");
        assertThat(page(subject, "step3", subject.officer()).html()).contains("负责人" + REPRESENTATIVE + "。");
        // The officer is told what happens to it (found in a walk: the warning said it would leave unmasked): masked
        // for consultants and in exports, in full only in the submission copy for the CAC.
        String review = page(subject, "review", subject.officer()).text();
        assertThat(review).contains("写在文字中的号码在顾问看到的内容和导出的材料中会脱敏显示")
                .contains("写在文字中的号码也一样").doesNotContain("不脱敏").doesNotContain("不会在发给顾问");
        long versionsBefore = versions(subject);
        Map<String, List<String>> submission = com.cacfiling.web.wizard.BrowserSubmissions.of(step3.outerHtml());
        MockHttpServletRequestBuilder save = post("/filings/{id}/steps/{step}", subject.filing().getId(), "step3")
                .with(user(consultant)).with(csrf());
        submission.forEach((name, list) -> save.param(name, list.toArray(String[]::new)));
        mvc.perform(save).andExpect(status().is3xxRedirection());
        assertThat(versions(subject)).isEqualTo(versionsBefore);
        assertThat(com.cacfiling.domain.dossier.DossierJson.write(filings.dossier(subject.filing().getId(),
                subject.officer()))).contains("负责人" + REPRESENTATIVE + "。");
        List<Long> ids = jdbc.queryForList("select id from change_log where filing_id = ? and snapshot is not null "
                + "order by id desc limit 2", Long.class, subject.filing().getId());
        String comparison = mvc.perform(get("/filings/{id}/history", subject.filing().getId())
                        .param("from", ids.get(1).toString()).param("to", ids.get(0).toString()).with(user(consultant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(comparison).doesNotContain(REPRESENTATIVE).contains(REPRESENTATIVE_MASKED);

        // The documents too: the consultant's report masks it, the officer's keeps it.
        java.util.function.Function<PortalUser, String> reportXml = viewer -> {
            try {
                byte[] docx = mvc.perform(get("/filings/{id}/documents/report.docx", subject.filing().getId())
                        .with(user(viewer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
                    ZipEntry entry;
                    while ((entry = in.getNextEntry()) != null) {
                        if (entry.getName().equals("word/document.xml")) {
                            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
                return "";
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(reportXml.apply(consultant)).doesNotContain(REPRESENTATIVE).contains(REPRESENTATIVE_MASKED);
        assertThat(reportXml.apply(subject.officer())).contains(REPRESENTATIVE);
        Map<String, String> consultantsZip = textsOf(mvc.perform(get("/filings/{id}/dossier.zip",
                subject.filing().getId()).with(user(consultant))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(consultantsZip.values()).noneMatch(text -> text.contains(REPRESENTATIVE));
    }

    /** Found in a review: a number written into a comment or a reason reached consultants and the audit log. */
    @Test
    void aNumberWrittenIntoACommentIsMaskedOutsideTheCompany() throws Exception {
        Subject subject = demoFiling();
        PortalUser consultant = TestFixtures.principal(fixtures.consultant(subject.company()));
        mvc.perform(post("/filings/{id}/comments", subject.filing().getId()).with(user(subject.officer())).with(csrf())
                        .param("fieldPath", "entity.name").param("body", "法人身份证 " + REPRESENTATIVE + " 已核对"))
                .andExpect(status().is3xxRedirection());
        String officersPage = mvc.perform(get("/filings/{id}/workflow", subject.filing().getId())
                .with(user(subject.officer()))).andReturn().getResponse().getContentAsString();
        assertThat(officersPage).contains(REPRESENTATIVE);
        for (String path : List.of("/filings/{id}/workflow", "/filings/{id}/steps/entity")) {
            assertThat(mvc.perform(get(path, subject.filing().getId()).with(user(consultant))).andReturn()
                    .getResponse().getContentAsString()).doesNotContain(REPRESENTATIVE).contains(REPRESENTATIVE_MASKED);
        }
    }

    @Test
    void exportsAndTheDossierZipCarryOnlyMaskedNumbers() throws Exception {
        Subject subject = demoFiling();
        String token = "Bearer " + tokens.create(subject.officerAccount().getId(), "exports");
        String json = mvc.perform(get("/filings/{id}/dossier.json", subject.filing().getId())
                .with(user(subject.officer()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(REPRESENTATIVE_MASKED).doesNotContain(REPRESENTATIVE).doesNotContain(OFFICER_ID);
        String apiExport = mvc.perform(get("/api/v1/filings/{id}/export", subject.filing().getId())
                .header("Authorization", token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(apiExport).contains(REPRESENTATIVE_MASKED).doesNotContain(REPRESENTATIVE);

        Map<String, String> zip = textsOf(mvc.perform(get("/filings/{id}/dossier.zip", subject.filing().getId())
                .with(user(subject.officer()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(zip.get("dossier.json")).contains(REPRESENTATIVE_MASKED).doesNotContain(REPRESENTATIVE)
                .doesNotContain(OFFICER_ID);
        assertThat(zip.get("manifest.json")).contains("\"residentIdNumbers\": \"masked\"");
        assertThat(zip.values()).noneMatch(text -> text.contains(REPRESENTATIVE));

        // The exported (masked) dossier imported into another company: the numbers are not in it, the field is empty.
        Company other = fixtures.company();
        String otherToken = "Bearer " + tokens.create(fixtures.officer(other).getId(), "import");
        mvc.perform(post("/api/v1/filings/import").param("companyId", other.getId().toString())
                        .header("Authorization", otherToken).contentType(MediaType.APPLICATION_JSON)
                        .content(json.replace(jdbc.queryForObject("select credit_code from company where id = ?",
                                String.class, subject.company().getId()), TestFixtures.uniqueCreditCode())))
                .andExpect(status().isCreated());
        String imported = jdbc.queryForObject("select entity_profile::text from company where id = ?", String.class,
                other.getId());
        assertThat(cipher.openEntity(imported)).doesNotContain(REPRESENTATIVE).doesNotContain("********");
    }

    @Test
    void theOfficersSubmissionCopyIsFullAndAudited() throws Exception {
        Subject subject = demoFiling();
        String review = mvc.perform(get("/filings/{id}/steps/review", subject.filing().getId())
                .with(user(subject.officer()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(review).select("form#submission-copy button")).hasSize(1);

        byte[] copy = mvc.perform(post("/filings/{id}/submission-copy.zip", subject.filing().getId())
                .with(user(subject.officer())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        Map<String, String> zip = textsOf(copy);
        assertThat(zip.get("dossier.json")).contains(REPRESENTATIVE).contains(OFFICER_ID);
        assertThat(zip.get("manifest.json")).contains("\"residentIdNumbers\": \"full\"");
        assertThat(jdbc.queryForList("select actor from change_log where filing_id = ? and action = ?", String.class,
                subject.filing().getId(), FilingService.SUBMISSION_COPY))
                .containsExactly(subject.officerAccount().getUsername());

        // A consultant of the company works with the masked copy: the form is not offered, the address is not theirs.
        PortalUser consultant = TestFixtures.principal(fixtures.consultant(subject.company()));
        String consultantPage = mvc.perform(get("/filings/{id}/steps/review", subject.filing().getId())
                .with(user(consultant))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(consultantPage).select("form#submission-copy")).isEmpty();
        mvc.perform(post("/filings/{id}/submission-copy.zip", subject.filing().getId()).with(user(consultant))
                .with(csrf())).andExpect(status().isNotFound());
        PortalUser stranger = TestFixtures.principal(fixtures.officer(fixtures.company()));
        mvc.perform(post("/filings/{id}/submission-copy.zip", subject.filing().getId()).with(user(stranger))
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from change_log where filing_id = ? and action = ?",
                Integer.class, subject.filing().getId(), FilingService.SUBMISSION_COPY)).isEqualTo(1);
    }

    @Test
    void stepOneShowsTheNumberMaskedKeepsItOnAnUnchangedSaveAndTakesANewOne() throws Exception {
        Subject subject = demoFiling();
        Document page = entityPage(subject);
        String field = "entity.legalRepresentative.idNumber";
        Element input = page.selectFirst("[name='" + field + "']");
        assertThat(input.attr("value")).isEqualTo(REPRESENTATIVE_MASKED);
        assertThat(page.html()).doesNotContain(REPRESENTATIVE).doesNotContain(OFFICER_ID);

        long versionsBefore = versions(subject);
        saveEntity(subject, Map.of());
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);
        assertThat(versions(subject)).as("an unchanged save makes no version").isEqualTo(versionsBefore);

        // Typed malformed: kept as typed with its message; the stored number stays.
        saveEntity(subject, Map.of(field, "11010519850312002"));
        Element typed = entityPage(subject).selectFirst("[name='" + field + "']");
        assertThat(typed.attr("value")).isEqualTo("11010519850312002");
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);
        String typedAtRest = jdbc.queryForObject("select typed_input::text from company where id = ?", String.class,
                subject.company().getId());
        assertThat(typedAtRest).doesNotContain("11010519850312002").contains("pd1:");

        String replacement = validNumber("11010119900307123");
        saveEntity(subject, Map.of(field, replacement));
        assertThat(storedRepresentative(subject)).isEqualTo(replacement);
        assertThat(entityPage(subject).selectFirst("[name='" + field + "']").attr("value"))
                .isEqualTo(new ResidentIdNumber(replacement).masked());

        // The history compares the two versions masked, as the form shows them.
        List<Long> ids = jdbc.queryForList("select id from change_log where filing_id = ? and snapshot is not null "
                + "order by id desc limit 2", Long.class, subject.filing().getId());
        String comparison = mvc.perform(get("/filings/{id}/history", subject.filing().getId())
                        .param("from", ids.get(1).toString()).param("to", ids.get(0).toString())
                        .with(user(subject.officer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(comparison).contains(REPRESENTATIVE_MASKED).contains(new ResidentIdNumber(replacement).masked())
                .doesNotContain(REPRESENTATIVE).doesNotContain(replacement);
    }

    /**
     * Found in a review: a consultant could type candidate numbers and learn the real one from the rules' "one name,
     * two ID numbers" warning. Readers outside the company see the numbers read-only and cannot change them, on the
     * page or through the API; the company's officers still can.
     */
    @Test
    void onlyTheCompanysOfficersEnterIdNumbers() throws Exception {
        Subject subject = demoFiling();
        UserAccount consultantAccount = fixtures.consultant(subject.company());
        PortalUser consultant = TestFixtures.principal(consultantAccount);
        String field = "entity.legalRepresentative.idNumber";
        Document consultantsStep = page(subject, "entity", consultant);
        Element input = consultantsStep.selectFirst("[name='" + field + "']");
        assertThat(input.hasAttr("readonly")).isTrue();
        assertThat(input.parent().select(".officers-only").text()).contains("合规专员");
        assertThat(page(subject, "entity", subject.officer()).selectFirst("[name='" + field + "']").hasAttr("readonly"))
                .isFalse();

        String candidate = validNumber("11010519850312001");
        long versionsBefore = versions(subject);
        saveEntity(subject, Map.of(field, candidate, "entity.securityOfficer.idNumber", ""), consultant);
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);
        assertThat(filings.dossier(subject.filing().getId(), subject.officer()).entity().securityOfficer().idNumber()
                .value()).isEqualTo(OFFICER_ID);
        assertThat(versions(subject)).isEqualTo(versionsBefore);

        String token = "Bearer " + tokens.create(consultantAccount.getId(), "consultant");
        MvcResult read = mvc.perform(get("/api/v1/filings/{id}", subject.filing().getId())
                .header("Authorization", token)).andExpect(status().isOk()).andReturn();
        String body = read.getResponse().getContentAsString();
        mvc.perform(put("/api/v1/filings/{id}", subject.filing().getId()).header("Authorization", token)
                        .header("Accept-Language", "en").header("If-Match", read.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace(REPRESENTATIVE_MASKED, candidate)))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString(
                        "$.entity.legalRepresentative.idNumber")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("compliance officers")));
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);
        // Sent back masked, as read, the numbers stay and the rest of the change is taken.
        mvc.perform(put("/api/v1/filings/{id}", subject.filing().getId()).header("Authorization", token)
                        .header("If-Match", read.getResponse().getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);
    }

    @Test
    void aNumberTypedInvalidlyReachesAConsultantMaskedAndTheirUnchangedSaveKeepsWhatTheOfficerTyped()
            throws Exception {
        Subject subject = demoFiling();
        PortalUser consultant = TestFixtures.principal(fixtures.consultant(subject.company()));
        String field = "entity.legalRepresentative.idNumber";
        String typo = "11010519850312002"; // a digit short: still nearly the person's number
        saveEntity(subject, Map.of(field, typo));

        Document consultantsStep = page(subject, "entity", consultant);
        assertThat(consultantsStep.selectFirst("[name='" + field + "']").attr("value")).isEqualTo("110105***********");
        assertThat(consultantsStep.html()).doesNotContain(typo).doesNotContain(REPRESENTATIVE);
        Document consultantsReview = page(subject, "review", consultant);
        assertThat(consultantsReview.select("#typed-problems").text()).contains("110105***********");
        assertThat(consultantsReview.html()).doesNotContain(typo);
        assertThat(page(subject, "review", subject.officer()).select("#typed-problems").text()).contains(typo);

        long versionsBefore = versions(subject);
        saveEntity(subject, Map.of(), consultant);
        assertThat(entityPage(subject).selectFirst("[name='" + field + "']").attr("value"))
                .as("the officer still sees what they typed").isEqualTo(typo);
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);
        assertThat(versions(subject)).isEqualTo(versionsBefore);
    }

    @Test
    void theMigrationEncryptsPlainRowsAndARotationReencryptsUnderTheNewKey() throws Exception {
        Subject subject = demoFiling();
        assertThat(cipher.openEntity(profile(subject))).contains(REPRESENTATIVE);
        PersonalDataKeys oldKeys = cipher.keys();
        String newKey = "rotated-1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');
        PersonalDataCipher rotated = new PersonalDataCipher(PersonalDataKeys.of(newKey,
                oldKeys.currentId() + ":" + keyOf(oldKeys)));
        jdbc.execute((java.sql.Connection connection) -> {
            connection.setAutoCommit(false);
            try {
                // As stored before V65: in plain.
                connection.createStatement().executeUpdate("update company set entity_profile = '"
                        + cipher.openEntity(profile(subject)).replace("'", "''") + "'::jsonb where id = '"
                        + subject.company().getId() + "'");
                assertThat(profile(connection, subject)).contains(REPRESENTATIVE);
                PersonalDataReencryption.Result result = PersonalDataReencryption.run(connection, rotated);
                assertThat(result.total()).isGreaterThan(0);
                String after = profile(connection, subject);
                assertThat(after).doesNotContain(REPRESENTATIVE).contains("pd1:rotated-1:");
                assertThat(rotated.openEntity(after)).contains(REPRESENTATIVE);
                assertThatThrownBy(() -> cipher.openEntity(after))
                        .isInstanceOf(PersonalDataCipher.UnknownKeyException.class);
                assertThat(PersonalDataReencryption.missingKeys(connection, oldKeys)).contains("rotated-1");
                assertThat(PersonalDataReencryption.missingKeys(connection, rotated.keys())).isEmpty();
            }
            finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return null;
        });
        assertThat(storedRepresentative(subject)).isEqualTo(REPRESENTATIVE);
    }

    private String profile(Subject subject) {
        return jdbc.queryForObject("select entity_profile::text from company where id = ?", String.class,
                subject.company().getId());
    }

    private static String profile(java.sql.Connection connection, Subject subject) throws java.sql.SQLException {
        try (var statement = connection.prepareStatement("select entity_profile::text from company where id = ?")) {
            statement.setObject(1, subject.company().getId());
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String keyOf(PersonalDataKeys keys) {
        return java.util.Base64.getEncoder().encodeToString(keys.current().getEncoded());
    }

    private long versions(Subject subject) {
        return jdbc.queryForObject("select count(*) from change_log where filing_id = ? and snapshot is not null",
                Long.class, subject.filing().getId());
    }

    private Document entityPage(Subject subject) throws Exception {
        return page(subject, "entity", subject.officer());
    }

    private Document page(Subject subject, String step, PortalUser viewer) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/steps/{step}", subject.filing().getId(), step)
                .with(user(viewer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private void saveEntity(Subject subject, Map<String, String> changes) throws Exception {
        saveEntity(subject, changes, subject.officer());
    }

    /** What the browser sends for Step 1 as shown to {@code editor}, with {@code changes} typed over it. */
    private void saveEntity(Subject subject, Map<String, String> changes, PortalUser editor) throws Exception {
        Map<String, List<String>> submission = com.cacfiling.web.wizard.BrowserSubmissions.of(
                mvc.perform(get("/filings/{id}/steps/{step}", subject.filing().getId(), "entity")
                        .with(user(editor))).andReturn().getResponse().getContentAsString());
        MockHttpServletRequestBuilder save = post("/filings/{id}/steps/{step}", subject.filing().getId(), "entity")
                .with(user(editor)).with(csrf());
        Map<String, List<String>> values = new HashMap<>(submission);
        changes.forEach((name, value) -> values.put(name, List.of(value)));
        values.forEach((name, list) -> save.param(name, list.toArray(String[]::new)));
        mvc.perform(save).andExpect(status().is3xxRedirection());
    }

    private static String validNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static Map<String, String> textsOf(byte[] zip) throws Exception {
        Map<String, String> texts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().endsWith(".json") || entry.getName().endsWith(".txt")) {
                    texts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }
}
