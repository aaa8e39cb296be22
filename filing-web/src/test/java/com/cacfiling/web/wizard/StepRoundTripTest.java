package com.cacfiling.web.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.ProductsAndFunctions;
import com.cacfiling.domain.filing.Step3;
import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.filing.RoleChoice;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second visit: open a step, submit it exactly as a browser would without touching anything, and nothing
 * stored changes — not a value, not a version, no new history entry. For every step, every role (provider,
 * supporter, both) and the demo and maximal dossiers, and as a property over random dossiers from the catalogue.
 */
@PortalTest
class StepRoundTripTest {

    private static final List<String> FORM_STEPS = List.of("entity", "basic", "detailed", "assessment", "step3");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    private record Subject(PortalUser officer, List<FilingRecord> filings) {
    }

    @Test
    void theDemoDossierSurvivesAnUnchangedSaveOfEveryStepInEveryRole() throws Exception {
        for (RoleChoice choice : RoleChoice.values()) {
            Dossier provider = withUniqueCreditCode(SampleDossiers.completeProvider());
            Step3 support = SampleDossiers.supportPlan();
            Subject subject = seed(choice, new CatalogueDossiers.Parts(provider.entity(),
                    provider.filing().algorithm().profile(), provider.filing().step3()), support);
            everyStepRoundTrips(subject);
        }
    }

    @Test
    void theMaximalDossierSurvivesAnUnchangedSaveOfEveryStepInEveryRole() throws Exception {
        for (RoleChoice choice : RoleChoice.values()) {
            CatalogueDossiers maximal = new CatalogueDossiers(choice.ordinal(), 1.0);
            CatalogueDossiers.Parts provider = maximal.next(FilingRole.SERVICE_PROVIDER);
            Step3 support = maximal.next(FilingRole.TECHNICAL_SUPPORTER).step3();
            if (choice == RoleChoice.TECHNICAL_SUPPORTER) {
                provider = new CatalogueDossiers.Parts(provider.entity(), provider.algorithm(), support);
            }
            assertThat(((ProductsAndFunctions) maximal.next(FilingRole.SERVICE_PROVIDER).step3()).products())
                    .hasSize(3);
            everyStepRoundTrips(seed(choice, provider, support));
        }
    }

    @Test
    void randomDossiersFromTheCatalogueSurviveTheFormUnchanged() {
        qt().withExamples(40).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            CatalogueDossiers random = new CatalogueDossiers(seed, 0.6);
            FilingRole role = seed % 2 == 0 ? FilingRole.SERVICE_PROVIDER : FilingRole.TECHNICAL_SUPPORTER;
            CatalogueDossiers.Parts parts = random.next(role);
            try {
                everyStepRoundTrips(seed(role == FilingRole.SERVICE_PROVIDER ? RoleChoice.SERVICE_PROVIDER
                        : RoleChoice.TECHNICAL_SUPPORTER, parts, parts.step3()));
            }
            catch (Exception ex) {
                throw new AssertionError("seed " + seed, ex);
            }
        });
    }

    private void everyStepRoundTrips(Subject subject) throws Exception {
        for (FilingRecord filing : subject.filings()) {
            for (String step : FORM_STEPS) {
                String before = snapshot(filing.getId(), subject.officer());
                Map<String, List<String>> submission = browserSubmission(mvc.perform(
                        get("/filings/{id}/steps/{step}", filing.getId(), step).with(user(subject.officer())))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
                MockHttpServletRequestBuilder save = post("/filings/{id}/steps/{step}", filing.getId(), step)
                        .with(user(subject.officer())).with(csrf());
                submission.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
                // Saved as shown: nothing changes, and the page says so rather than "saved".
                mvc.perform(save).andExpect(status().is3xxRedirection())
                        .andExpect(flash().attribute("message", "wizard.unchanged"));
                String after = snapshot(filing.getId(), subject.officer());
                assertThat(changedLines(before, after))
                        .as("%s of the %s filing after an unchanged save", step, filing.getRole()).isEmpty();
            }
        }
    }

    /** What a browser sends for the page's step form when the user presses 保存草稿 without changing anything. */
    static Map<String, List<String>> browserSubmission(String html) {
        return browserSubmission(html, "form.step-form");
    }

    static Map<String, List<String>> browserSubmission(String html, String formSelector) {
        Element form = Jsoup.parse(html).selectFirst(formSelector);
        assertThat(form).as("the form " + formSelector).isNotNull();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element element : form.select("input, select, textarea")) {
            String name = element.attr("name");
            if (name.isEmpty() || element.hasAttr("disabled")) {
                continue;
            }
            List<String> values = fields.computeIfAbsent(name, key -> new ArrayList<>());
            switch (element.tagName()) {
                case "select" -> {
                    Element chosen = element.selectFirst("option[selected]");
                    values.add((chosen != null ? chosen : element.selectFirst("option")).attr("value"));
                }
                case "textarea" -> {
                    String text = element.wholeText();
                    // The parser drops one line break right after <textarea>; browsers send CRLF line breaks.
                    values.add((text.startsWith("\n") ? text.substring(1) : text).replace("\n", "\r\n"));
                }
                default -> {
                    String type = element.attr("type");
                    if (type.equals("submit") || type.equals("file")) {
                        fields.remove(name);
                    }
                    else if (type.equals("checkbox") || type.equals("radio")) {
                        if (element.hasAttr("checked")) {
                            values.add(element.attr("value"));
                        }
                    }
                    else {
                        values.add(element.attr("value"));
                    }
                }
            }
        }
        fields.values().removeIf(List::isEmpty);
        fields.put("_action", List.of("save"));
        return fields;
    }

    /** The lines that differ, as "- before" and "+ after", for a readable failure. */
    private static List<String> changedLines(String before, String after) {
        List<String> a = List.of(before.split("\n"));
        List<String> b = List.of(after.split("\n"));
        List<String> changed = new ArrayList<>();
        a.stream().filter(line -> !b.contains(line)).forEach(line -> changed.add("- " + line.strip()));
        b.stream().filter(line -> !a.contains(line)).forEach(line -> changed.add("+ " + line.strip()));
        if (changed.isEmpty() && !before.equals(after)) {
            changed.add("(same lines, other order)");
        }
        return changed;
    }

    /** Everything a save could change: the dossier, the typed values and the versions of the three records. */
    private String snapshot(UUID filingId, PortalUser officer) {
        FilingRecord record = filings.get(filingId, officer);
        return DossierJson.write(filings.dossierOf(record)) + "\n" + record.getCompany().getTypedInput()
                + record.getAlgorithm().getTypedInput() + record.getTypedInput() + "\nversions "
                + record.getCompany().getVersion() + "/" + record.getAlgorithm().getVersion() + "/"
                + record.getVersion();
    }

    private Subject seed(RoleChoice choice, CatalogueDossiers.Parts parts, Step3 supportPlan) {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        List<FilingRecord> created = filings.create(officer, company.getId(), "往返算法", choice);
        for (FilingRecord filing : created) {
            Step3 step3 = filing.getRole() == FilingRole.SERVICE_PROVIDER ? parts.step3() : supportPlan;
            fixtures.fill(filing, officer, parts.entity(), parts.algorithm(), step3);
        }
        return new Subject(officer, created.stream().map(f -> filings.get(f.getId(), officer)).toList());
    }

    private static Dossier withUniqueCreditCode(Dossier dossier) {
        return DossierJson.read(TestFixtures.sampleJson(dossier));
    }
}
