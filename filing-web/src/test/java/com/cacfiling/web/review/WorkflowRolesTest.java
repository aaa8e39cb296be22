package com.cacfiling.web.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static com.cacfiling.web.filing.FilingScenarios.bringTo;
import static com.cacfiling.web.filing.FilingScenarios.completeFiling;
import static com.cacfiling.web.filing.FilingScenarios.uniqueFilingNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, item 2: every workflow action for every role. The CAC's outcome is recorded by the consultant, or by an
 * officer of a company whose administrator allowed it; reviewing is the consultant's; administrators and other
 * companies' officers do not reach the filing at all.
 */
@PortalTest
class WorkflowRolesTest {

    /** What the CAC did is recorded after it happened: days before today, in the portal's zone. */
    private static final String DAYS_AGO_40 = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
            .minusDays(40).toString();
    private static final String DAYS_AGO_30 = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
            .minusDays(30).toString();
    /** A service ends after its filing's approval (FilingScenarios approves 45 days ago). */
    private static final String DAYS_AGO_3 = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
            .minusDays(3).toString();

    enum Role { OFFICER, PERMITTED_OFFICER, CONSULTANT, ADMIN, OTHER_COMPANY_OFFICER }

    /** An action: the state it starts from, the state it leads to, its request. */
    record Action(String path, FilingStatus from, FilingStatus to, Map<String, String> params) {
    }

    static final List<Action> ACTIONS = List.of(
            new Action("submit-for-review", FilingStatus.DRAFT, FilingStatus.IN_REVIEW, Map.of()),
            new Action("return", FilingStatus.IN_REVIEW, FilingStatus.RETURNED, Map.of("reason", "见批注")),
            new Action("ready", FilingStatus.IN_REVIEW, FilingStatus.READY, Map.of()),
            new Action("reopen", FilingStatus.RETURNED, FilingStatus.DRAFT, Map.of()),
            new Action("submission", FilingStatus.READY, FilingStatus.SUBMITTED, Map.of("submittedOn", DAYS_AGO_40)),
            new Action("approval", FilingStatus.SUBMITTED, FilingStatus.APPROVED, Map.of("approvedOn", DAYS_AGO_30)),
            new Action("cac-return", FilingStatus.SUBMITTED, FilingStatus.RETURNED_BY_CAC,
                    Map.of("reason", "材料不全")),
            new Action("cancel", FilingStatus.APPROVED, FilingStatus.CANCELLED,
                    Map.of("serviceEndedOn", DAYS_AGO_3, "reason", "服务下线")),
            new Action("change", FilingStatus.APPROVED, FilingStatus.APPROVED, Map.of()));

    static final Set<String> REVIEW = Set.of("return", "ready");
    static final Set<String> CAC_OUTCOME = Set.of("submission", "approval", "cac-return");

    static boolean allowed(String action, Role role) {
        return switch (role) {
            case ADMIN, OTHER_COMPANY_OFFICER -> false;
            case CONSULTANT -> true;
            case OFFICER -> !REVIEW.contains(action) && !CAC_OUTCOME.contains(action);
            case PERMITTED_OFFICER -> !REVIEW.contains(action);
        };
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    CompanyRepository companies;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyActionForEveryRole() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Action action : ACTIONS) {
            for (Role role : Role.values()) {
                Company company = fixtures.company();
                PortalUser officer = PortalUser.of(fixtures.officer(company));
                PortalUser consultant = PortalUser.of(fixtures.consultant(company));
                if (role == Role.PERMITTED_OFFICER) {
                    transaction.executeWithoutResult(status -> companies.findById(company.getId()).orElseThrow()
                            .allowOfficersToRecordCacOutcome(true));
                }
                FilingRecord filing = completeFiling(fixtures, filings, company, officer);
                bringTo(filings, consultant, filing, action.from());
                PortalUser actor = switch (role) {
                    case OFFICER, PERMITTED_OFFICER -> officer;
                    case CONSULTANT -> consultant;
                    case ADMIN -> PortalUser.of(fixtures.admin());
                    case OTHER_COMPANY_OFFICER -> PortalUser.of(fixtures.officer(fixtures.company()));
                };
                MockHttpServletRequestBuilder request = post("/filings/{id}/" + action.path(), filing.getId())
                        .with(user(actor)).with(csrf());
                action.params().forEach(request::param);
                if (action.path().equals("approval")) {
                    request.param("filingNumber", uniqueFilingNumber().value());
                }
                int visibleBefore = filings.visibleFilings(officer).size();
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                FilingStatus after = filings.get(filing.getId(), officer).getStatus();
                boolean moved = action.path().equals("change")
                        ? filings.visibleFilings(officer).size() == visibleBefore + 1 : after == action.to();
                String label = action.path() + " × " + role;
                if (allowed(action.path(), role)) {
                    if (status != 302 || !moved) {
                        failures.add(label + " should be allowed: " + status + ", " + after);
                    }
                }
                else {
                    int expected = role == Role.OFFICER ? (REVIEW.contains(action.path()) ? 404 : 403) : 404;
                    if (status != expected || after != action.from()
                            || action.path().equals("change") && moved) {
                        failures.add(label + " should be " + expected + ": " + status + ", " + after);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anAdministratorAllowsOfficersToRecordTheCacOutcomeAndItIsAudited() throws Exception {
        Company company = fixtures.company();
        PortalUser admin = PortalUser.of(fixtures.admin());
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = completeFiling(fixtures, filings, company, officer);
        bringTo(filings, officer, filing, FilingStatus.READY);
        mvc.perform(get("/filings/{id}/workflow", filing.getId()).with(user(officer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("record-submission"))));

        mvc.perform(post("/admin/companies/{id}/cac-outcome", company.getId()).param("allowed", "true")
                .with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(companies.findById(company.getId()).orElseThrow().isOfficersRecordCacOutcome()).isTrue();
        assertThat(changeLog.audit(null, company.getId(), 10, 0))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("CAC_OUTCOME_BY_OFFICERS"));
        mvc.perform(get("/admin/companies").with(user(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("cac-outcome")));
        mvc.perform(get("/filings/{id}/workflow", filing.getId()).with(user(officer)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("record-submission")));

        mvc.perform(post("/admin/companies/{id}/cac-outcome", company.getId()).with(user(admin)).with(csrf()));
        assertThat(companies.findById(company.getId()).orElseThrow().isOfficersRecordCacOutcome()).isFalse();
        mvc.perform(post("/filings/{id}/submission", filing.getId()).param("submittedOn", DAYS_AGO_40)
                .with(user(officer)).with(csrf())).andExpect(status().isForbidden());
    }
}
