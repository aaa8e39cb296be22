package com.cacfiling.web.filing;

import java.util.List;
import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.CompanyAccess;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FilingService asks "may this user reach this filing" inside its load statement; CompanyAccess decides it for
 * everything else. For every kind of user and every filing they do or do not share, both must say the same.
 */
@PortalTest
class AccessRulesAgreeTest {

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    CompanyAccess access;

    @Test
    void theFilingServiceReachesExactlyTheFilingsOfTheCompaniesCompanyAccessAllows() {
        Company a = fixtures.company();
        Company b = fixtures.company();
        Company c = fixtures.company();
        List<FilingRecord> all = List.of(fixtures.filing(a, "可达性A"), fixtures.filing(b, "可达性B"),
                fixtures.filing(c, "可达性C"));
        List<PortalUser> users = List.of(TestFixtures.principal(fixtures.officer(a)),
                TestFixtures.principal(fixtures.officer(c)), TestFixtures.principal(fixtures.consultant(a, b)),
                TestFixtures.principal(fixtures.consultant()), TestFixtures.principal(fixtures.admin()));
        int reached = 0;
        for (PortalUser user : users) {
            for (FilingRecord filing : all) {
                UUID companyId = filing.getCompany().getId();
                boolean allowed = access.companyIds(user).contains(companyId);
                String what = user.getUsername() + " (" + user.role() + ") -> filing of company " + companyId;
                if (allowed) {
                    reached++;
                    assertThat(filings.get(filing.getId(), user).getId()).as(what).isEqualTo(filing.getId());
                    assertThat(filings.open(filing.getId(), user).record().getId()).as(what).isEqualTo(filing.getId());
                    assertThat(filings.openAlone(filing.getId(), user).record().getId()).as(what)
                            .isEqualTo(filing.getId());
                    // Reached and locked: the made-up tag is then refused as stale, and nothing is written.
                    assertThatThrownBy(() -> filings.replaceContent(user, filing.getId(), "\"stale\"",
                            (record, dossier) -> { }, dossier -> dossier)).as(what)
                            .isInstanceOf(FilingService.ContentChangedException.class);
                }
                else {
                    assertThatThrownBy(() -> filings.get(filing.getId(), user)).as(what)
                            .isInstanceOf(NotFoundException.class);
                    assertThatThrownBy(() -> filings.open(filing.getId(), user)).as(what)
                            .isInstanceOf(NotFoundException.class);
                    assertThatThrownBy(() -> filings.openAlone(filing.getId(), user)).as(what)
                            .isInstanceOf(NotFoundException.class);
                    // The API's replacement locks the row only for a user who may reach it.
                    assertThatThrownBy(() -> filings.replaceContent(user, filing.getId(), "\"stale\"",
                            (record, dossier) -> { }, dossier -> dossier)).as(what)
                            .isInstanceOf(NotFoundException.class);
                }
            }
        }
        assertThat(reached).as("officer of A: 1, officer of C: 1, consultant of A and B: 2").isEqualTo(4);
    }
}
