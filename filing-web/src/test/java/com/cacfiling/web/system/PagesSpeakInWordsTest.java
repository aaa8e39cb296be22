package com.cacfiling.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.algorithm.MeasureKind;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages speak in words: every page of a filing with findings of every kind, and the lists around it, in Chinese and
 * English, shows no message key, no {@code ??key??} marker, no enum constant and no field path.
 */
@PortalTest
class PagesSpeakInWordsTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile(
            "\\b(field|rule|wizard|group|form|review|status|role|action|transition|measure|risk|flowKind|policy|"
                    + "severity|regulation|workflow|history|inbox|dashboard|admin|doc|report|entity|algorithm|step3|"
                    + "filing|identifier|company|user|evidence|error|securityAssessment|triage|obligation)\\.[A-Za-z][A-Za-z.\\[\\]0-9]*");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern MISSING = Pattern.compile("\\?\\?[^?]*\\?\\?");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    com.cacfiling.web.triage.Services services;

    @Test
    void everyPageOfAFilingWithFindingsReadsInWordsInBothLanguages() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.fillWithDemo(
                fixtures.filing(company, "用词算法", FilingRole.SERVICE_PROVIDER), officer);
        // Findings whose messages carry codes and paths: a measure without evidence, a format without its
        // modality, a text repeated in two fields.
        filings.updateAlgorithm(officer, filing.getId(), filings.get(filing.getId(), officer).getAlgorithm().getVersion(),
                profile -> withProblems(profile));
        mvc.perform(post("/filings/{id}/submit-for-review", filing.getId()).with(user(officer)).with(csrf()));
        // Returned with a field comment: the return notice, the step counts and the comment states are on the pages.
        filings.transition(officer, filing.getId(), (f, a) -> {
            if (f.status() == com.cacfiling.domain.filing.FilingStatus.DRAFT) {
                f.submitForReview(a);
            }
            f.returnForRework(a, "请更正主体信息");
        });
        mvc.perform(post("/filings/{id}/comments", filing.getId()).with(user(consultant)).with(csrf())
                .param("fieldPath", "entity.creditCode").param("body", "请核对代码。"));
        List<String> pages = List.of("/filings", "/filings/new", "/inbox", "/profile",
                "/filings/" + filing.getId() + "/confirm/submit-for-review",
                "/filings/" + filing.getId() + "/confirm/return?reason=x",
                "/filings/" + filing.getId() + "/confirm/cancel",
                "/filings/" + filing.getId() + "/steps/entity", "/filings/" + filing.getId() + "/steps/basic",
                "/filings/" + filing.getId() + "/steps/detailed", "/filings/" + filing.getId() + "/steps/assessment",
                "/filings/" + filing.getId() + "/steps/step3", "/filings/" + filing.getId() + "/steps/review",
                "/filings/" + filing.getId() + "/workflow", "/filings/" + filing.getId() + "/history");
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (PortalUser who : List.of(officer, consultant)) {
                for (String page : pages) {
                    String html = mvc.perform(get(page).with(user(who)).locale(locale)
                            .param("lang", locale.equals(Locale.ENGLISH) ? "en" : "zh-CN"))
                            .andReturn().getResponse().getContentAsString();
                    String text = Jsoup.parse(html).body().text();
                    for (Pattern pattern : List.of(MESSAGE_KEY, ENUM_CONSTANT, MISSING)) {
                        Matcher matcher = pattern.matcher(text);
                        while (matcher.find()) {
                            // File names the user gave their evidence are the user's words.
                            if (!matcher.group().matches(".*\\.(png|jpe?g|pdf)")) {
                                problems.add(locale + " " + page + ": " + matcher.group());
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A service's result and its security assessment report with findings of every kind (missing parts, a date typed
     * wrongly, a measure partly in place without its remedy, another with one), for an officer and a consultant.
     */
    @Test
    void aServicesSecurityAssessmentReadsInWordsInBothLanguages() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        UUID service = services.create(officer, company.getId(), "用词服务", null);
        services.saveAnswers(officer, service, services.get(service, officer).version(),
                com.cacfiling.web.TestFixtures.SELF_BUILT_CHAT);
        mvc.perform(post("/services/{id}/security-assessment", service).with(user(officer)).with(csrf())
                .param("version", "0").param("functions", "对话").param("assessedOn", "2026-13-45")
                .param("assessor", "THIRD_PARTY").param("measures[COMPLAINTS].state", "PARTLY")
                .param("measures[POLICE_SUPPORT].state", "NOT_IN_PLACE")
                .param("measures[POLICE_SUPPORT].situation", "尚未建立").param("measures[POLICE_SUPPORT].remedy", "下月建立")
                .param("submittedOn", "2099-01-01"));
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (PortalUser who : List.of(officer, consultant)) {
                for (String page : List.of("/services/" + service, "/services/" + service + "/security-assessment",
                        "/obligations?serviceId=" + service + "&show=all")) {
                    String html = mvc.perform(get(page).with(user(who)).locale(locale)
                            .param("lang", locale.equals(Locale.ENGLISH) ? "en" : "zh-CN"))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                    String text = Jsoup.parse(html).body().text();
                    for (Pattern pattern : List.of(MESSAGE_KEY, ENUM_CONSTANT, MISSING)) {
                        Matcher matcher = pattern.matcher(text);
                        while (matcher.find()) {
                            problems.add(locale + " " + page + ": " + matcher.group());
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static AlgorithmProfile withProblems(AlgorithmProfile profile) {
        var details = profile.details();
        var data = details.data();
        var formats = new ArrayList<>(data.outputFormats());
        formats.add("MP3");
        var changedData = new com.cacfiling.domain.algorithm.AlgorithmData(data.inputModalities(),
                data.inputBiometric(), data.inputIdentity(), data.outputModalities(), formats, data.outputFileSize(),
                data.batchOutput(), data.biometricSeparateConsent());
        var assessment = profile.assessment();
        var risks = new ArrayList<>(assessment.risks());
        risks.add(new RiskAssessment(RiskCategory.ABUSE, "滥用风险",
                List.of(new RiskMeasure(MeasureKind.CONTENT_GOVERNANCE, "人工审核", List.of()))));
        var changedAssessment = new com.cacfiling.domain.algorithm.SelfAssessment(assessment.flow(),
                assessment.scope(), assessment.servedUsers(), assessment.userCount(),
                assessment.servedCustomers(), assessment.customerCount(), assessment.socialImpact(),
                assessment.softwareHardware(), assessment.deploymentLocation(), assessment.otherDescription(),
                assessment.scope(), assessment.modelDescription(), assessment.interventionStrategy(),
                assessment.resultLabelling(), risks, assessment.evidence(), assessment.assessmentDate(),
                assessment.reportDate(), assessment.conclusion(), assessment.otherMatters());
        return profile.withDetails(details.withData(changedData)).withAssessment(changedAssessment);
    }
}
