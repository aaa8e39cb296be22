package com.cacfiling.domain.filing;

import java.time.Instant;
import java.time.LocalDate;

import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    private final Actor officer = new Actor("officer", Instant.parse("2026-12-01T01:00:00Z"));
    private final Actor consultant = new Actor("consultant", Instant.parse("2026-12-02T01:00:00Z"));

    private Filing draft() {
        return SampleDossiers.completeProvider().filing();
    }

    @Test
    void aFilingGoesThroughReviewReworkAndApproval() {
        Filing filing = draft();
        filing.submitForReview(officer);
        filing.returnForRework(consultant, "请补充标识截图");
        filing.reopen(officer);
        filing.submitForReview(officer);
        filing.markReady(consultant);
        filing.recordSubmission(consultant, LocalDate.of(2026, 12, 3));
        filing.recordCacReturn(consultant, "算法名称不一致");
        filing.reopen(officer);
        filing.submitForReview(officer);
        filing.markReady(consultant);
        filing.recordSubmission(consultant, LocalDate.of(2027, 1, 5));
        filing.recordApproval(consultant, new FilingNumber("网信算备110108823483901230031号"), LocalDate.of(2027, 3, 1));

        assertThat(filing.status()).isEqualTo(FilingStatus.APPROVED);
        assertThat(filing.approval().filingNumber().year()).isEqualTo(2023);
        assertThat(filing.submittedOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(filing.history()).extracting(Transition::action).containsExactly("start", "submitForReview",
                "returnForRework", "reopen", "submitForReview", "markReady", "recordSubmission", "recordCacReturn",
                "reopen", "submitForReview", "markReady", "recordSubmission", "recordApproval");
        assertThat(filing.history().get(2).actor()).isEqualTo("consultant");
        assertThat(filing.history().get(2).at()).isEqualTo(consultant.at());
        assertThat(filing.history().get(2).note()).isEqualTo("请补充标识截图");
    }

    @Test
    void aReturnedFilingIsResubmittedWithoutReopeningIt() {
        Filing filing = draft();
        filing.submitForReview(officer);
        filing.returnForRework(consultant, "请补充标识截图");
        assertThat(filing.isEditable()).isTrue();
        filing.submitForReview(officer);
        assertThat(filing.status()).isEqualTo(FilingStatus.IN_REVIEW);
        filing.markReady(consultant);
        filing.recordSubmission(consultant, LocalDate.of(2026, 12, 3));
        filing.recordCacReturn(consultant, "算法名称不一致");
        filing.submitForReview(officer);
        assertThat(filing.status()).isEqualTo(FilingStatus.IN_REVIEW);
        assertThat(filing.history()).extracting(Transition::action).containsExactly("start", "submitForReview",
                "returnForRework", "submitForReview", "markReady", "recordSubmission", "recordCacReturn",
                "submitForReview");
    }

    @Test
    void illegalMovesAreRefused() {
        Filing filing = draft();
        assertThatThrownBy(() -> filing.markReady(consultant)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> filing.recordSubmission(consultant, LocalDate.now()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> filing.recordApproval(consultant, new FilingNumber("网信算备110108823483901230031号"),
                LocalDate.now())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> filing.cancel(consultant, LocalDate.now(), LocalDate.now(), "停止服务"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> filing.reopen(officer)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> filing.startChange(FilingId.random(), AlgorithmId.random(), "2025.2", officer))
                .isInstanceOf(IllegalTransitionException.class);
        filing.submitForReview(officer);
        assertThatThrownBy(() -> filing.submitForReview(officer))
                .isInstanceOfSatisfying(IllegalTransitionException.class, ex -> {
                    assertThat(ex.status()).isEqualTo(FilingStatus.IN_REVIEW);
                    assertThat(ex.action()).isEqualTo("submitForReview");
                });
        assertThat(filing.status()).isEqualTo(FilingStatus.IN_REVIEW);
        assertThat(filing.history()).hasSize(2);
    }

    @Test
    void onlyEditableFilingsAcceptStep3Changes() {
        Filing filing = draft();
        filing.submitForReview(officer);
        assertThatThrownBy(() -> filing.updateStep3(SampleDossiers.products()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aStep3OfTheOtherRoleIsRefused() {
        Filing filing = draft();
        assertThatThrownBy(() -> filing.updateStep3(SampleDossiers.supportPlan()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anApprovedFilingStartsAChangeThatIsACopyWithTheAssessmentUndatedAndCanBeCancelledLater() {
        Filing filing = approved();
        Filing change = filing.startChange(FilingId.random(), AlgorithmId.random(), "2025.2", officer);
        assertThat(change.kind()).isEqualTo(FilingKind.CHANGE);
        assertThat(change.status()).isEqualTo(FilingStatus.DRAFT);
        assertThat(change.previousFilingId()).isEqualTo(filing.id());
        // Its documents cite the number of the filing it changes.
        assertThat(change.previousFilingNumber()).isEqualTo(filing.approval().filingNumber());
        // The same content, but the self-assessment undated: the changed algorithm is assessed anew.
        assertThat(filing.algorithm().profile().assessment().assessmentDate()).isNotNull();
        assertThat(change.algorithm().profile().assessment().assessmentDate()).isNull();
        assertThat(change.algorithm().profile().assessment().reportDate()).isNull();
        assertThat(change.algorithm().profile().assessment())
                .isEqualTo(filing.algorithm().profile().assessment().forChange());
        // Nor does it repeat the approved filing's other matters (a late filing's reason is no reason of the change).
        assertThat(change.algorithm().profile().assessment().otherMatters()).isNull();
        assertThat(change.algorithm().profile().assessment().flow())
                .isEqualTo(filing.algorithm().profile().assessment().flow());
        assertThat(change.algorithm().profile().withAssessment(filing.algorithm().profile().assessment()))
                .isEqualTo(filing.algorithm().profile());
        assertThat(change.algorithm()).isNotSameAs(filing.algorithm());
        assertThat(change.step3()).isEqualTo(filing.step3());

        filing.cancel(officer, LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 10), "产品下线");
        assertThat(filing.status()).isEqualTo(FilingStatus.CANCELLED);
        assertThat(filing.cancellation().reason()).isEqualTo("产品下线");
        assertThatThrownBy(() -> filing.startChange(FilingId.random(), AlgorithmId.random(), "2025.2", officer))
                .isInstanceOf(IllegalTransitionException.class);
    }

    /**
     * The CAC's approval of the company's entity (Step 1) is an entry of the filing's log, with the day of the approval
     * and who recorded it (found in a walk: only the change log had it). It is no move of the filing: the status stays,
     * the filing has not moved for it, and a return stays the last move that changed the status.
     */
    @Test
    void theEntitysApprovalIsLoggedWithItsDayAndLeavesTheFilingWhereItWas() {
        Filing filing = draft();
        filing.recordEntityApproval(consultant, LocalDate.of(2026, 11, 20));
        assertThat(filing.status()).isEqualTo(FilingStatus.DRAFT);
        assertThat(filing.history()).last().isEqualTo(new Transition(FilingStatus.DRAFT, FilingStatus.DRAFT,
                "recordEntityApproval", "consultant", consultant.at(), "2026-11-20"));
        assertThat(filing.history().get(1).changesStatus()).isFalse();
        assertThat(filing.hasMoved()).isFalse();

        filing.submitForReview(officer);
        filing.returnForRework(consultant, "请补充标识截图");
        filing.recordEntityApproval(consultant, LocalDate.of(2026, 11, 25));
        assertThat(filing.status()).isEqualTo(FilingStatus.RETURNED);
        assertThat(filing.hasMoved()).isTrue();
        assertThat(filing.history()).filteredOn(Transition::changesStatus).extracting(Transition::action)
                .containsExactly("start", "submitForReview", "returnForRework");
        assertThat(filing.history()).extracting(Transition::note).endsWith("请补充标识截图", "2026-11-25");

        // An approved filing logs it as well (the company's approval may be recorded late); a withdrawn one is closed.
        Filing approved = approved();
        approved.recordEntityApproval(consultant, LocalDate.of(2026, 11, 20));
        assertThat(approved.status()).isEqualTo(FilingStatus.APPROVED);
        filing.withdraw(officer, "不再上线");
        assertThatThrownBy(() -> filing.recordEntityApproval(consultant, LocalDate.of(2026, 11, 26)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> approved.recordEntityApproval(consultant, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(filing.history()).extracting(Transition::action).endsWith("withdraw");
    }

    private Filing approved() {
        Dossier dossier = SampleDossiers.completeProvider();
        Filing filing = dossier.filing();
        filing.submitForReview(officer);
        filing.markReady(consultant);
        filing.recordSubmission(consultant, LocalDate.of(2026, 12, 3));
        filing.recordApproval(consultant, new FilingNumber("网信算备110108823483901230031号"), LocalDate.of(2027, 3, 1));
        return filing;
    }
}
