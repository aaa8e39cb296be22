package com.cacfiling.web.modelfiling;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.cacfiling.domain.largemodel.ContentRisk;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The large-model filing through the portal's real security chain and PostgreSQL. */
@PortalTest
class ModelFilingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ModelFilingService filings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.cacfiling.web.company.CompanyRepository companies;

    @Autowired
    ApiTokens tokens;

    @Autowired
    com.cacfiling.web.triage.Services services;

    private static final ModelThresholds T = ModelThresholds.current();

    private UUID start(PortalUser officer, String route) throws Exception {
        MvcResult result = mvc.perform(post("/model-filings/new").with(user(officer)).with(csrf())
                .param("route", route)).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).endsWith("/steps/basic");
        return UUID.fromString(location.split("/")[2]);
    }

    /**
     * The entity facts copied when the filing started, then changed in the company's entity (an algorithm filing's
     * Step 1): the step says which differ and takes the company's on one click (a walk downloaded two dossiers with
     * two contact numbers).
     */
    @Test
    void entityFactsThatNoLongerMatchTheCompanysAreShownAndTakenOnOneClick() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var algorithmFiling = fixtures.fillWithDemo(fixtures.filing(company, "主体一致算法"), officer);
        UUID id = start(officer, "FILING");
        org.jsoup.nodes.Document basic = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/basic",
                Locale.CHINA));
        assertThat(basic.select("#entity-differs")).isEmpty();
        String copied = basic.select("[name=model.entity.contactPhone]").val();
        assertThat(copied).isNotBlank();

        // The company's contact changes in the algorithm filing's Step 1.
        String changed = copied.equals("13700137001") ? "13700137002" : "13700137001";
        var entity = com.cacfiling.web.filing.FilingService.entityProfile(jdbcCompany(company));
        var contact = entity.contact();
        fixtures.fill(algorithmFiling, officer, new com.cacfiling.domain.company.EntityProfile(entity.name(),
                entity.creditCode(), entity.entityType(), entity.registeredAddress(), entity.registeredCapitalWanYuan(),
                entity.establishedOn(), entity.operatingTermEnd(), entity.operatingTermUnlimited(),
                entity.certificateType(), entity.certificateNumber(), entity.legalRepresentative(),
                entity.securityOfficer(), new com.cacfiling.domain.company.ContactPerson(contact.name(), contact.title(),
                        new com.cacfiling.domain.identifiers.PhoneNumber(changed), contact.email(),
                        contact.officeAddress(), contact.postalCode()), entity.icp(), entity.responsibilityTable()),
                com.cacfiling.domain.sample.SampleDossiers.completeProvider().filing().algorithm().profile(), null);
        basic = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/basic", Locale.CHINA));
        assertThat(basic.select("#entity-differs").text()).contains("不一致");
        assertThat(basic.select("#entity-differs span").text()).doesNotContain("model.entity");
        // The review says so too, with the way to the basic step (found in a walk: only the basic step said it).
        org.jsoup.nodes.Document review = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/review",
                Locale.CHINA));
        assertThat(review.select("#entity-differs").text()).contains("联系人手机");
        assertThat(review.select("#to-entity-differs").attr("href")).endsWith("/steps/basic#entity-differs");

        mvc.perform(post("/model-filings/" + id + "/entity-from-company").with(user(officer)).with(csrf())
                        .param("_version", basic.select("#entity-differs input[name=_version]").val()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "modelFiling.entityTaken"));
        basic = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/basic", Locale.CHINA));
        assertThat(basic.select("[name=model.entity.contactPhone]").val()).isEqualTo(changed);
        assertThat(basic.select("#entity-differs")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/review", Locale.CHINA))
                .select("#entity-differs")).isEmpty();

        // The history says where the values came from, and what the version changed, in words (found in a walk:
        // "saved", and no way to see what).
        org.jsoup.nodes.Document history = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history",
                Locale.CHINA));
        var taken = history.select("#history tbody tr").first();
        assertThat(taken.text()).contains("采用公司当前的主体信息");
        org.jsoup.nodes.Document version = org.jsoup.Jsoup.parse(page(officer, taken.select("a.version-changes")
                .attr("href"), Locale.CHINA));
        assertThat(version.select("#diff h2").text()).contains("此版本的改动：采用公司当前的主体信息");
        assertThat(version.select("#diff tbody tr").eachText()).singleElement().asString()
                .contains("联系人手机", copied, changed).doesNotContain("model.entity");
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(page(officer, taken.select("a.version-changes")
                .attr("href"), Locale.ENGLISH));
        assertThat(english.select("#diff h2").text()).contains("Took the company’s current entity details");
        // The first version (the creation) has nothing earlier to compare with: it says so and shows its values;
        // an entry that is no version of it is no page.
        String first = history.select("a.version-changes").last().attr("href");
        org.jsoup.nodes.Document creation = org.jsoup.Jsoup.parse(page(officer, first, Locale.CHINA));
        assertThat(creation.select("#first-version").text()).contains("第一个版本", "没有更早的版本可比较");
        assertThat(creation.select("#version-values tbody tr").eachText()).anyMatch(row -> row.contains("联系人手机"));
        mvc.perform(get("/model-filings/" + id + "/history/1").with(user(officer))).andExpect(status().isNotFound());

        // A value typed that is not valid is kept in its field but is no version: the filing does not use it (found
        // in a walk: the history showed it as the filing's new value; before, in a re-check, a version of it read "the
        // same" as the one before). As in the algorithm filing.
        var form = com.cacfiling.web.wizard.BrowserSubmissions.of(page(officer, "/model-filings/" + id
                + "/steps/basic", Locale.CHINA), "form.step-form");
        var typed = post("/model-filings/" + id + "/steps/basic").with(user(officer)).with(csrf());
        form.forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                typed.param(name, name.equals("model.entity.contactPhone") ? new String[] {"12345"}
                        : values.toArray(String[]::new));
            }
        });
        int versions = history.select("a.version-changes").size();
        mvc.perform(typed).andExpect(status().is3xxRedirection());
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/basic", Locale.CHINA))
                .select("[name=model.entity.contactPhone]").val()).isEqualTo("12345");
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history", Locale.CHINA))
                .select("a.version-changes")).hasSize(versions);
        Company other = fixtures.company();
        mvc.perform(get(first).with(user(PortalUser.of(fixtures.officer(other))))).andExpect(status().isNotFound());
    }

    @Autowired
    org.springframework.context.MessageSource messageSource;

    /** The step's form posted back as the page shows it, with {@code changed} values instead of the shown ones. */
    private org.springframework.test.web.servlet.ResultActions postAsShown(PortalUser officer, UUID id, String slug,
            java.util.Map<String, String> changed) throws Exception {
        var form = com.cacfiling.web.wizard.BrowserSubmissions.of(page(officer, "/model-filings/" + id + "/steps/"
                + slug, Locale.CHINA), "form.step-form");
        var request = post("/model-filings/" + id + "/steps/" + slug).with(user(officer)).with(csrf());
        form.forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                request.param(name, changed.containsKey(name) ? new String[] {changed.get(name)}
                        : values.toArray(String[]::new));
            }
        });
        changed.forEach((name, value) -> {
            if (!form.containsKey(name)) {
                request.param(name, value);
            }
        });
        return mvc.perform(request);
    }

    private java.time.Instant updatedAt(UUID id) {
        return jdbc.queryForObject("select updated_at from model_filing where id = ?", java.sql.Timestamp.class, id)
                .toInstant();
    }

    private int logEntries(UUID id) {
        return jdbc.queryForObject("select count(*) from change_log where model_filing_id = ?", Integer.class, id);
    }

    /**
     * Found in a walk: the demo's 灵犀大模型 filing was seeded without a "created" entry, so its first save compared
     * with nothing and listed fourteen fields, its name and credit code among them, as changed from empty. Seeded, its
     * creation is its first version, as a filing created in the portal has one; the first save shows what it changed.
     */
    @Test
    void theDemoFilingsCreationIsItsFirstVersionSoItsFirstSaveShowsOnlyWhatChanged() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = filings.seedDemo(jdbcCompany(company), officer.getUsername()).getId();
        assertThat(versions(id)).isEqualTo(1);
        assertThat(firstHistoryEntry(officer, id, Locale.CHINA)).contains("创建大模型备案");
        String name = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/basic", Locale.CHINA))
                .select("[name=model.basics.modelName]").val();
        assertThat(name).isNotBlank();

        postAsShown(officer, id, "basic", java.util.Map.of("model.basics.modelName", name + "二"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "wizard.saved"));
        org.jsoup.nodes.Document history = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history",
                Locale.CHINA));
        org.jsoup.nodes.Document saved = org.jsoup.Jsoup.parse(page(officer, history.select("a.version-changes")
                .first().attr("href"), Locale.CHINA));
        assertThat(saved.select("#first-version")).isEmpty();
        assertThat(saved.select("#diff tbody tr").eachText()).singleElement().asString()
                .contains("模型名称", name, name + "二");
    }

    /**
     * A filing whose creation was never logged (the demo's before, seeded so): its first version has nothing earlier
     * to compare with, and its page says so in words and shows its values, in both languages, instead of every field
     * "changed" from empty.
     */
    @Test
    void aFirstVersionWithNothingEarlierSaysSoAndShowsItsValues() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID started = start(officer, "FILING");
        UUID id = UUID.randomUUID();
        jdbc.update("insert into model_filing (id, company_id, route, status, standard, form_version, content, "
                + "started_steps, created_at, updated_at) select ?, company_id, route, status, standard, form_version, "
                + "content, started_steps, created_at, updated_at from model_filing where id = ?", id, started);
        assertThat(versions(id)).isZero();
        postAsShown(officer, id, "basic", java.util.Map.of("model.basics.modelName", "无创建记录大模型"))
                .andExpect(status().is3xxRedirection());
        assertThat(versions(id)).isEqualTo(1);
        String link = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history", Locale.CHINA))
                .select("a.version-changes").first().attr("href");
        org.jsoup.nodes.Document chinese = org.jsoup.Jsoup.parse(page(officer, link, Locale.CHINA));
        assertThat(chinese.select("#diff h2").text()).contains("此版本的内容").doesNotContain("改动");
        assertThat(chinese.select("#first-version").text())
                .isEqualTo("这是记录的第一个版本：没有更早的版本可比较。以下是此版本的内容。");
        assertThat(chinese.select("#diff th").eachText()).containsExactly("字段", "值").doesNotContain("之前");
        assertThat(chinese.select("#version-values tbody tr").eachText())
                .anyMatch(row -> row.contains("模型名称") && row.contains("无创建记录大模型"))
                .anyMatch(row -> row.contains(company.getName()));
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(page(officer, link, Locale.ENGLISH));
        assertThat(english.select("#first-version").text())
                .isEqualTo("The first version recorded: nothing earlier to compare with. These are the values it holds.");
        assertThat(english.select("#diff th").eachText()).containsExactly("Field", "Value");
    }

    /**
     * Second visit to an untouched step (服务与安全, a new registration's 基本信息): saved without typing, it says nothing
     * changed and writes nothing, neither a version nor an entry nor the filing's "updated" that the dashboard shows
     * (found in a walk: 21:08 became 21:09), as the algorithm filing's save. The step counts as started from that save,
     * as the algorithm filing's does, and the dashboard's figure stays the page's.
     */
    @Test
    void anUnchangedSaveWritesNothingNotEvenTheUpdatedTime() throws Exception {
        for (var route : java.util.Map.of("FILING", "service", "REGISTRATION", "basic").entrySet()) {
            Company company = fixtures.company();
            PortalUser officer = PortalUser.of(fixtures.officer(company));
            UUID id = start(officer, route.getKey());
            String slug = route.getValue();
            jdbc.update("update model_filing set updated_at = updated_at - interval '10 minutes' where id = ?", id);
            java.time.Instant updated = updatedAt(id);
            long version = version(id);
            int entries = logEntries(id);
            assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/" + slug, Locale.CHINA))
                    .select("#step-" + slug + " .ready").text()).as(route.getKey()).isEqualTo("未开始");

            for (int visit = 0; visit < 2; visit++) {
                postAsShown(officer, id, slug, java.util.Map.of()).andExpect(status().is3xxRedirection())
                        .andExpect(flash().attribute("message", "wizard.unchanged"));
                assertThat(updatedAt(id)).as(route.getKey()).isEqualTo(updated);
                assertThat(version(id)).as(route.getKey()).isEqualTo(version);
                assertThat(logEntries(id)).as(route.getKey()).isEqualTo(entries);
            }
            // An empty step stays not started, as in the algorithm filing (found in a walk: "未开始" became "0 %", with
            // a required mark under every field); the registration's Step 1, copied from the company, is confirmed by
            // the save and counts. The dashboard agrees.
            org.jsoup.nodes.Document step = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/"
                    + slug, Locale.CHINA));
            if (route.getKey().equals("FILING")) {
                assertThat(step.select("#step-" + slug + " .ready").text()).as(route.getKey()).isEqualTo("未开始");
            }
            else {
                assertThat(step.select("#step-" + slug + " .ready").text()).as(route.getKey()).endsWith("%");
            }
            String overall = step.select("progress.progress-bar").attr("value");
            org.jsoup.nodes.Document dashboard = org.jsoup.Jsoup.parse(page(officer, "/filings", Locale.CHINA));
            assertThat(dashboard.select("#model-filings tbody tr").stream()
                    .filter(row -> row.select("a").attr("href").equals("/model-filings/" + id)).findFirst()
                    .orElseThrow().select("progress").attr("value")).as(route.getKey()).isEqualTo(overall);
        }
    }

    /**
     * Found in a walk: the report's step was about ten thousand pixels tall on a phone, every clause with its three
     * texts whatever its result. A clause shows the texts its result asks for; a text that holds something stays
     * shown; what a folded text holds is still saved and kept; saved unchanged, nothing changes.
     */
    @Test
    void aClausesTextsShowByItsResultAndWhatTheyHoldIsKept() throws Exception {
        PortalUser officer = PortalUser.of(fixtures.officer(fixtures.company()));
        UUID id = start(officer, "FILING");
        String url = "/model-filings/" + id + "/steps/assessment";
        String row = "model.assessment.clauses.CORPUS_SOURCE";

        org.jsoup.nodes.Document fresh = org.jsoup.Jsoup.parse(page(officer, url, Locale.CHINA));
        String resultId = fresh.select("select[name=" + row + ".result]").attr("id");
        assertThat(resultId).isNotEmpty();
        for (String text : List.of("evidence", "reason", "measure")) {
            org.jsoup.nodes.Element field = fieldOf(fresh, row + "." + text);
            assertThat(field.hasAttr("hidden")).as(text).isTrue();
            assertThat(field.attr("data-shown-with")).as(text).isEqualTo(resultId);
        }
        assertThat(fieldOf(fresh, row + ".reason").attr("data-shown-for")).isEqualTo("DOES_NOT_CONFORM NOT_APPLICABLE");
        assertThat(fieldOf(fresh, row + ".result").hasAttr("data-shown-with")).isFalse();

        postAsShown(officer, id, "assessment", java.util.Map.of(row + ".result", "DOES_NOT_CONFORM",
                row + ".reason", "尚未完成抽检")).andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document notConforming = org.jsoup.Jsoup.parse(page(officer, url, Locale.CHINA));
        // The checklist names what is missing; a link at the top of the step leads to it (a phone shows it last).
        int listed = notConforming.select("aside#checklist li").size();
        assertThat(listed).isPositive();
        assertThat(notConforming.select(".jump-checklist a[href=#checklist]").text())
                .isEqualTo("本步骤检查结果列出 " + listed + " 项，点此查看");
        assertThat(fresh.select(".jump-checklist")).isEmpty();
        assertThat(fieldOf(notConforming, row + ".evidence").hasAttr("hidden")).isTrue();
        assertThat(fieldOf(notConforming, row + ".reason").hasAttr("hidden")).isFalse();
        assertThat(fieldOf(notConforming, row + ".measure").hasAttr("hidden")).isFalse();

        // Now conforming: the evidence is asked for; the reason, typed before, stays in view with its text.
        postAsShown(officer, id, "assessment", java.util.Map.of(row + ".result", "CONFORMS"))
                .andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document conforming = org.jsoup.Jsoup.parse(page(officer, url, Locale.CHINA));
        assertThat(fieldOf(conforming, row + ".evidence").hasAttr("hidden")).isFalse();
        assertThat(fieldOf(conforming, row + ".reason").hasAttr("hidden")).isFalse();
        assertThat(conforming.select("textarea[name=" + row + ".reason]").text()).isEqualTo("尚未完成抽检");
        assertThat(fieldOf(conforming, row + ".measure").hasAttr("hidden")).isTrue();
        // Kept, and said to be kept but not printed under 符合.
        assertThat(fieldOf(conforming, row + ".reason").select("[data-not-asked]").hasAttr("hidden")).isFalse();
        assertThat(fieldOf(conforming, row + ".reason").select("[data-not-asked]").text())
                .isEqualTo("按当前的选择，此项无需填写：内容会保留，但不写入文件。");
        assertThat(fieldOf(conforming, row + ".evidence").select("[data-not-asked]").hasAttr("hidden")).isTrue();

        long version = version(id);
        postAsShown(officer, id, "assessment", java.util.Map.of()).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "wizard.unchanged"));
        assertThat(version(id)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select jsonb_path_query_first(content, "
                + "'$.model.assessment.clauses[*] ? (@.clause == \"CORPUS_SOURCE\").reason') #>> '{}' "
                + "from model_filing where id = ?", String.class, id)).isEqualTo("尚未完成抽检");
    }

    private static org.jsoup.nodes.Element fieldOf(org.jsoup.nodes.Document page, String name) {
        return page.select("[name=" + name + "]").first().closest(".field");
    }

    /**
     * Found in a walk: a credit code typed in a large-model filing left the company's record without one (the
     * administration read 未填写, the algorithm filing's Step 1 asked for it again). Facts the company does not state
     * yet are taken from the filing; stated ones are never changed from here; a code another company has is left out.
     */
    @Test
    void entityFactsTheCompanyDoesNotStateYetAreTakenFromTheFilingAndNoneItStatesIsChanged() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        var algorithmFiling = fixtures.filing(company, "一次填写算法");
        UUID id = start(officer, "FILING");
        String code = TestFixtures.uniqueCreditCode();
        postAsShown(officer, id, "basic", java.util.Map.of("model.entity.creditCode", code,
                "model.entity.contactName", "李四", "model.entity.contactPhone", "13800138000",
                "model.entity.contactEmail", "li@example.com", "model.entity.legalRepresentative", "王五",
                "model.entity.assessmentLead", "赵六")).andExpect(status().is3xxRedirection());

        Company stated = companies.findById(company.getId()).orElseThrow();
        assertThat(stated.getCreditCode()).isEqualTo(code);
        var profile = com.cacfiling.web.filing.FilingService.entityProfile(stated);
        assertThat(profile.contact().name()).isEqualTo("李四");
        assertThat(profile.contact().mobile().value()).isEqualTo("13800138000");
        assertThat(profile.contact().email().value()).isEqualTo("li@example.com");
        assertThat(profile.legalRepresentative().name()).isEqualTo("王五");
        assertThat(profile.securityOfficer().name()).as("the assessment's lead is the filing's own").isNull();
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/filings/" + algorithmFiling.getId() + "/steps/entity",
                Locale.CHINA)).select("[name='entity.creditCode']").val()).isEqualTo(code);
        assertThat(jdbc.queryForObject("select count(*) from change_log where filing_id = ? and action = 'SAVE_ENTITY'",
                Integer.class, algorithmFiling.getId())).isEqualTo(1);

        // Changed in the large-model filing afterwards: the company's stated facts stay.
        postAsShown(officer, id, "basic", java.util.Map.of("model.entity.contactName", "钱七"))
                .andExpect(status().is3xxRedirection());
        assertThat(com.cacfiling.web.filing.FilingService.entityProfile(companies.findById(company.getId())
                .orElseThrow()).contact().name()).isEqualTo("李四");

        // Another company's filing typing the same code: its save goes through, the code stays the first company's.
        Company other = fixtures.company();
        PortalUser otherOfficer = PortalUser.of(fixtures.officer(other));
        UUID otherId = start(otherOfficer, "REGISTRATION");
        postAsShown(otherOfficer, otherId, "basic", java.util.Map.of("model.entity.creditCode", code,
                "model.entity.contactName", "孙八")).andExpect(status().is3xxRedirection());
        Company otherStated = companies.findById(other.getId()).orElseThrow();
        assertThat(otherStated.getCreditCode()).isNull();
        assertThat(com.cacfiling.web.filing.FilingService.entityProfile(otherStated).contact().name())
                .isEqualTo("孙八");
    }

    /** Found in a walk: every save read "large-model filing saved"; each step's save is named by its step. */
    @Test
    void everyStepsSaveIsNamedByItsStepInBothLanguages() throws Exception {
        for (var route : com.cacfiling.domain.largemodel.ModelFilingRoute.values()) {
            for (var step : com.cacfiling.domain.largemodel.ModelFilingForm.steps(route)) {
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    assertThat(messageSource.getMessage("action.MODEL_SAVED_" + step.step(), null, null, locale))
                            .as(step.step() + " " + locale).isNotBlank();
                }
            }
        }
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        mvc.perform(post("/model-filings/" + id + "/steps/service").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.service.concurrency", "4321"))
                .andExpect(status().is3xxRedirection());
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history", Locale.CHINA))
                .select("#history tbody tr").first().text()).contains("保存服务与安全");
    }

    private com.cacfiling.web.company.Company jdbcCompany(Company company) {
        return companies.findById(company.getId()).orElseThrow();
    }

    private long version(UUID id) {
        return jdbc.queryForObject("select version from model_filing where id = ?", Long.class, id);
    }

    private int versions(UUID id) {
        return jdbc.queryForObject("select count(*) from change_log where model_filing_id = ? and snapshot is not null",
                Integer.class, id);
    }

    /**
     * A registration's history begins with its creation as a registration, in both languages, and so does an entry
     * logged before registrations had their own (found in a walk: "Large-model filing created"); the audit log too.
     */
    @Test
    void aRegistrationsHistoryBeginsWithItsCreationAsARegistration() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID registration = start(officer, "REGISTRATION");
        UUID filing = start(officer, "FILING");
        assertThat(firstHistoryEntry(officer, registration, Locale.CHINA)).contains("创建大模型登记");
        assertThat(firstHistoryEntry(officer, registration, Locale.ENGLISH))
                .contains("Large-model registration created").doesNotContain("filing");
        assertThat(firstHistoryEntry(officer, filing, Locale.CHINA)).contains("创建大模型备案");
        assertThat(firstHistoryEntry(officer, filing, Locale.ENGLISH)).contains("Large-model filing created");

        // Logged as a filing's creation before (the log is append-only): read as the registration's.
        jdbc.update("insert into change_log (company_id, model_filing_id, actor, at, action, detail) values (?, ?, ?,"
                + " now(), 'MODEL_FILING_CREATED', '旧条目')", company.getId(), registration, officer.getUsername());
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + registration + "/history", Locale.CHINA))
                .select("#history tbody tr").first().text()).contains("创建大模型登记 · 旧条目");
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        List<String> audit = org.jsoup.Jsoup.parse(page(consultant, "/audit?companyId=" + company.getId(),
                Locale.CHINA)).select("#audit tbody tr td:last-child").eachText();
        assertThat(audit).filteredOn(what -> what.contains("创建大模型登记")).hasSize(2);
        assertThat(audit).filteredOn(what -> what.contains("创建大模型备案")).hasSize(1);
    }

    /**
     * A service routed from one route to the other (its triage answered again) starts the other route's filing with
     * what both ask, as its first filing states it, and says so (found in a walk: the registration started empty beside
     * a large-model filing 85 % filled); the model's name is not taken, a registration names the model it calls.
     */
    @Test
    void theOtherRoutesFilingOfAServiceStartsWithWhatBothRoutesAsk() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID service = services.create(officer, company.getId(), TestFixtures.unique("改道登记服务"), null);
        mvc.perform(post("/model-filings/new").with(user(officer)).with(csrf()).param("route", "FILING")
                        .param("service", service.toString()))
                .andExpect(flash().attribute("message", "modelFiling.created"));
        var first = filings.startedFor(officer, company.getId(), service, ModelFilingRoute.FILING).orElseThrow();
        var changed = ModelFilingService.tree(first).copy();
        changed.objectAt("model.entity").put("creditCode", "91310115MA1K4B2C7Y").put("contactName", "赵敏");
        changed.objectAt("model.basics").put("modelName", "星河大模型 V2.0").put("targetUsers", "成年用户")
                .putArray("functions").add("TEXT").add("IMAGE");
        assertThat(filings.saveStep(officer, first.getId(), first.getVersion(), "MODEL_BASIC", changed,
                first.getTypedInput())).isTrue();
        first = filings.get(first.getId(), officer);
        changed = ModelFilingService.tree(first).copy();
        changed.objectAt("model.service").put("address", "https://xinghe.example.com");
        assertThat(filings.saveStep(officer, first.getId(), first.getVersion(), "MODEL_SERVICE", changed,
                first.getTypedInput())).isTrue();

        mvc.perform(post("/model-filings/new").with(user(officer)).with(csrf()).param("route", "REGISTRATION")
                        .param("service", service.toString()))
                .andExpect(flash().attribute("message", "modelFiling.createdFrom.FILING"));
        var registration = filings.startedFor(officer, company.getId(), service, ModelFilingRoute.REGISTRATION)
                .orElseThrow();
        var tree = ModelFilingService.tree(registration);
        assertThat(tree.get("model.entity.creditCode").asString()).isEqualTo("91310115MA1K4B2C7Y");
        assertThat(tree.get("model.entity.contactName").asString()).isEqualTo("赵敏");
        assertThat(tree.get("model.basics.targetUsers").asString()).isEqualTo("成年用户");
        assertThat(tree.get("model.basics.functions").toString()).contains("TEXT", "IMAGE");
        assertThat(tree.get("model.service.address").asString()).isEqualTo("https://xinghe.example.com");
        tools.jackson.databind.JsonNode modelName = tree.get("model.basics.modelName");
        assertThat(modelName == null || modelName.isNull() || modelName.isMissingNode()).isTrue();
        assertThat(tree.get("model.route").asString()).isEqualTo("REGISTRATION");
        // The page says it in words, to be checked.
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/model-filings/{id}/steps/basic", registration.getId())
                        .with(user(officer)).flashAttr("message", "modelFiling.createdFrom.FILING"))
                .andReturn().getResponse().getContentAsString()).text())
                .contains("已从本服务的大模型备案带入，请逐项核对后保存");
    }

    /**
     * The creation's entry names the model or service, as the record's other entries do, in its history and the audit
     * log (found in a walk: it named the company): a registration by its service. One started without a name yet
     * says only what happened; a creation logged with the company's name before reads without it.
     */
    @Test
    void theCreationsEntryNamesTheServiceNotTheCompany() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        String serviceName = TestFixtures.unique("创建登记服务");
        UUID service = services.create(officer, company.getId(), serviceName, null);
        UUID registration = filings.create(officer, company.getId(), ModelFilingRoute.REGISTRATION, service).getId();
        UUID unnamed = start(officer, "FILING");
        assertThat(firstHistoryEntry(officer, registration, Locale.CHINA)).contains("创建大模型登记 · " + serviceName)
                .doesNotContain(company.getName());
        assertThat(firstHistoryEntry(officer, registration, Locale.ENGLISH))
                .contains("Large-model registration created · " + serviceName).doesNotContain(company.getName());
        assertThat(firstHistoryEntry(officer, unnamed, Locale.CHINA)).contains("创建大模型备案")
                .doesNotContain(company.getName()).doesNotContain(" · ");
        // Its save, still without a name, says no empty " · " either.
        var unnamedRecord = filings.get(unnamed, officer);
        var changed = ModelFilingService.tree(unnamedRecord).copy();
        changed.objectAt("model.entity").put("name", "改过的主体");
        assertThat(filings.saveStep(officer, unnamed, unnamedRecord.getVersion(), "MODEL_BASIC", changed,
                unnamedRecord.getTypedInput())).isTrue();
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + unnamed + "/history", Locale.CHINA))
                .select("#history tbody tr").first().selectFirst("span").text()).doesNotContain("·");

        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        var rows = org.jsoup.Jsoup.parse(page(consultant, "/audit?companyId=" + company.getId(), Locale.CHINA))
                .select("#audit tbody tr");
        var created = rows.stream().filter(row -> row.select("a.model-filing").attr("href")
                .equals("/model-filings/" + registration + "/history")).toList();
        assertThat(created).hasSize(1);
        assertThat(created.get(0).selectFirst("td:last-child").text()).isEqualTo("创建大模型登记 · " + serviceName);
        assertThat(modelRows(rows)).noneMatch(what -> what.contains(company.getName()));

        // Logged with the company's name before: read without it, here and in the audit log.
        jdbc.update("insert into change_log (company_id, model_filing_id, actor, at, action, detail) values (?, ?, ?,"
                + " now(), 'MODEL_FILING_CREATED', ?)", company.getId(), unnamed, officer.getUsername(),
                company.getName());
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + unnamed + "/history", Locale.CHINA))
                .select("#history tbody tr").first().text()).contains("创建大模型备案")
                .doesNotContain(company.getName());
        assertThat(modelRows(org.jsoup.Jsoup.parse(page(consultant, "/audit?companyId=" + company.getId(),
                Locale.CHINA)).select("#audit tbody tr"))).hasSize(4).noneMatch(what -> what.contains(company.getName()));
    }

    /** What the audit log's entries of large-model records say. */
    private static List<String> modelRows(org.jsoup.select.Elements rows) {
        return rows.stream().filter(row -> !row.select(".model-filing").isEmpty())
                .map(row -> row.selectFirst("td:last-child").text()).toList();
    }

    /**
     * A registration's save logged before saves named their step ("large-model filing saved") reads as the
     * registration's in both languages, in its history, its version's page and the audit log (found in a walk); a
     * filing's stays the filing's.
     */
    @Test
    void aRegistrationsOlderSaveReadsAsTheRegistrations() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID registration = start(officer, "REGISTRATION");
        UUID filing = start(officer, "FILING");
        // The log is append-only: older saves are there as they were logged, each a version of the filing.
        for (UUID id : List.of(registration, filing)) {
            jdbc.update("insert into change_log (company_id, model_filing_id, actor, at, action, snapshot) select"
                    + " company_id, model_filing_id, actor, now(), 'MODEL_FILING_SAVED', snapshot from change_log"
                    + " where model_filing_id = ? order by id limit 1", id);
        }
        assertThat(newestHistoryEntry(officer, registration, Locale.CHINA)).contains("保存大模型登记")
                .doesNotContain("备案");
        assertThat(newestHistoryEntry(officer, registration, Locale.ENGLISH))
                .contains("Large-model registration saved").doesNotContain("filing");
        assertThat(newestHistoryEntry(officer, filing, Locale.CHINA)).contains("保存大模型备案");
        assertThat(newestHistoryEntry(officer, filing, Locale.ENGLISH)).contains("Large-model filing saved");
        long saved = jdbc.queryForObject("select max(id) from change_log where model_filing_id = ?", Long.class,
                registration);
        for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
            assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + registration + "/history/" + saved,
                    locale)).select("#diff h2").text())
                    .contains(locale == Locale.CHINA ? "保存大模型登记" : "Large-model registration saved");
        }
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
            List<String> audit = org.jsoup.Jsoup.parse(page(consultant, "/audit?companyId=" + company.getId(),
                    locale)).select("#audit tbody tr td:last-child").eachText();
            assertThat(audit).filteredOn(what -> what.contains(locale == Locale.CHINA ? "保存大模型登记"
                    : "Large-model registration saved")).hasSize(1);
            assertThat(audit).filteredOn(what -> what.contains(locale == Locale.CHINA ? "保存大模型备案"
                    : "Large-model filing saved")).hasSize(1);
        }
    }

    private String newestHistoryEntry(PortalUser user, UUID modelFilingId, Locale locale) throws Exception {
        return org.jsoup.Jsoup.parse(page(user, "/model-filings/" + modelFilingId + "/history", locale))
                .select("#history tbody tr").first().text();
    }

    private String firstHistoryEntry(PortalUser user, UUID modelFilingId, Locale locale) throws Exception {
        return org.jsoup.Jsoup.parse(page(user, "/model-filings/" + modelFilingId + "/history", locale))
                .select("#history tbody tr").last().text();
    }

    private String page(PortalUser user, String url, Locale locale) throws Exception {
        return mvc.perform(get(url).with(user(user)).param("lang", locale.toLanguageTag())).andExpect(status().isOk())
                .andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static byte[] keywordsXlsx(int perA1, int perA2, int filler) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.coreRisks()) {
            int per = risk.category().code().equals("A.1") ? perA1 : perA2;
            for (int i = 0; i < per; i++) {
                rows.add(List.of("词" + rows.size(), risk.category().chineseName(), risk.chineseName()));
            }
        }
        for (int i = 0; i < filler; i++) {
            rows.add(List.of("词" + rows.size(), "A.1", "A.1.g"));
        }
        return xlsx(List.of("关键词", "一级分类", "二级分类"), rows);
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("关键词");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anOfficerStartsAFilingWithTheCompanysNameAndSavingUnchangedChangesNothing() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        assertThat(page(officer, "/model-filings/new?route=REGISTRATION&service=not-a-service", Locale.CHINA))
                .contains("大模型登记（调用已备案模型）");
        UUID id = start(officer, "FILING");
        String basic = page(officer, "/model-filings/" + id + "/steps/basic", Locale.CHINA);
        assertThat(basic).contains(company.getName(), "模型名称", "未开始");

        long before = version(id);
        mvc.perform(post("/model-filings/" + id + "/steps/basic").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(before)).param("model.basics.modelName", "测试大模型")
                .param("model.basics.functions", "DIALOGUE", "CODE").param("model.basics.domainLimited", "false")
                .param("model.entity.name", company.getName()).param("model.entity.contactPhone", "123"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "wizard.savedWithProblems"));
        assertThat(versions(id)).isEqualTo(2);
        String reloaded = page(officer, "/model-filings/" + id + "/steps/basic", Locale.CHINA);
        // The invalid phone is kept as typed, with its message, after the reload; the step's checklist lists it and
        // the step is not shown complete.
        assertThat(reloaded).contains("测试大模型", "value=\"123\"", "field-error");
        var checklist = org.jsoup.Jsoup.parse(reloaded).select("aside.checklist");
        assertThat(checklist.select("li").eachText()).anyMatch(item -> item.contains("联系人手机"));
        assertThat(checklist.select("p.empty")).isEmpty();
        // The review counts it and lists it: the documents print the value before it, so they are drafts.
        var review = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/review", Locale.CHINA));
        assertThat(review.select("#findings li").eachText()).anyMatch(item -> item.contains("联系人手机"));
        // Each says how much it matters, errors first, and leads to its field (found in a walk: 46 alike, no link).
        var items = review.select("#findings li");
        assertThat(items.first().select(".badge").text()).isEqualTo("错误");
        assertThat(items.select(".badge").eachText()).contains("警告").isSubsetOf("错误", "警告", "提示");
        int lastError = items.select(".badge").eachText().lastIndexOf("错误");
        assertThat(items.select(".badge").eachText().indexOf("警告")).isGreaterThan(lastError);
        assertThat(items.stream().filter(item -> item.text().contains("联系人手机")).findFirst().orElseThrow()
                .select("a").attr("href")).startsWith("/model-filings/" + id + "/steps/basic#");
        assertThat(items.select("a").eachAttr("href")).allMatch(href -> href.startsWith("/model-filings/" + id + "/"));

        // Second visit: the page's own values posted back unchanged make no new version, write nothing, and say so,
        // and that a value still waits to be corrected (found in a walk: "draft saved, some values are not valid").
        long now = version(id);
        jdbc.update("update model_filing set updated_at = updated_at - interval '10 minutes' where id = ?", id);
        java.time.Instant updated = updatedAt(id);
        mvc.perform(post("/model-filings/" + id + "/steps/basic").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(now)).param("model.basics.modelName", "测试大模型")
                .param("model.basics.functions", "DIALOGUE", "CODE").param("model.basics.domainLimited", "false")
                .param("model.entity.name", company.getName()).param("model.entity.contactPhone", "123"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "wizard.unchangedWithProblems"));
        assertThat(versions(id)).isEqualTo(2);
        assertThat(version(id)).isEqualTo(now);
        assertThat(updatedAt(id)).isEqualTo(updated);
        for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
            assertThat(messageSource.getMessage("wizard.unchangedWithProblems", null, locale))
                    .startsWith(messageSource.getMessage("wizard.unchanged", null, locale));
        }

        // Someone else's save in between: refused with the comparison.
        mvc.perform(post("/model-filings/" + id + "/steps/basic").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(now - 1)).param("model.basics.modelName", "别的名字"))
                .andExpect(status().isConflict());

        // The same, from a page whose script listed what its user changed (the name only): every other field
        // shows what is saved now, not the blanks and old values the stale page sent.
        String conflict = mvc.perform(post("/model-filings/" + id + "/steps/basic").with(user(officer)).with(csrf())
                        .param("_version", String.valueOf(now - 1)).param("model.basics.modelName", "别的名字")
                        .param("model.basics.functions", "DIALOGUE").param("_touched", "model.basics.modelName"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        var form = org.jsoup.Jsoup.parse(conflict);
        assertThat(form.select("input[name=model.basics.modelName]").val()).isEqualTo("别的名字");
        assertThat(form.select("input[name=model.basics.functions][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("DIALOGUE", "CODE");
        assertThat(form.select("#conflict").text()).doesNotContain("功能");
    }

    /** Found in a review: the first save of an untouched step wrote its empty lists and made a version. */
    @Test
    void anUntouchedStepSavedMakesNoVersion() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        int created = versions(id);
        for (String step : List.of("development", "assessment")) {
            mvc.perform(post("/model-filings/" + id + "/steps/" + step).with(user(officer)).with(csrf())
                    .param("_version", String.valueOf(version(id))).param("_action", "save"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(versions(id)).isEqualTo(created);
    }

    @Test
    void numbersSavedAgainUnchangedMakeNoVersion() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        for (int visit = 0; visit < 2; visit++) {
            mvc.perform(post("/model-filings/" + id + "/steps/development").with(user(officer)).with(csrf())
                    .param("_version", String.valueOf(version(id))).param("model.development.corpusManualSampled", "4000")
                    .param("model.development.worstSourceIllegalPercent", "1.20")
                    .param("model.development.corpusMachinePassPercent", "98.6"))
                    .andExpect(status().is3xxRedirection());
        }
        // Created, then the first save: the second (2000 read back as an int, 1.20 as 1.2) changes nothing.
        assertThat(versions(id)).isEqualTo(2);
    }

    @Test
    void uploadedListsAreCheckedAgainstTheThresholdsWithTheirNumbers() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        // Nothing uploaded: the step bar says so in words, as for a step not saved (found in a walk: "0%").
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/lists", Locale.CHINA))
                .select("#step-lists .ready").text()).isEqualTo("未开始");
        mvc.perform(multipart("/model-filings/" + id + "/lists/keywords").file(new MockMultipartFile("file",
                "关键词.xlsx", "application/octet-stream", keywordsXlsx(200, 99, 0))).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String lists = page(officer, "/model-filings/" + id + "/lists", Locale.CHINA);
        assertThat(org.jsoup.Jsoup.parse(lists).select("#step-lists .ready").text()).endsWith("%");
        assertThat(lists).contains("关键词.xlsx", "关键词库共 2,491 个不重复的关键词", "要求不少于 10,000 个",
                "A.2.a 民族歧视", "只有 99 条");

        mvc.perform(multipart("/model-filings/" + id + "/lists/keywords").file(new MockMultipartFile("file",
                "关键词2.xlsx", "application/octet-stream", keywordsXlsx(200, 100, 7500))).with(user(officer))
                .with(csrf())).andExpect(status().is3xxRedirection());
        String passing = page(officer, "/model-filings/" + id + "/lists", Locale.ENGLISH);
        assertThat(passing).contains("关键词2.xlsx", "Meets every count and rate the portal checks for GB/T 45654-2025")
                .doesNotContain("distinct keywords");
        // The history says how many rows each upload had, as a number of rows (it showed "关键词2.xlsx · 10180").
        org.jsoup.nodes.Document history = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history",
                Locale.CHINA));
        assertThat(history.text()).containsPattern("关键词2\\.xlsx · \\d{1,3}(,\\d{3})+ 行");
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history", Locale.ENGLISH)).text())
                .containsPattern("关键词2\\.xlsx · \\d{1,3}(,\\d{3})+ rows");

        // Rows without a keyword are not read, and the page says which.
        mvc.perform(multipart("/model-filings/" + id + "/lists/keywords").file(new MockMultipartFile("file",
                "关键词.csv", "text/csv", "关键词,一级分类,二级分类\n颠覆,A.1,A.1.a\n,A.1,A.1.b\n,A.2,A.2.a\n"
                        .getBytes(StandardCharsets.UTF_8))).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Said with the list on every visit, not once after the upload.
        for (int visit = 0; visit < 2; visit++) {
            assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/lists", Locale.CHINA))
                    .selectFirst("#skipped-keywords").text()).contains("有 2 行第一列为空", "第 3、4 行");
        }
        // A row whose categories name no risk is counted, with its categories to find it by (found in a walk).
        mvc.perform(multipart("/model-filings/" + id + "/lists/keywords").file(new MockMultipartFile("file",
                "关键词3.csv", "text/csv", "关键词,一级分类,二级分类\n颠覆,A.1,A.1.a\n天气,杂项,天气\n"
                        .getBytes(StandardCharsets.UTF_8))).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/lists", Locale.CHINA)).text())
                .contains("1 行的一级分类、二级分类不是附录A的风险", "例如“杂项 / 天气”");
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/lists", Locale.ENGLISH)).text())
                .contains("1 row names no risk of Appendix A", "e.g. “杂项 / 天气”");
        MvcResult refused = mvc.perform(multipart("/model-filings/" + id + "/lists/content-bank")
                .file(new MockMultipartFile("file", "bank.xlsx", "application/octet-stream",
                        "not a spreadsheet at all\u0000".getBytes(StandardCharsets.UTF_8)))
                .with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("uploadError")).isEqualTo("model.upload.unreadable");
        // A picture's few bytes read as one line of CSV; by its name it is no list (found in a walk).
        MvcResult picture = mvc.perform(multipart("/model-filings/" + id + "/lists/content-bank")
                .file(new MockMultipartFile("file", "notimage.png", "image/png",
                        "abcd\n".getBytes(StandardCharsets.UTF_8)))
                .with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(picture.getFlashMap().get("uploadError")).isEqualTo("model.upload.unreadable");
        assertThat(ModelFilingController.isListFileName("题库.XLSX")).isTrue();
        assertThat(ModelFilingController.isListFileName("题库")).isTrue();
        // In English a single row is one row (it said "1 rows").
        assertThat(page(officer, "/model-filings/" + id + "/lists", Locale.ENGLISH)).doesNotContain(" 1 rows");
    }

    @Test
    void anUploadedAgreementIsReadIntoItsFieldAndCheckedForItsClauses() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        // Before the step is saved its checklist says its checks come then, not that there is no problem (found in
        // a walk: it said none, and the missing clauses appeared on the review page).
        var fresh = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/agreements", Locale.CHINA));
        assertThat(fresh.select(".checklist .empty").text()).contains("本步骤尚未开始").doesNotContain("未发现问题");
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("用户服务协议");
            document.createParagraph().createRun().setText("一、双方的权利和义务。二、未成年人保护。三、投诉举报渠道。");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            docx = out.toByteArray();
        }
        mvc.perform(multipart("/model-filings/" + id + "/agreements").file(new MockMultipartFile("file", "协议.docx",
                "application/octet-stream", docx)).param("document", "serviceAgreement").with(user(officer))
                .with(csrf())).andExpect(status().is3xxRedirection());
        String step = page(officer, "/model-filings/" + id + "/steps/agreements", Locale.CHINA);
        assertThat(step).contains("一、双方的权利和义务。二、未成年人保护。三、投诉举报渠道。");
        // The upload saved the step: its missing clauses are listed on it.
        assertThat(org.jsoup.Jsoup.parse(step).select(".checklist").text())
                .contains("未找到“生成合成内容标识（标识方法和样式）”条款。");
        // Not "100 %" with errors at its text, and the header counts them (found in a walk: "完成度 28%" alone).
        assertThat(org.jsoup.Jsoup.parse(step).select("#step-agreements .ready").text()).isNotEqualTo("100%");
        assertThat(org.jsoup.Jsoup.parse(step).select(".progress-text").text()).matches("完成度 \\d+%，已开始的步骤中 \\d+ 个错误");
        String review = page(officer, "/model-filings/" + id + "/review", Locale.CHINA);
        assertThat(review).contains("未找到“生成合成内容标识（标识方法和样式）”条款。");
        MvcResult binary = mvc.perform(multipart("/model-filings/" + id + "/agreements").file(new MockMultipartFile(
                "file", "x.pdf", "application/pdf", "%PDF-1.7\u0000\u0001".getBytes(StandardCharsets.UTF_8)))
                .param("document", "privacyPolicy").with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(binary.getFlashMap().get("agreementError")).isEqualTo("model.agreement.unreadable");
    }

    /**
     * Found in a walk: a resident ID number an officer wrote into a free text of the large-model filing (its test
     * accounts) reached the consultant in full on the step page, in the filing form and in the ZIP. Outside the
     * company it is masked everywhere; the consultant's unchanged save keeps the officer's text; the officer still
     * reads and downloads it whole.
     */
    @Test
    void idNumbersWrittenIntoTextsAreMaskedOutsideTheCompany() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        UUID id = start(officer, "FILING");
        String text = "刘测试 11010519491231002X（不含安全策略）";
        String shown = "刘测试 " + com.cacfiling.domain.identifiers.ResidentIdNumber.maskedIn("11010519491231002X")
                + "（不含安全策略）";
        assertThat(shown).doesNotContain("11010519491231002X");
        mvc.perform(post("/model-filings/" + id + "/steps/service").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.service.testAccounts", text)
                .param("model.service.address", "https://chat.example.cn")).andExpect(status().is3xxRedirection());

        org.jsoup.nodes.Document theirs = org.jsoup.Jsoup.parse(page(consultant, "/model-filings/" + id
                + "/steps/service", Locale.CHINA));
        assertThat(theirs.select("[name=model.service.testAccounts]").text()).isEqualTo(shown);
        assertThat(theirs.outerHtml()).doesNotContain("11010519491231002X");
        long before = version(id);
        mvc.perform(post("/model-filings/" + id + "/steps/service").with(user(consultant)).with(csrf())
                .param("_version", String.valueOf(before)).param("model.service.testAccounts", shown)
                .param("model.service.address", "https://chat.example.cn")).andExpect(status().is3xxRedirection());
        assertThat(version(id)).as("an unchanged save changes nothing").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from notification where model_filing_id = ?", Integer.class,
                id)).as("and tells nobody").isZero();
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/service", Locale.CHINA))
                .select("[name=model.service.testAccounts]").text()).isEqualTo(text);

        // Edited around the masked number (a walk stored the officer's number masked): the number stays.
        mvc.perform(post("/model-filings/" + id + "/steps/service").with(user(consultant)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.service.testAccounts", shown + "另有 lingxi-test-2。")
                .param("model.service.address", "https://chat.example.cn")).andExpect(status().is3xxRedirection());
        text = text + "另有 lingxi-test-2。";
        // The consultant's change is told to the officer, once, opening on the filing's history.
        assertThat(jdbc.queryForList("select message_key from notification where model_filing_id = ?", String.class,
                id)).containsExactly("inbox.editedByConsultant");
        shown = shown + "另有 lingxi-test-2。";
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/service", Locale.CHINA))
                .select("[name=model.service.testAccounts]").text()).isEqualTo(text);
        assertThat(docxText(consultant, id)).contains(shown).doesNotContain("11010519491231002X");
        assertThat(docxText(officer, id)).contains(text);
        byte[] zip = mvc.perform(get("/model-filings/" + id + "/dossier.zip").with(user(consultant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".docx")) {
                    assertThat(wordText(in.readAllBytes())).as(entry.getName()).doesNotContain("11010519491231002X");
                }
            }
        }
    }

    /**
     * Found in a walk: a value replaced by one typed invalidly (kept on the page with its error) still printed in the
     * documents, unannounced. The documents print the field as still to fill until a valid value is saved.
     */
    @Test
    void aValueReplacedByAnInvalidOneIsNotPrinted() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        mvc.perform(post("/model-filings/" + id + "/steps/service").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.service.concurrency", "4321")
                .param("model.service.testAccounts", "测试账号 lingxi-test-1")).andExpect(status().is3xxRedirection());
        assertThat(docxText(officer, id)).contains("4321");
        int versions = versions(id);
        mvc.perform(post("/model-filings/" + id + "/steps/service").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.service.concurrency", "四千")
                .param("model.service.testAccounts", "测试账号 lingxi-test-1")).andExpect(status().is3xxRedirection());
        // Not used, so no version of the filing (found in a walk: the history showed it as the new value); the save is
        // an entry of the history all the same, as of the audit log.
        assertThat(versions(id)).isEqualTo(versions);
        assertThat(org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/service", Locale.CHINA))
                .select("[name=model.service.concurrency]").val()).as("kept as typed").isEqualTo("四千");
        assertThat(docxText(officer, id)).doesNotContain("4321").doesNotContain("四千")
                .contains("测试账号 lingxi-test-1");
        // The ZIP's findings say what the page says of it (found in a walk: the report spoke of the empty answer).
        byte[] zip = mvc.perform(get("/model-filings/" + id + "/dossier.zip").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            java.util.Map<String, String> reports = new java.util.HashMap<>();
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("findings-")) {
                    reports.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertThat(reports.get("findings-zh.txt")).contains("请用阿拉伯数字输入整数");
            assertThat(reports.get("findings-en.txt")).contains("Enter a whole number");
        }
        mvc.perform(post("/model-filings/" + id + "/steps/service").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.service.concurrency", "4000")
                .param("model.service.testAccounts", "测试账号 lingxi-test-1")).andExpect(status().is3xxRedirection());
        assertThat(docxText(officer, id)).contains("4000");
    }

    /**
     * Found in a walk: the test endpoint took any text ("abc", "lingxi api"). It is checked as an http(s) address as it
     * is typed, like the identifiers: an invalid one is kept as typed with its error at the field, also after a reload,
     * and is not saved; a valid one is; saved again unchanged it changes nothing. A value saved before the check is an
     * error at the field until corrected.
     */
    @Test
    void theTestEndpointMustBeAWebAddressAndIsKeptAsTypedUntilItIs() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        String endpoint = "model.service.testEndpoint";
        for (String route : List.of("FILING", "REGISTRATION")) {
            UUID id = start(officer, route);
            String step = "/model-filings/" + id + "/steps/service";
            for (String typed : List.of("abc", "lingxi api", "https://lingxi api", "https://api.example.cn/"
                    + "v".repeat(200))) {
                int versions = versions(id);
                mvc.perform(post(step).with(user(officer)).with(csrf()).param("_version", String.valueOf(version(id)))
                        .param(endpoint, typed)).andExpect(status().is3xxRedirection());
                assertThat(versions(id)).as(typed).isEqualTo(versions);
                assertThat(storedEndpoint(id)).as(typed).isNull();
                for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
                    var field = org.jsoup.Jsoup.parse(page(officer, step, locale)).selectFirst("[name=" + endpoint + "]")
                            .closest(".field");
                    assertThat(field.selectFirst("input").val()).as(typed).isEqualTo(typed);
                    String error = field.select("p.field-error").text();
                    // For a screen reader too (found in a walk: red only): the input is marked and names its message.
                    assertThat(field.selectFirst("input").attr("aria-invalid")).as(typed).isEqualTo("true");
                    assertThat(field.select("#" + field.selectFirst("input").attr("aria-describedby")).text())
                            .as(typed).isEqualTo(error).isNotEmpty();
                    if (typed.length() > 200) {
                        assertThat(error).as(typed).contains("200");
                    }
                    else {
                        assertThat(error).as(typed).isEqualTo(locale == Locale.ENGLISH
                                ? "Enter a complete web address: starting with http:// or https://, with a domain and "
                                        + "no spaces, such as https://api.example.cn/v1/chat."
                                : "请填写完整的网址：以 http:// 或 https:// 开头，含域名，不含空格，例如 "
                                        + "https://api.example.cn/v1/chat。");
                    }
                }
            }
            // The review lists it, at its field.
            var review = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/review", Locale.ENGLISH));
            assertThat(review.select("#findings li").eachText()).anyMatch(item -> item.contains("Test API endpoint"));

            String address = "https://api.lingxi.example.cn/v1/chat";
            mvc.perform(post(step).with(user(officer)).with(csrf()).param("_version", String.valueOf(version(id)))
                    .param(endpoint, " " + address + " ")).andExpect(status().is3xxRedirection());
            assertThat(storedEndpoint(id)).isEqualTo(address);
            var field = org.jsoup.Jsoup.parse(page(officer, step, Locale.CHINA)).selectFirst("[name=" + endpoint + "]")
                    .closest(".field");
            assertThat(field.selectFirst("input").val()).isEqualTo(address);
            assertThat(field.selectFirst("input").attr("inputmode")).isEqualTo("url");
            assertThat(field.select("p.field-error, p.finding.error")).isEmpty();
            assertThat(field.selectFirst("input").hasAttr("aria-invalid")).isFalse();
            assertThat(jdbc.queryForObject("select typed_input::text from model_filing where id = ?", String.class, id))
                    .satisfiesAnyOf(typed -> assertThat(typed).isNull(),
                            typed -> assertThat(typed).doesNotContain(endpoint));

            // Second visit: the page's value posted back unchanged makes no version.
            long now = version(id);
            int versions = versions(id);
            mvc.perform(post(step).with(user(officer)).with(csrf()).param("_version", String.valueOf(now))
                    .param(endpoint, field.selectFirst("input").val())).andExpect(status().is3xxRedirection());
            assertThat(version(id)).isEqualTo(now);
            assertThat(versions(id)).isEqualTo(versions);

            // Saved before the field was checked: said at the field until corrected.
            jdbc.update("update model_filing set content = jsonb_set(content, '{model,service,testEndpoint}', "
                    + "'\"lingxi api\"'), version = version + 1 where id = ?", id);
            assertThat(org.jsoup.Jsoup.parse(page(officer, step, Locale.ENGLISH)).selectFirst("[name=" + endpoint + "]")
                    .closest(".field").select("p.finding").text())
                    .contains("The saved “lingxi api” is not in the form this field takes");
        }
    }

    /**
     * Found in a review: the audit log says it records every save, but a save whose only change was a value typed
     * invalidly (kept as typed, no version) wrote no entry, there nor in the filing's history. It is an entry of both,
     * in words in both languages, as is one taking such a value back; a second visit saving the step unchanged writes
     * nothing at all: no entry, no version, the same "updated". As in the algorithm filing.
     */
    @Test
    void aSaveOfOnlyAnInvalidValueIsInTheAuditLogAndAnUnchangedOneWritesNothing() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser admin = PortalUser.of(fixtures.admin());
        String endpoint = "model.service.testEndpoint";
        String address = "https://api.lingxi.example.cn/v1/chat";
        for (String route : List.of("FILING", "REGISTRATION")) {
            UUID id = start(officer, route);
            String step = "/model-filings/" + id + "/steps/service";
            mvc.perform(post(step).with(user(officer)).with(csrf()).param("_version", String.valueOf(version(id)))
                    .param(endpoint, address)).andExpect(status().is3xxRedirection());
            int versions = versions(id);
            int entries = logEntries(id);

            mvc.perform(post(step).with(user(officer)).with(csrf()).param("_version", String.valueOf(version(id)))
                    .param(endpoint, "lingxi api")).andExpect(status().is3xxRedirection());
            assertThat(versions(id)).as(route).isEqualTo(versions);
            assertThat(logEntries(id)).as(route).isEqualTo(entries + 1);
            assertThat(newestAuditEntry(admin, company, Locale.CHINA)).as(route)
                    .startsWith("保存服务与安全（有待更正的值）");
            assertThat(newestAuditEntry(admin, company, Locale.ENGLISH)).as(route)
                    .startsWith("Saved: Service and safety (values still to correct)");
            assertThat(newestHistoryEntry(officer, id, Locale.CHINA)).as(route).contains("保存服务与安全（有待更正的值）");

            // Second visit: the value is shown as typed, and the step saved as shown writes nothing.
            jdbc.update("update model_filing set updated_at = updated_at - interval '10 minutes' where id = ?", id);
            java.time.Instant updated = updatedAt(id);
            long version = version(id);
            postAsShown(officer, id, "service", java.util.Map.of()).andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("message", "wizard.unchangedWithProblems"));
            assertThat(org.jsoup.Jsoup.parse(page(officer, step, Locale.CHINA)).selectFirst("[name=" + endpoint + "]")
                    .val()).as(route).isEqualTo("lingxi api");
            assertThat(logEntries(id)).as(route).isEqualTo(entries + 1);
            assertThat(versions(id)).as(route).isEqualTo(versions);
            assertThat(version(id)).as(route).isEqualTo(version);
            assertThat(updatedAt(id)).as(route).isEqualTo(updated);

            // The stored address typed back: the invalid value is withdrawn, no version either.
            postAsShown(officer, id, "service", java.util.Map.of(endpoint, address))
                    .andExpect(status().is3xxRedirection());
            assertThat(logEntries(id)).as(route).isEqualTo(entries + 2);
            assertThat(versions(id)).as(route).isEqualTo(versions);
            assertThat(newestAuditEntry(admin, company, Locale.CHINA)).as(route)
                    .startsWith("保存服务与安全（撤回了有误的值）");
            assertThat(newestAuditEntry(admin, company, Locale.ENGLISH)).as(route)
                    .startsWith("Saved: Service and safety (invalid values withdrawn)");
        }
    }

    /** What the audit log's newest entry of the company says, as an administrator reads it. */
    private String newestAuditEntry(PortalUser admin, Company company, Locale locale) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(get("/audit").with(user(admin))
                        .param("companyId", company.getId().toString()).param("lang", locale.toLanguageTag()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("#audit tbody tr").first().select("td").last().text();
    }

    private String storedEndpoint(UUID id) {
        return jdbc.queryForObject("select content -> 'model' -> 'service' ->> 'testEndpoint' from model_filing "
                + "where id = ?", String.class, id);
    }

    /**
     * Found in a walk: a registration named itself after the filed model it calls ("DeepSeek-V3"), so two apps calling
     * the same model looked alike. A registration is named after its service; the model's field says what it asks.
     */
    @Test
    void aRegistrationIsNamedAfterItsService() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "REGISTRATION");
        org.jsoup.nodes.Document basic = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/steps/basic",
                Locale.CHINA));
        assertThat(basic.text()).contains("所调用的他人已备案模型，在“调用的已备案模型”一步填写");
        mvc.perform(post("/model-filings/" + id + "/steps/basic").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.basics.modelName", "DeepSeek-V3")
                .param("model.basics.serviceName", "灵犀写作助手")).andExpect(status().is3xxRedirection());
        var zipped = mvc.perform(get("/model-filings/" + id + "/dossier.zip").with(user(officer))).andReturn()
                .getResponse();
        assertThat(zipped.getHeader("Content-Disposition"))
                .contains(java.net.URLEncoder.encode("灵犀写作助手", StandardCharsets.UTF_8).replace("+", "%20"))
                .doesNotContain("DeepSeek");
        // Inside too: the manifest names the registration by its service and keeps the model's own name apart.
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()),
                StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals("manifest.json")) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .contains("\"name\": \"灵犀写作助手\"", "\"model\": \"DeepSeek-V3\"");
                }
            }
        }
    }

    /** Found in a walk: the non-refusal bank's accepted topic names had to be guessed from the error. */
    @Test
    void theListsPageNamesTheNonRefusalTopics() throws Exception {
        PortalUser officer = PortalUser.of(fixtures.officer(fixtures.company()));
        UUID id = start(officer, "FILING");
        org.jsoup.nodes.Document lists = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/lists",
                Locale.CHINA));
        assertThat(lists.select("#non-refusal-topics").text()).startsWith("“方面”一列按以下名称填写：我国制度、信仰、")
                .endsWith("健康。");
    }

    private String docxText(PortalUser reader, UUID id) throws Exception {
        return wordText(mvc.perform(get("/model-filings/" + id + "/documents/form.docx").with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    /** The text of a DOCX's body, its runs joined. */
    private static String wordText(byte[] docx) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        return "";
    }

    @Test
    void theReviewPageListsTheDocumentsAndTheZipHoldsThem() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        String review = page(officer, "/model-filings/" + id + "/review", Locale.CHINA);
        assertThat(review).contains("生成式人工智能服务安全评估报告", "尚未上传此清单", "此项为必填项");
        // Downloaded like the algorithm filing's (found in a walk: it replaced the review page), inline when asked.
        mvc.perform(get("/model-filings/" + id + "/documents/report.pdf").with(user(officer)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get("/model-filings/" + id + "/documents/report.pdf").param("inline", "true")
                        .with(user(officer)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
        mvc.perform(get("/model-filings/" + id + "/documents/called.pdf").with(user(officer)))
                .andExpect(status().isNotFound());
        // A document in the other language leaves the user's language alone (found in a walk: the pages after an
        // English document were English, for the browser and the account).
        mvc.perform(get("/model-filings/" + id + "/documents/report.pdf").param("lang", "en").with(user(officer))
                        .cookie(new jakarta.servlet.http.Cookie("FILING_LANG", "zh-CN")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie()
                        .doesNotExist("FILING_LANG"));
        assertThat(jdbc.queryForObject("select language from app_user where username = ?", String.class,
                officer.getUsername())).isNotEqualTo("en");
        byte[] zip = mvc.perform(get("/model-filings/" + id + "/dossier.zip").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("0_生成式人工智能服务上线备案表.pdf", "4_拦截关键词列表.xlsx", "5_评估测试题.xlsx",
                "manifest.json");
        // Opened again unchanged: served as rendered; after a save or an upload, rendered anew.
        long before = filings.renders();
        mvc.perform(get("/model-filings/" + id + "/documents/report.pdf").with(user(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/model-filings/" + id + "/dossier.zip").with(user(officer))).andExpect(status().isOk());
        assertThat(filings.renders()).isEqualTo(before);
        mvc.perform(post("/model-filings/" + id + "/steps/basic").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.basics.modelName", "改过的模型"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/model-filings/" + id + "/documents/report.pdf").with(user(officer)))
                .andExpect(status().isOk());
        assertThat(filings.renders()).isEqualTo(before + 1);
        mvc.perform(multipart("/model-filings/" + id + "/lists/keywords").file(new MockMultipartFile("file",
                "关键词.xlsx", "application/octet-stream", keywordsXlsx(1, 1, 0))).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/model-filings/" + id + "/documents/report.pdf").with(user(officer)))
                .andExpect(status().isOk());
        assertThat(filings.renders()).isEqualTo(before + 2);
    }

    /**
     * Found in a walk: a service writing with one filed model and drawing with another could name only one. A further
     * model is a row added, filled, checked, kept as typed when invalid, saved unchanged without a version, removed.
     */
    @Test
    void aRegistrationNamesEachFurtherModelItCallsInARow() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "REGISTRATION");
        String step = "/model-filings/" + id + "/steps/called";
        assertThat(page(officer, step, Locale.CHINA)).contains("同时调用的其他已备案模型（如有）", "添加其他已备案模型")
                .doesNotContain("model.called.others[0]");
        var adding = postAsShown(officer, id, "called", java.util.Map.of("model.called.modelName", "云雀大模型",
                "_action", "add:model.called.others")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(adding.getResponse().getRedirectedUrl()).startsWith(step + "#");
        // The row just added is not called missing on the page that shows it first; the checklist names it.
        org.jsoup.nodes.Document withRow = org.jsoup.Jsoup.parse(mvc.perform(get(step).with(user(officer))
                .param("lang", "zh-CN").flashAttrs(adding.getFlashMap())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(withRow.select(".row-card .field-error, .row-card .finding")).isEmpty();
        assertThat(withRow.select("#added-row-waiting").text()).contains("新添加的一行尚待填写", "6");
        assertThat(withRow.select("#checklist").text()).doesNotContain("其他已备案模型 1）");
        assertThat(withRow.select(".row-title").eachText()).contains("其他已备案模型 1");
        assertThat(withRow.select("[name='model.called.others[0].filingNumber']")).hasSize(1);
        assertThat(withRow.select("[name='model.called.modelName']").val()).isEqualTo("云雀大模型");

        java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("model.called.others[0].modelName", "万相绘图大模型");
        row.put("model.called.others[0].filer", "杭州某智能有限公司");
        row.put("model.called.others[0].filingNumber", "万相123");
        row.put("model.called.others[0].callMethod", "API");
        row.put("model.called.others[0].unmodified", "true");
        row.put("model.called.others[0].contract", "2026年4月签订的图片生成接口合同");
        postAsShown(officer, id, "called", row).andExpect(status().is3xxRedirection());
        org.jsoup.nodes.Document typed = org.jsoup.Jsoup.parse(page(officer, step, Locale.CHINA));
        assertThat(typed.select("[name='model.called.others[0].filingNumber']").val()).isEqualTo("万相123");
        assertThat(typed.select("[name='model.called.others[0].modelName']").val()).isEqualTo("万相绘图大模型");
        assertThat(typed.select(".field-error").text()).contains("备案编号格式应为");
        // The checklist names a row's field with its row (it said "其他" for each).
        assertThat(typed.select("#checklist").text()).contains("模型备案编号（其他已备案模型 1）")
                .doesNotContain("其他:").doesNotContain("其他：");
        assertThat(typed.selectFirst("[name='model.called.others[0].callMethodOther']").closest("[data-shown-with]")
                .hasAttr("hidden")).as("another way of calling is not asked after API").isTrue();
        // The first model's the same way, beside its own answer (it showed always).
        org.jsoup.nodes.Element firstOther = typed.selectFirst("[name='model.called.callMethodOther']")
                .closest("[data-shown-with]");
        assertThat(firstOther.attr("data-shown-with")).isEqualTo("f-model-called-callMethod");
        assertThat(firstOther.attr("data-shown-for")).isEqualTo("OTHER");
        assertThat(firstOther.hasAttr("hidden")).isTrue();

        postAsShown(officer, id, "called", java.util.Map.of("model.called.others[0].filingNumber",
                "Zhejiang-WanXiang-20240110")).andExpect(status().is3xxRedirection());
        assertThat(ModelFilingService.tree(filings.get(id, officer)).get("model.called.others[0].filingNumber")
                .asString()).isEqualTo("Zhejiang-WanXiang-20240110");
        int before = versions(id);
        postAsShown(officer, id, "called", java.util.Map.of()).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "wizard.unchanged"));
        assertThat(versions(id)).as("versions after an unchanged save").isEqualTo(before);
        String pageAfter = page(officer, step, Locale.CHINA);
        assertThat(pageAfter).contains("Zhejiang-WanXiang-20240110", "2026年4月签订的图片生成接口合同")
                .doesNotContain("model.called.others[0].filingNumber.")
                .doesNotContain("rule.");

        // The version's changes name a row's field with its row (found in a walk: they read as the first model's).
        postAsShown(officer, id, "called", java.util.Map.of("model.called.others[0].contract", "2026年5月补充协议"))
                .andExpect(status().is3xxRedirection());
        long edited = jdbc.queryForObject("select max(id) from change_log where model_filing_id = ? "
                + "and snapshot is not null", Long.class, id);
        String changes = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history/" + edited,
                Locale.CHINA)).select("#diff").text();
        assertThat(changes).contains("调用合同（双方、日期、范围）（其他已备案模型 1）", "2026年5月补充协议");

        postAsShown(officer, id, "called", java.util.Map.of("_action", "remove:model.called.others:0"))
                .andExpect(status().is3xxRedirection());
        assertThat(ModelFilingService.tree(filings.get(id, officer)).get("model.called.others").isEmpty()).isTrue();
        assertThat(ModelFilingService.tree(filings.get(id, officer)).get("model.called.modelName").asString())
                .isEqualTo("云雀大模型");
    }

    @Test
    void aRegistrationChecksTheFiledModelsNumberForItsShape() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "REGISTRATION");
        mvc.perform(post("/model-filings/" + id + "/steps/called").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.called.filingNumber", "网信算备123")
                .param("model.called.unmodified", "false")).andExpect(status().is3xxRedirection());
        String page = page(officer, "/model-filings/" + id + "/steps/called", Locale.CHINA);
        assertThat(page).contains("Beijing-YunQue-20230821", "须办理生成式人工智能服务备案");
        // The algorithm filing it cites is checked for the shape of an algorithm filing number, kept as typed.
        mvc.perform(post("/model-filings/" + id + "/steps/basic").with(user(officer)).with(csrf())
                .param("_version", String.valueOf(version(id))).param("model.basics.algorithmFilingNumber", "ABC"))
                .andExpect(status().is3xxRedirection());
        String basic = page(officer, "/model-filings/" + id + "/steps/basic", Locale.CHINA);
        assertThat(basic).contains("value=\"ABC\"", "field-error");
        mvc.perform(get("/model-filings/" + id + "/steps/development").with(user(officer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheCompanysOfficerAndAssignedConsultantsReachIt() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        PortalUser outsider = PortalUser.of(fixtures.consultant(fixtures.company()));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        PortalUser admin = PortalUser.of(fixtures.admin());
        for (String url : List.of("/steps/basic", "/lists", "/review", "/history", "/dossier.zip",
                "/documents/form.pdf", "/sheets/keywords.xlsx")) {
            for (PortalUser other : List.of(stranger, outsider, admin)) {
                mvc.perform(get("/model-filings/" + id + url).with(user(other))).andExpect(status().isNotFound());
            }
            mvc.perform(get("/model-filings/" + id + url).with(user(consultant))).andExpect(status().isOk());
        }
        mvc.perform(post("/model-filings/" + id + "/steps/basic").with(user(stranger)).with(csrf())
                .param("model.basics.modelName", "x")).andExpect(status().isNotFound());
    }

    @Test
    void theApiListsModelFilingsWithTheirKindAndServesTheirZip() throws Exception {
        Company company = fixtures.company();
        UserAccount account = fixtures.officer(company);
        PortalUser officer = PortalUser.of(account);
        fixtures.filing(company, "接口算法");
        UUID id = start(officer, "REGISTRATION");
        String token = "Bearer " + tokens.create(account.getId(), "test");
        String list = mvc.perform(get("/api/v1/filings").header("Authorization", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("\"kind\":\"ALGORITHM\"", "\"algorithmName\":\"接口算法\"",
                "\"kind\":\"MODEL_REGISTRATION\"", "/api/v1/filings/" + id + "/dossier.zip");
        // Paged in the statements, algorithm filings first: a page across the two kinds has the last algorithm
        // filing and the registration; the status is matched in any case.
        fixtures.filing(company, "接口算法二");
        fixtures.filing(company, "接口算法三");
        mvc.perform(get("/api/v1/filings").param("page", "1").param("size", "2").param("status", "draft")
                        .header("Authorization", token))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "4"))
                .andExpect(header().doesNotExist("Link"))
                .andExpect(jsonPath("$[*].kind", org.hamcrest.Matchers.contains("ALGORITHM", "MODEL_REGISTRATION")))
                .andExpect(jsonPath("$[0].algorithmName").value("接口算法"))
                .andExpect(jsonPath("$[1].id").value(id.toString()))
                .andExpect(jsonPath("$[1].status").value("DRAFT"));
        mvc.perform(get("/api/v1/filings").param("page", "0").param("size", "2").header("Authorization", token))
                .andExpect(jsonPath("$[*].algorithmName", org.hamcrest.Matchers.contains("接口算法三", "接口算法二")))
                .andExpect(header().string("Link", "</api/v1/filings?page=1&size=2>; rel=\"next\""));
        mvc.perform(get("/api/v1/filings").param("page", "2").param("size", "2").header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$", org.hamcrest.Matchers.hasSize(0)));
        mvc.perform(get("/api/v1/filings/" + id + "/dossier.zip").header("Authorization", token))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"));
        String other = "Bearer " + tokens.create(fixtures.officer(fixtures.company()).getId(), "test");
        mvc.perform(get("/api/v1/filings/" + id + "/dossier.zip").header("Authorization", other))
                .andExpect(status().isNotFound());
        // Its other addresses say what the API offers of it (a walk read "no such resource"); to a stranger, nothing.
        assertThat(mvc.perform(get("/api/v1/filings/" + id).header("Authorization", token)
                        .header("Accept-Language", "en")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("large-model filing or registration", "dossier.zip");
        assertThat(mvc.perform(get("/api/v1/filings/" + id + "/findings").header("Authorization", other)
                        .header("Accept-Language", "en")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("large-model").contains("No such resource");
        assertThat(filings.visible(officer)).extracting(ModelFilingRecord::getRoute)
                .containsExactly(ModelFilingRoute.REGISTRATION);
    }

    @Test
    void pagesSpeakInWordsInBothLanguages() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        UUID id = start(officer, "FILING");
        for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
            for (String url : List.of("/model-filings/new", "/model-filings/" + id + "/steps/basic",
                    "/model-filings/" + id + "/steps/assessment", "/model-filings/" + id + "/steps/development",
                    "/model-filings/" + id + "/lists", "/model-filings/" + id + "/review",
                    "/model-filings/" + id + "/history", "/filings")) {
                String html = page(officer, url, locale).replaceAll("(?s)<(input|select|option|textarea|form|a|button|"
                        + "fieldset|div|p|label|nav|section|span|li|tr|td|th|progress|table|ul|aside|small)[^>]*>", "");
                assertThat(html).as(url + " " + locale).doesNotContainPattern(
                        "modelFiling\\.|modelStep\\.|field\\.model|clause\\.[A-Z]|MODEL_[A-Z]|\\bFILING\\b|rule\\.model"
                                + "|CONFORMS|DIALOGUE|\\?\\?");
            }
        }
        // Who did what, by name.
        org.jsoup.nodes.Document history = org.jsoup.Jsoup.parse(page(officer, "/model-filings/" + id + "/history",
                Locale.CHINA));
        assertThat(history.select("#history tbody td:nth-child(2)").eachText()).isNotEmpty().containsOnly("Officer");
    }
}
