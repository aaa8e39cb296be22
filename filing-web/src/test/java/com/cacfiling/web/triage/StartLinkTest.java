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

    /**
     * Found in a walk: a second service was offered the first service's labelling checklist as if its own. A service
     * with a filing of its own is offered that one only, named as its own; without one, the company's are offered.
     */
    @Test
    void aServiceWithAFilingOfItsOwnIsOfferedThatOne() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        List<StartLink.CompanyFiling> filings = List.of(
                new StartLink.CompanyFiling(theirs, "对话生成算法", "SERVICE_PROVIDER", "DRAFT", "GENERATIVE_SYNTHESIS",
                        false),
                new StartLink.CompanyFiling(mine, "写作生成算法", "SERVICE_PROVIDER", "DRAFT", "GENERATIVE_SYNTHESIS", true));
        List<StartLink> labelling = StartLink.of(ObligationKind.LABELLING, null, UUID.randomUUID(), UUID.randomUUID(),
                filings, List.of());
        assertThat(labelling).singleElement().satisfies(link -> {
            assertThat(link.href()).startsWith("/filings/" + mine + "/labelling");
            assertThat(link.labelKey()).isEqualTo("triage.start.labellingOwn");
        });
        assertThat(StartLink.of(ObligationKind.ALGORITHM_FILING_PROVIDER, "GENERATIVE", UUID.randomUUID(),
                UUID.randomUUID(), filings, List.of())).extracting(StartLink::argument).containsExactly("写作生成算法", null);

        List<StartLink.CompanyFiling> companys = List.of(filings.get(0));
        assertThat(StartLink.of(ObligationKind.LABELLING, null, UUID.randomUUID(), UUID.randomUUID(), companys,
                List.of())).singleElement().extracting(StartLink::labelKey).isEqualTo("triage.start.labelling");
    }
}
