package com.cacfiling.domain.filing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilingStatusTest {

    @Test
    void onlyDraftsAndReturnedFilingsAreEditable() {
        assertThat(FilingStatus.DRAFT.isEditable()).isTrue();
        assertThat(FilingStatus.RETURNED.isEditable()).isTrue();
        assertThat(FilingStatus.RETURNED_BY_CAC.isEditable()).isTrue();
        assertThat(FilingStatus.IN_REVIEW.isEditable()).isFalse();
        assertThat(FilingStatus.APPROVED.isEditable()).isFalse();
    }
}
