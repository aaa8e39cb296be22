package com.cacfiling.domain.reference;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: every option list says where it comes from; the seed names only a few of them. */
class ListProvenanceTest {

    @Test
    void everyListOfEveryFormVersionDeclaresItsProvenance() {
        ReferenceCatalog catalog = ReferenceCatalog.standard();
        for (String name : catalog.versionNames()) {
            FormVersion version = catalog.version(name).orElseThrow();
            for (OptionList list : OptionList.values()) {
                assertThat(version.provenance(list)).as(name + " " + list).isNotNull();
            }
        }
    }

    @Test
    void onlyTheListsTheSeedNamesAreConfirmedAndOutputFormatsOfferOther() {
        FormVersion current = ReferenceCatalog.standard().current();
        assertThat(Arrays.stream(OptionList.values()).filter(list -> !current.provenance(list).isUnconfirmed()))
                .containsExactlyInAnyOrder(OptionList.ALGORITHM_TYPES, OptionList.PRODUCT_FORMS,
                        OptionList.DELIVERY_MODES);
        assertThat(current.provenance(OptionList.GENERATION_KINDS)).isEqualTo(ListProvenance.PRACTITIONER);
        assertThat(current.provenance(OptionList.OUTPUT_FORMATS)).isEqualTo(ListProvenance.PORTAL);
        assertThat(current.contains(OptionList.OUTPUT_FORMATS, "OTHER")).isTrue();
    }
}
