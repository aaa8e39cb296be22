package com.cacfiling.web.triage;

import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.triage.ObligationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Found in a re-check: a service's result offered the company's withdrawn filings as its existing filing. */
class StartLinkTest {

    @Test
    void aWithdrawnOrCancelledFilingIsNotOfferedAsTheServicesFiling() {
        UUID open = UUID.randomUUID();
        List<StartLink.CompanyFiling> filings = List.of(
                new StartLink.CompanyFiling(open, "在办算法", "SERVICE_PROVIDER", "DRAFT", null),
                new StartLink.CompanyFiling(UUID.randomUUID(), "撤回算法", "SERVICE_PROVIDER", "WITHDRAWN", null),
                new StartLink.CompanyFiling(UUID.randomUUID(), "注销算法", "SERVICE_PROVIDER", "CANCELLED", null));
        List<StartLink> links = StartLink.of(ObligationKind.ALGORITHM_FILING_PROVIDER, null, UUID.randomUUID(),
                UUID.randomUUID(), filings, List.of());
        assertThat(links).extracting(StartLink::argument).containsExactly("在办算法", null);
        assertThat(links.get(0).href()).isEqualTo("/filings/" + open);
    }
}
