package com.cacfiling.web.wizard;

import java.util.List;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever a user types stays in the field after the save and the reload, valid or not, with its message next to
 * it; an invalid value is not used by the dossier, and a stored code the current list lacks is kept and marked.
 */
@PortalTest
class TypedValuesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    com.cacfiling.web.changelog.ChangeLog changeLog;

    private PortalUser officer;
    private FilingRecord filing;

    @BeforeEach
    void provider() {
        Company company = fixtures.company();
        officer = PortalUser.of(fixtures.officer(company));
        filing = fixtures.filing(company, "输入算法", FilingRole.SERVICE_PROVIDER);
    }

    /** One kind of invalid input, where it is typed, and (part of) the message the user must see beside it. */
    private record Invalid(String step, String path, String typed, String message) {
    }

    @Test
    void everyKindOfInvalidInputSurvivesTheReloadWithItsMessage() throws Exception {
        List<Invalid> cases = List.of(
                new Invalid("entity", "entity.creditCode", "91110108MA01N7QX01", "统一社会信用代码不正确"),
                new Invalid("entity", "entity.legalRepresentative.idNumber", "110105198513320020", "身份证号码不正确"),
                new Invalid("entity", "entity.contact.mobile", "138-abc", "电话号码格式不正确"),
                new Invalid("entity", "entity.contact.email", "compliance@", "电子邮箱格式不正确"),
                new Invalid("entity", "entity.icp.number", "ICP 123", "ICP备案号格式不正确"),
                new Invalid("entity", "entity.contact.postalCode", "10008A", "邮政编码须为6位数字"),
                new Invalid("entity", "entity.registeredCapitalWanYuan", "1,000万", "请用阿拉伯数字输入数值"),
                new Invalid("entity", "entity.registeredCapitalWanYuan", "-5", "不能小于 0"),
                new Invalid("entity", "entity.responsibilityTable.body.staffingSize", "12.5", "请用阿拉伯数字输入整数"),
                new Invalid("entity", "entity.establishedOn", "2026-02-30", "请输入有效日期"),
                new Invalid("entity", "entity.name", "名".repeat(101), "最多 100 个字符"),
                new Invalid("basic", "algorithm.basics.name", "算".repeat(150), "最多 100 个字符"),
                // A year dropped a digit in the picker (found in a walk: 0202-09-28, "overdue by 468,033 working days").
                new Invalid("basic", "algorithm.basics.launchDate", "0202-09-28", "年份看起来不对"),
                new Invalid("basic", "algorithm.basics.launchDate", "明年三月", "请输入有效日期"),
                new Invalid("assessment", "algorithm.assessment.userCount", "-1", "不能小于 0"),
                new Invalid("detailed", "algorithm.details.introduction", "简介\u0007", "不允许的控制字符"),
                // Said against the 200 字 the field's counter shows (found in a walk: it named 2000 characters).
                new Invalid("detailed", "algorithm.details.introduction", "介".repeat(2100), "本栏限 200 字"),
                new Invalid("entity", "entity.creditCode", "91110108MA01N7QX0", "须为18位"));
        for (Invalid invalid : cases) {
            save(invalid.step(), List.of(invalid.path(), invalid.typed()));
            Document page = page(invalid.step());
            Element input = page.getElementById(WizardView.anchor(invalid.path()));
            assertThat(input).as(invalid.path()).isNotNull();
            String shown = input.tagName().equals("textarea") ? input.wholeText().replaceFirst("^\n", "") : input.val();
            assertThat(shown).as("what was typed into %s", invalid.path()).isEqualTo(invalid.typed());
            assertThat(input.parent().select(".field-error").text()).as(invalid.path()).contains(invalid.message());
        }
        // Each save above posted one field, as if the others were emptied: only the last case of each step is left.
        var dossier = filings.dossier(filing.getId(), officer);
        assertThat(dossier.entity().name()).as("a value over its limit is kept as typed, not in the dossier")
                .isNotEqualTo("名".repeat(101));
        assertThat(dossier.filing().algorithm().profile().basics().launchDate())
                .as("an invalid value is not in the dossier").isNull();

        mvc.perform(get("/filings/{id}/steps/review", filing.getId()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("id=\"typed-problems\"").contains("明年三月"));
        // Each row leads to its field, as the findings' rows do (found in a walk: no links).
        Document review = page("review");
        Element launch = review.select("#typed-problems tr:contains(明年三月) a").first();
        assertThat(launch).isNotNull();
        assertThat(launch.attr("href")).isEqualTo("/filings/" + filing.getId() + "/steps/basic#"
                + WizardView.anchor("algorithm.basics.launchDate"));
        assertThat(review.select("#typed-problems tbody tr")).allSatisfy(row -> assertThat(row.select("a")).hasSize(1));
    }

    /** Found in a walk: a count typed as people write it, 4,000, was refused as no integer. */
    @Test
    void aNumberWithItsThousandsSeparatedIsReadAsTheNumber() throws Exception {
        save("assessment", List.of("algorithm.assessment.userCount", "1,200,000"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment().userCount())
                .isEqualTo(1_200_000L);
        assertThat(page("assessment").select(".field:has(#f-algorithm-assessment-userCount) .field-error")).isEmpty();
        save("assessment", List.of("algorithm.assessment.userCount", "4，000"));
        assertThat(filings.dossier(filing.getId(), officer).filing().algorithm().profile().assessment().userCount())
                .isEqualTo(4_000L);
        // A comma that separates no thousands is still a mistake, said at the field, the value kept as typed.
        save("assessment", List.of("algorithm.assessment.userCount", "4,00"));
        assertThat(page("assessment").select(".field:has(#f-algorithm-assessment-userCount) .field-error").text())
                .contains("请用阿拉伯数字输入整数");
        assertThat(page("assessment").select("#f-algorithm-assessment-userCount").val()).isEqualTo("4,00");
        assertThat(StepBinder.withoutDigitGrouping("1,000万")).isEqualTo("1,000万");
        assertThat(StepBinder.withoutDigitGrouping("-12,345.5")).isEqualTo("-12345.5");
    }

    @Test
    void requiredFieldsAreMarkedBeforeAnythingIsSaved() throws Exception {
        Document entity = page("entity");
        assertThat(entity.select("label[for=f-entity-creditCode] .required")).hasSize(1);
        assertThat(entity.select("label[for=f-entity-creditCode] .visually-hidden").text()).isEqualTo("（必填）");
        assertThat(entity.select("label[for=f-entity-contact-title] .required")).isEmpty();
        assertThat(entity.getElementById("required-legend").text()).contains("标 * 的为必填项");
        // A required policy's content is marked; "other policies" is optional as the checks see it (found in a walk:
        // it was marked while the step counted as complete).
        assertThat(entity.select("label[for=f-entity-responsibilityTable-policies-SELF-ASSESSMENT-content] .required"))
                .hasSize(1);
        assertThat(entity.select("label[for=f-entity-responsibilityTable-policies-OTHER-content]")).hasSize(1);
        assertThat(entity.select("label[for=f-entity-responsibilityTable-policies-OTHER-content] .required")).isEmpty();
        // Required while the operating term is not unlimited; not once it is.
        assertThat(entity.select("label[for=f-entity-operatingTermEnd] .required")).hasSize(1);
        save("entity", List.of("entity.operatingTermUnlimited", "true"));
        // Hidden, not gone: the page shows it again as the answer is changed back (SecondVisitBrowserTest).
        Document unlimited = page("entity");
        assertThat(unlimited.select("label[for=f-entity-operatingTermEnd] .required-when:not([hidden])")).isEmpty();
        assertThat(unlimited.select("label[for=f-entity-operatingTermEnd] .required-when[hidden]")
                .attr("data-required-when")).isEqualTo("entity.operatingTermUnlimited");
        assertThat(unlimited.select("label[for=f-entity-operatingTermEnd] .required-when[hidden]")
                .attr("data-required-not-equals")).isEqualTo("true");
    }

    @Test
    void theDossierKeepsTheLastValidValueWhileTheTypedOneIsNotValid() throws Exception {
        save("entity", List.of("entity.establishedOn", "2021-03-01"));
        save("entity", List.of("entity.establishedOn", "2021-02-30"));
        assertThat(filings.dossier(filing.getId(), officer).entity().establishedOn()).hasToString("2021-03-01");
        assertThat(page("entity").getElementById("f-entity-establishedOn").val()).isEqualTo("2021-02-30");
        // The field is text now; its placeholder says the form a date takes in the page's words (a walk found
        // "yyyy-mm-dd" on Chinese pages).
        assertThat(page("entity").getElementById("f-entity-establishedOn").attr("placeholder"))
                .isEqualTo("年-月-日，如 2026-12-15");
        // Its message says how to type it, not to use a picker the text field does not have.
        assertThat(page("entity").select(".field:has(#f-entity-establishedOn) .field-error").text())
                .isEqualTo("请输入有效日期：按“年-月-日”完整写出，如 2026-12-15（须为真实存在的日期）。");
        // The documents print the field as still to fill, not the value the typed one replaced (found in a walk).
        assertThat(filings.documentDossier(filing.getId(), officer).entity().establishedOn()).isNull();
        save("basic", List.of("algorithm.basics.name", "输入算法", "algorithm.basics.launchDate", "2026-12-15"));
        save("basic", List.of("algorithm.basics.name", "输入算法", "algorithm.basics.launchDate", "明年三月"));
        var printed = filings.documentDossier(filing.getId(), officer);
        assertThat(printed.filing().algorithm().profile().basics().launchDate()).isNull();
        assertThat(printed.filing().algorithm().profile().basics().name()).isEqualTo("输入算法");
        save("entity", List.of("entity.establishedOn", "2021-03-02"));
        assertThat(filings.documentDossier(filing.getId(), officer).entity().establishedOn()).hasToString("2021-03-02");
    }

    /**
     * Found in a walk: the deadline 2026-10-16 for a launch on 2026-09-28 looked wrong to anyone counting ten days by
     * hand. Beside the field, the holiday it left out and the weekend worked in lieu it counted, in words, in both
     * languages.
     */
    @Test
    void theDeadlineSaysWhichHolidaysItLeftOutAndWhichWeekendsItCounted() throws Exception {
        save("basic", List.of("algorithm.basics.name", "假期算法", "algorithm.basics.launchDate", "2026-09-28"));
        String chinese = page("basic").select(".field:has(#f-algorithm-basics-launchDate)").text();
        assertThat(chinese).contains("2026-10-16", "期限按工作日计算：国庆节假期 2026-10-01 至 2026-10-07 不计入。",
                "2026-10-10（周六）为调休上班日，计入工作日。").doesNotContain("holiday.");
        String english = Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic", filing.getId()).with(user(officer))
                .param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .select(".field:has(#f-algorithm-basics-launchDate)").text();
        assertThat(english).contains("the National Day holiday, 2026-10-01 to 2026-10-07, is not counted",
                "2026-10-10, a Saturday worked in lieu of a holiday, counts as a working day");
        // The dossier's findings report says them in words too (its bundle had no holiday: the download failed).
        byte[] zip = mvc.perform(get("/filings/{id}/dossier.zip", filing.getId()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String report = "";
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().startsWith("zh-CN/") && entry.getName().endsWith(".txt")) {
                    report += new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(report).contains("国庆节假期").doesNotContain("holiday.");
    }

    /**
     * A save whose only change is a value typed invalidly keeps the value but makes no version: the dossier did not
     * change, and the history said "both versions are the same" for it (found in a walk).
     */
    @Test
    void aSaveOfOnlyAnInvalidValueMakesNoVersion() throws Exception {
        // The step's form posts every field it shows; these are the ones filled in.
        String name = filings.get(filing.getId(), officer).getCompany().getName();
        save("entity", List.of("entity.name", name, "entity.contact.mobile", "13800138000"));
        save("basic", List.of("algorithm.basics.name", "输入算法", "algorithm.basics.launchDate", "2026-12-15"));
        int versions = changeLog.versions(filing.getId()).size();
        save("entity", List.of("entity.name", name, "entity.contact.mobile", "138-abc"));
        save("basic", List.of("algorithm.basics.name", "输入算法", "algorithm.basics.launchDate", "2026-12-32"));
        assertThat(changeLog.versions(filing.getId())).hasSize(versions);
        assertThat(page("entity").select("[name=entity.contact.mobile]").val()).isEqualTo("138-abc");
        // Corrected to another valid value: that is a change of the dossier, and a version.
        save("entity", List.of("entity.name", name, "entity.contact.mobile", "13800138001"));
        assertThat(changeLog.versions(filing.getId())).hasSize(versions + 1);
    }

    /** A step's valid values, the same with one typed invalidly, and how the audit log names that save. */
    private record TypedOnly(String step, List<String> valid, List<String> invalid, String chinese, String english) {
    }

    /**
     * Found in a review: the audit log says it records every save, but a save whose only change was a value typed
     * invalidly (kept as typed, no version) wrote no entry. Each step's such save is an entry, in words in both
     * languages, as is one taking such a value back; a second visit saving the step unchanged writes nothing at all:
     * no entry, no version, the same "updated".
     */
    @Test
    void aSaveOfOnlyAnInvalidValueIsInTheAuditLogAndAnUnchangedOneWritesNothing() throws Exception {
        String name = filings.get(filing.getId(), officer).getCompany().getName();
        PortalUser admin = PortalUser.of(fixtures.admin());
        List<TypedOnly> steps = List.of(
                new TypedOnly("entity", List.of("entity.name", name, "entity.contact.mobile", "13800138000"),
                        List.of("entity.name", name, "entity.contact.mobile", "138-abc"),
                        "保存主体信息（有待更正的值）", "Entity saved (values still to correct)"),
                new TypedOnly("basic", List.of("algorithm.basics.name", "输入算法", "algorithm.basics.launchDate",
                        "2026-12-15"), List.of("algorithm.basics.name", "输入算法", "algorithm.basics.launchDate",
                        "2026-12-32"), "保存算法基础信息（有待更正的值）", "Algorithm basics saved (values still to correct)"),
                new TypedOnly("detailed", List.of("algorithm.details.introduction", "简介"),
                        List.of("algorithm.details.introduction", "简介\u0007"),
                        "保存算法详细信息（有待更正的值）", "Algorithm details saved (values still to correct)"),
                new TypedOnly("assessment", List.of("algorithm.assessment.userCount", "100"),
                        List.of("algorithm.assessment.userCount", "-1"),
                        "保存自评估内容（有待更正的值）", "Self-assessment saved (values still to correct)"),
                new TypedOnly("step3", List.of("step3.products[0]._row", "1", "step3.products[0].name", "产品甲",
                        "step3.products[0].launchDate", "2026-12-01"), List.of("step3.products[0]._row", "1",
                        "step3.products[0].name", "产品甲", "step3.products[0].launchDate", "2026-13-01"),
                        "保存产品或技术支持（有待更正的值）", "Products or support plan saved (values still to correct)"));
        for (TypedOnly step : steps) {
            save(step.step(), step.valid());
            int versions = changeLog.versions(filing.getId()).size();
            long entries = auditEntries();

            save(step.step(), step.invalid());
            assertThat(changeLog.versions(filing.getId())).as(step.step()).hasSize(versions);
            assertThat(auditEntries()).as(step.step()).isEqualTo(entries + 1);
            assertThat(newestAuditEntry(admin, "zh-CN")).as(step.step()).startsWith(step.chinese() + " · ");
            assertThat(newestAuditEntry(admin, "en")).as(step.step()).startsWith(step.english() + " · ");

            // Second visit: the value is shown as typed, and the step saved as shown writes nothing.
            jdbc.update("update filing set updated_at = updated_at - interval '10 minutes' where id = ?",
                    filing.getId());
            java.sql.Timestamp updated = updatedAt();
            String path = step.invalid().get(step.invalid().size() - 2);
            Element input = page(step.step()).getElementById(WizardView.anchor(path));
            assertThat(input.tagName().equals("textarea") ? input.wholeText().replaceFirst("^\n", "") : input.val())
                    .as(step.step()).isEqualTo(step.invalid().get(step.invalid().size() - 1));
            save(step.step(), step.invalid());
            assertThat(auditEntries()).as(step.step()).isEqualTo(entries + 1);
            assertThat(changeLog.versions(filing.getId())).as(step.step()).hasSize(versions);
            assertThat(updatedAt()).as(step.step()).isEqualTo(updated);

            // The valid value typed back: the invalid one is withdrawn, no version either.
            save(step.step(), step.valid());
            assertThat(auditEntries()).as(step.step()).isEqualTo(entries + 2);
            assertThat(changeLog.versions(filing.getId())).as(step.step()).hasSize(versions);
            String withdrawn = step.chinese().replace("（有待更正的值）", "（撤回了有误的值）");
            assertThat(newestAuditEntry(admin, "zh-CN")).as(step.step()).startsWith(withdrawn + " · ");
            assertThat(newestAuditEntry(admin, "en")).as(step.step())
                    .startsWith(step.english().replace("(values still to correct)", "(invalid values withdrawn)"));
        }
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from change_log where company_id = ?", Long.class,
                filing.getCompany().getId());
    }

    private java.sql.Timestamp updatedAt() {
        return jdbc.queryForObject("select updated_at from filing where id = ?", java.sql.Timestamp.class,
                filing.getId());
    }

    /** What the audit log's newest entry of the filing's company says, as an administrator reads it. */
    private String newestAuditEntry(PortalUser admin, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get("/audit").with(user(admin))
                        .param("companyId", filing.getCompany().getId().toString()).param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .select("#audit tbody tr").first().select("td").last().text();
    }

    /** A colleague's empty value is said in the conflict table (a phone's card left the empty cell out). */
    @Test
    void aConflictWithAColleaguesEmptyValueSaysItIsEmpty() throws Exception {
        String name = filings.get(filing.getId(), officer).getCompany().getName();
        save("entity", List.of("entity.name", name, "entity.contact.title", "合规经理"));
        long shown = filings.get(filing.getId(), officer).getCompany().getEntityVersion();
        save("entity", List.of("entity.name", name));
        String page = mvc.perform(post("/filings/{id}/steps/entity", filing.getId()).with(user(officer)).with(csrf())
                        .param("_action", "save").param("_version", String.valueOf(shown))
                        .param("entity.name", name).param("entity.contact.title", "合规总监")
                        .param("_touched", "entity.contact.title"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        var row = Jsoup.parse(page).select("#conflict tbody tr").first();
        assertThat(row.select("td").eachText()).containsExactly("联系人职务", "（未填写）", "合规总监");
    }

    @Test
    void correctingATypedValueClearsItsError() throws Exception {
        save("entity", List.of("entity.creditCode", "91110108MA01N7QX01"));
        save("entity", List.of("entity.creditCode", TestFixtures.uniqueCreditCode()));
        Document page = page("entity");
        assertThat(page.select(".field-error")).isEmpty();
        assertThat(filings.dossier(filing.getId(), officer).entity().creditCode()).isNotNull();
    }

    @Test
    void aCreditCodeAnotherCompanyUsesIsKeptAsTypedWithItsMessageWhileTheDossierKeepsTheLastValidOne() throws Exception {
        String theirs = TestFixtures.uniqueCreditCode();
        Company other = fixtures.company();
        PortalUser otherOfficer = PortalUser.of(fixtures.officer(other));
        FilingRecord otherFiling = fixtures.filing(other, "别家算法", FilingRole.SERVICE_PROVIDER);
        mvc.perform(post("/filings/{id}/steps/entity", otherFiling.getId()).with(user(otherOfficer)).with(csrf())
                .param("_action", "save")
                .param("_version", String.valueOf(filings.get(otherFiling.getId(), otherOfficer).getCompany().getEntityVersion()))
                .param("entity.creditCode", theirs)).andExpect(status().is3xxRedirection());

        String ours = TestFixtures.uniqueCreditCode();
        save("entity", List.of("entity.creditCode", ours));
        long version = filings.get(filing.getId(), officer).getCompany().getEntityVersion();
        mvc.perform(post("/filings/{id}/steps/entity", filing.getId()).with(user(officer)).with(csrf())
                .param("_action", "save").param("_version", String.valueOf(version))
                .param("entity.creditCode", theirs).param("entity.name", "主体乙"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "wizard.savedWithProblems"));
        var entity = filings.dossier(filing.getId(), officer).entity();
        assertThat(entity.name()).isEqualTo("主体乙");
        assertThat(entity.creditCode().value()).as("the last valid code stays in the dossier").isEqualTo(ours);
        Document page = page("entity");
        assertThat(page.getElementById("f-entity-creditCode").val()).isEqualTo(theirs);
        assertThat(page.text()).contains("该统一社会信用代码已属于另一家客户公司");

        // "Save and continue" with the invalid code stays on the step, at the field; nothing changed, and it says so
        // before saying that a value still waits (it said "draft saved").
        mvc.perform(post("/filings/{id}/steps/entity", filing.getId()).with(user(officer)).with(csrf())
                .param("_action", "next").param("_version", String.valueOf(filings.get(filing.getId(), officer)
                        .getCompany().getEntityVersion()))
                .param("entity.creditCode", theirs).param("entity.name", "主体乙"))
                .andExpect(flash().attribute("message", "wizard.unchangedWithProblems"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/filings/" + filing.getId() + "/steps/entity#f-entity-creditCode"));

        // The second visit: the page saved as it is keeps the typed code and its message, and changes nothing else.
        var submission = StepRoundTripTest.browserSubmission(page.outerHtml());
        MockHttpServletRequestBuilder resave = post("/filings/{id}/steps/entity", filing.getId()).with(user(officer))
                .with(csrf());
        submission.forEach((name, values) -> resave.param(name, values.toArray(String[]::new)));
        mvc.perform(resave).andExpect(flash().attribute("message", "wizard.unchangedWithProblems"));
        assertThat(filings.dossier(filing.getId(), officer).entity()).isEqualTo(entity);
        assertThat(page("entity").getElementById("f-entity-creditCode").val()).isEqualTo(theirs);

        // In English the same page says it in English words, no message key.
        Document english = Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity", filing.getId())
                .with(user(officer)).cookie(new jakarta.servlet.http.Cookie("FILING_LANG", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(english.getElementById("f-entity-creditCode").val()).isEqualTo(theirs);
        assertThat(english.text()).contains("This credit code belongs to another client company.")
                .doesNotContain("company.creditCode.duplicate").doesNotContain("该统一社会信用代码");
    }

    @Test
    void anInvalidRowValueKeepsItsRow() throws Exception {
        save("step3", List.of("step3.products[0]._row", "1", "step3.products[0].name", "产品甲",
                "step3.products[0].launchDate", "2026-13-01", "step3.products[1]._row", "1",
                "step3.products[1].name", "产品乙"));
        Document page = page("step3");
        assertThat(page.getElementById("f-step3-products-0-name").val()).isEqualTo("产品甲");
        assertThat(page.getElementById("f-step3-products-0-launchDate").val()).isEqualTo("2026-13-01");
        assertThat(page.getElementById("f-step3-products-1-name").val()).isEqualTo("产品乙");
    }

    @Test
    void aStoredCodeTheListNoLongerOffersIsKeptAndMarked() throws Exception {
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm().getVersion(),
                profile -> profile.withBasics(new com.cacfiling.domain.algorithm.AlgorithmBasics("GENERATIVE_SYNTHESIS",
                        "输入算法", null, List.of("GENERAL_QA", "RETIRED_AREA")))
                        .withDetails(profile.details().withModel(new com.cacfiling.domain.algorithm.AlgorithmModel(
                                null, null, null, null, null, List.of("RETIRED_KIND"), null, null, null, null))));
        Document basicPage = page("basic");
        assertThat(basicPage.selectFirst("input[name=algorithm.basics.applicationAreas][value=RETIRED_AREA]")
                .hasAttr("checked")).isTrue();
        Document page = page("detailed");
        Element retired = page.selectFirst(
                "input[name=algorithm.details.model.generativeAlgorithmType][value=RETIRED_KIND]");
        assertThat(retired).isNotNull();
        assertThat(retired.hasAttr("checked")).isTrue();
        assertThat(retired.parent().text()).contains("已不再提供");
        var submission = StepRoundTripTest.browserSubmission(page.outerHtml());
        MockHttpServletRequestBuilder save = post("/filings/{id}/steps/detailed", filing.getId()).with(user(officer))
                .with(csrf());
        submission.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
        mvc.perform(save).andExpect(status().is3xxRedirection());
        var profile = filings.dossier(filing.getId(), officer).filing().algorithm().profile();
        assertThat(profile.details().model().generativeAlgorithmType()).containsExactly("RETIRED_KIND");
        assertThat(profile.basics().applicationAreas()).containsExactly("GENERAL_QA", "RETIRED_AREA");
        assertThat(filings.evaluate(filing.getId(), officer).findings()).anySatisfy(finding -> assertThat(
                finding.fieldPath()).isEqualTo("algorithm.details.model.generativeAlgorithmType"));
    }

    @Test
    void aSaveLeavesTheFieldsOfOtherStepsAlone() throws Exception {
        save("entity", List.of("entity.name", "主体甲", "entity.legalRepresentative.title", "执行董事"));
        save("basic", List.of("algorithm.basics.name", "输入算法", "algorithm.basics.launchDate", "2026-12-15"));
        var dossier = filings.dossier(filing.getId(), officer);
        assertThat(dossier.entity().legalRepresentative().title()).isEqualTo("执行董事");
        assertThat(dossier.filing().algorithm().profile().basics().launchDate()).hasToString("2026-12-15");
        Document basic = page("basic");
        assertThat(basic.getElementById("f-algorithm-basics-launchDate").val()).isEqualTo("2026-12-15");
    }

    @Test
    void aFilingWithTypedValuesNotYetValidCannotGoToReview() throws Exception {
        fixtures.fillWithDemo(filing, officer);
        assertThat(filings.evaluate(filing.getId(), officer).isReady()).isTrue();
        // An optional field: no finding names it, but what was typed is not valid.
        var submission = StepRoundTripTest.browserSubmission(page("entity").outerHtml());
        submission.put("entity.icp.entityCreditCode", List.of("不是信用代码"));
        MockHttpServletRequestBuilder save = post("/filings/{id}/steps/entity", filing.getId()).with(user(officer))
                .with(csrf());
        submission.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
        mvc.perform(save).andExpect(flash().attribute("message", "wizard.savedWithProblems"));
        assertThat(page("review").getElementById("submit-review").hasAttr("disabled")).isTrue();
        // The page counts it as the header's progress does (a re-check read "no check errors" under "1 error").
        Document review = page("review");
        assertThat(review.getElementById("typed-blocking").text()).startsWith("1 个字段的输入格式不正确")
                .contains("改正前计为错误");
        assertThat(errorsInProgress(review)).isEqualTo(1);
        mvc.perform(post("/filings/{id}/submit-for-review", filing.getId()).with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "review.blocked"));
        assertThat(filings.get(filing.getId(), officer).getStatus().name()).isEqualTo("DRAFT");
    }

    @Test
    void aFactTypedOnceIsOfferedWhereItRecursAndNeverForced() throws Exception {
        String code = TestFixtures.uniqueCreditCode();
        save("entity", List.of("entity.creditCode", code, "entity.securityOfficer.name", "李安全"));
        Document entity = page("entity");
        Element offer = entity.selectFirst("button.suggest[data-fill=f-entity-certificateNumber]");
        assertThat(offer).isNotNull();
        assertThat(offer.attr("data-value")).isEqualTo(code);
        assertThat(offer.text()).contains("统一社会信用代码");
        assertThat(entity.selectFirst("button.suggest[data-fill=f-entity-responsibilityTable-body-head-name]")
                .attr("data-value")).isEqualTo("李安全");
        assertThat(entity.getElementById("f-entity-certificateNumber").val()).as("offered, not filled").isEmpty();
        save("basic", List.of("algorithm.basics.launchDate", "2026-12-15"));
        save("step3", List.of("step3.products[0]._row", "1"));
        assertThat(page("step3").selectFirst("button.suggest[data-fill=f-step3-products-0-launchDate]")
                .attr("data-value")).isEqualTo("2026-12-15");
    }

    /**
     * A resident ID number is offered masked; taken with one click and saved, the field holds the number it stands
     * for (found in a walk: the history shows the mask, so nobody could tell what was saved).
     */
    @Test
    void aMaskedIdNumberTakenFromItsSuggestionSavesTheNumberItStandsFor() throws Exception {
        String number = "11010519491231002X";
        save("entity", List.of("entity.securityOfficer.idNumber", number));
        Element offer = page("entity")
                .selectFirst("button.suggest[data-fill=f-entity-responsibilityTable-body-head-idNumber]");
        assertThat(offer).isNotNull();
        String masked = offer.attr("data-value");
        assertThat(masked).isNotEqualTo(number).startsWith("110105").endsWith("002X").contains("*");
        save("entity", List.of("entity.securityOfficer.idNumber", masked,
                "entity.responsibilityTable.body.head.idNumber", masked));
        var entity = filings.dossier(filing.getId(), officer).entity();
        assertThat(entity.responsibilityTable().body().head().idNumber().value()).isEqualTo(number);
        assertThat(entity.securityOfficer().idNumber().value()).isEqualTo(number);
        assertThat(page("entity").getElementById(WizardView.anchor("entity.responsibilityTable.body.head.idNumber"))
                .parent().select(".field-error")).isEmpty();
    }

    /** A measure's evidence is chosen from the files uploaded on the page: with none yet, the box says where. */
    @Test
    void aMeasureWithoutEvidenceToChooseLeadsToTheUpload() throws Exception {
        save("assessment", List.of("algorithm.assessment.risks[0]._row", "1",
                "algorithm.assessment.risks[0].measures[0]._row", "1"));
        Document page = page("assessment");
        Element box = page.getElementById(WizardView.anchor("algorithm.assessment.risks[0].measures[0].evidenceIds"));
        assertThat(box).isNotNull();
        assertThat(box.select(".empty").text()).contains("尚无证明材料").doesNotContain("暂无可选项");
        assertThat(box.select(".empty a").attr("href")).isEqualTo("#evidence");
        assertThat(page.getElementById("evidence")).isNotNull();
    }

    @Test
    void aWarningAboutTheStoredValueIsNotShownBesideAnotherValueTypedInvalidly() throws Exception {
        // Users counted before the launch: a warning that quotes the number.
        save("basic", List.of("algorithm.basics.launchDate", java.time.LocalDate.now().plusMonths(6).toString()));
        save("assessment", List.of("algorithm.assessment.userCount", "1200000"));
        Element before = page("assessment").getElementById(WizardView.anchor("algorithm.assessment.userCount"))
                .parent();
        assertThat(before.select("p.finding").text()).as("a warning about the stored value").contains("1,200,000");
        save("assessment", List.of("algorithm.assessment.userCount", "约120万"));
        Element typed = page("assessment").getElementById(WizardView.anchor("algorithm.assessment.userCount"))
                .parent();
        assertThat(typed.text()).contains("请用阿拉伯数字输入整数").doesNotContain("1,200,000");
    }

    @Test
    void aRequiredFieldHoldingAnInvalidValueSaysWhatIsWrongWithItNotThatItIsMissing() throws Exception {
        save("assessment", List.of("algorithm.assessment.userCount", "约5000人"));
        Document page = page("assessment");
        Element field = page.getElementById(WizardView.anchor("algorithm.assessment.userCount")).parent();
        assertThat(field.text()).contains("请用阿拉伯数字输入整数").doesNotContain("此项为必填项");
        assertThat(page.select("aside.checklist li").eachText().stream().filter(item -> item.contains("用户数量")))
                .hasSize(1).allMatch(item -> item.contains("请用阿拉伯数字输入整数"));
        // Emptied, it is missing again.
        save("assessment", List.of("algorithm.assessment.userCount", ""));
        assertThat(page("assessment").select("aside.checklist li").eachText())
                .anyMatch(item -> item.contains("用户数量") && item.contains("此项为必填项"));
    }

    /**
     * The dossier ZIP's findings reports say what the page says of a value typed invalidly (found in a walk: they said
     * "required" beside a page that said what was wrong with the value typed).
     */
    @Test
    void theDossiersFindingsReportsNameAValueTypedInvalidlyAsThePageDoes() throws Exception {
        save("assessment", List.of("algorithm.assessment.userCount", "约5000人"));
        java.util.Map<String, String> reports = new java.util.HashMap<>();
        byte[] zip = mvc.perform(get("/filings/{id}/dossier.zip", filing.getId()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip),
                java.nio.charset.StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".txt")) {
                    reports.put(entry.getName().substring(0, 2),
                            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        String zh = reports.get("zh");
        String userCount = zh.substring(zh.indexOf("用户数量"));
        assertThat(userCount.substring(0, userCount.indexOf('\n', userCount.indexOf('\n') + 1)))
                .contains("请用阿拉伯数字输入整数").doesNotContain("此项为必填项");
        assertThat(reports.get("en")).contains("whole number");
        // The review page's table says no other thing of it (found in a re-check: "required" there).
        assertThat(page("review").select("#findings tr").eachText())
                .noneMatch(row -> row.contains("用户数量") && row.contains("此项为必填项"));
    }

    @Test
    void aValueKeptAsTypedCountsAsAnErrorOfItsStepInTheChecklistTheProgressAndTheStepTab() throws Exception {
        save("entity", List.of("entity.contact.postalCode", "100080"));
        long errorsBefore = errorsInProgress(page("entity"));
        save("entity", List.of("entity.contact.postalCode", "10008A"));
        Document page = page("entity");
        assertThat(page.select("aside.checklist li").eachText())
                .anyMatch(item -> item.contains("邮政编码") && item.contains("须为6位数字"));
        assertThat(errorsInProgress(page)).isEqualTo(errorsBefore + 1);
        assertThat(page.select("#step-entity .ready.done")).isEmpty();
        // Another step's checklist does not list it.
        assertThat(page("basic").select("aside.checklist li").eachText()).noneMatch(item -> item.contains("邮政编码"));
        // Corrected, it is gone from all three.
        save("entity", List.of("entity.contact.postalCode", "100080"));
        Document corrected = page("entity");
        assertThat(corrected.select("aside.checklist li").eachText()).noneMatch(item -> item.contains("邮政编码"));
        assertThat(errorsInProgress(corrected)).isEqualTo(errorsBefore);
    }

    /**
     * A filing filled outside the wizard (as the API and imports do) shows its steps' progress, not "not started";
     * complete, with one value typed invalidly, it is not shown as complete: neither the step nor the whole.
     */
    @Test
    void aCompleteFilingHoldingAValueTypedInvalidlyIsNotShownAsComplete() throws Exception {
        fixtures.fillWithDemo(filing, officer);
        assertThat(FilingService.STARTED_BY_PART.values().stream().flatMap(List::stream))
                .allSatisfy(name -> assertThat(Step.valueOf(name)).isNotNull());
        Document complete = page("entity");
        assertThat(complete.select(".not-started")).isEmpty();
        assertThat(complete.select("#step-entity .ready").text()).isEqualTo("100%");
        assertThat(complete.select(".progress-text").text()).contains("100%");
        // The step's form as shown, with one value changed: the other fields keep theirs.
        var form = (org.jsoup.nodes.FormElement) complete.selectFirst("form:has([name=entity.contact.postalCode])");
        MockHttpServletRequestBuilder asShown = post("/filings/{id}/steps/entity", filing.getId()).with(user(officer))
                .with(csrf()).param("_action", "save");
        for (org.jsoup.Connection.KeyVal value : form.formData()) {
            if (!value.key().equals("_csrf") && !value.key().equals("_action")) {
                asShown.param(value.key(), value.key().equals("entity.contact.postalCode") ? "10008A" : value.value());
            }
        }
        mvc.perform(asShown).andExpect(status().is3xxRedirection());
        Document typed = page("entity");
        assertThat(typed.select("[name=entity.contact.postalCode]").val()).isEqualTo("10008A");
        assertThat(typed.select("#step-entity .ready").text()).isEqualTo("99%");
        assertThat(typed.select("#step-entity .ready.done")).isEmpty();
        assertThat(typed.select(".progress-text").text()).doesNotContain("100%").contains("99%");
    }

    private static long errorsInProgress(Document page) {
        java.util.regex.Matcher errors = java.util.regex.Pattern.compile("(\\d+) 个错误")
                .matcher(page.select(".progress-text").text());
        assertThat(errors.find()).as(page.select(".progress-text").text()).isTrue();
        return Long.parseLong(errors.group(1));
    }

    private void save(String step, List<String> pairs) throws Exception {
        FilingRecord current = filings.get(filing.getId(), officer);
        long version = switch (step) {
            case "entity" -> current.getCompany().getEntityVersion();
            case "step3" -> current.getVersion();
            default -> current.getAlgorithm().getVersion();
        };
        MockHttpServletRequestBuilder request = post("/filings/{id}/steps/{step}", filing.getId(), step)
                .with(user(officer)).with(csrf()).param("_action", "save").param("_version", String.valueOf(version));
        for (int i = 0; i < pairs.size(); i += 2) {
            request.param(pairs.get(i), pairs.get(i + 1));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
    }

    private Document page(String step) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/steps/{step}", filing.getId(), step).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
