package com.cacfiling.domain.reference;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCatalogTest {

    private final ReferenceCatalog catalog = ReferenceCatalog.standard();

    @Test
    void everyVersionHasEveryListWithUniqueCodesAndBothLabels() {
        for (String name : catalog.versionNames()) {
            FormVersion version = catalog.version(name).orElseThrow();
            for (OptionList list : OptionList.values()) {
                Set<String> codes = new HashSet<>();
                for (ReferenceOption option : version.options(list)) {
                    assertThat(codes.add(option.code())).as(name + " " + list + " " + option.code()).isTrue();
                    assertThat(option.code()).matches("[A-Z0-9_]+");
                    assertThat(option.zh()).isNotBlank();
                    assertThat(option.en()).isNotBlank();
                }
                assertThat(codes).as(name + " " + list).isNotEmpty();
            }
        }
    }

    @Test
    void everyOutputFormatBelongsToAKnownModality() {
        FormVersion current = catalog.current();
        for (ReferenceOption format : current.options(OptionList.OUTPUT_FORMATS)) {
            if (format.code().equals("OTHER")) {
                // "Other (describe)" may be of any modality; the text beside it says what it is.
                assertThat(format.modality()).isNull();
                continue;
            }
            assertThat(current.contains(OptionList.MODALITIES, format.modality())).as(format.code()).isTrue();
        }
        assertThat(current.modalityOfFormat("MP4")).contains("VIDEO");
    }

    @Test
    void labelsFollowTheLocaleAndUnknownCodesAreAbsentNotExceptions() {
        FormVersion current = catalog.current();
        assertThat(current.find(OptionList.ALGORITHM_TYPES, "GENERATIVE_SYNTHESIS").orElseThrow()
                .label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("生成合成类（深度合成）");
        assertThat(current.find(OptionList.ALGORITHM_TYPES, "GENERATIVE_SYNTHESIS").orElseThrow()
                .label(Locale.ENGLISH)).isEqualTo("Generative synthesis (deep synthesis)");
        assertThat(current.find(OptionList.ALGORITHM_TYPES, "NO_SUCH_TYPE")).isEmpty();
        assertThat(catalog.version("1999.1")).isEmpty();
    }

    @Test
    void versionsDifferWhereTheFormChanged() {
        assertThat(catalog.version("2025.1").orElseThrow().contains(OptionList.USAGE_SCENARIOS, "AI_CONTENT_DETECTION"))
                .isFalse();
        assertThat(catalog.current().contains(OptionList.USAGE_SCENARIOS, "AI_CONTENT_DETECTION")).isTrue();
    }

    @Test
    void since2026Point1EveryAlgorithmTypeHasItsOwnUsageScenariosAndNoCodeOfTheFormerVersionIsLost() {
        FormVersion current = catalog.version("2026.1").orElseThrow();
        FormVersion former = catalog.version("2025.2").orElseThrow();
        for (ReferenceOption type : current.options(OptionList.ALGORITHM_TYPES)) {
            assertThat(current.options(OptionList.USAGE_SCENARIOS).stream()
                    .filter(option -> option.algorithmTypes().equals(java.util.List.of(type.code()))))
                    .as(type.code()).hasSizeGreaterThanOrEqualTo(3);
        }
        for (ReferenceOption scenario : current.options(OptionList.USAGE_SCENARIOS)) {
            // Every scenario is one type's, but "other (describe)", which every type may answer.
            assertThat(scenario.algorithmTypes()).as(scenario.code()).hasSize(scenario.code().equals("OTHER") ? 0 : 1);
        }
        assertThat(current.find(OptionList.USAGE_SCENARIOS, "TEXT_GENERATION").orElseThrow().fits("PERSONALISED_PUSH"))
                .isFalse();
        assertThat(current.find(OptionList.USAGE_SCENARIOS, "FEED_RECOMMENDATION").orElseThrow()
                .fits("PERSONALISED_PUSH")).isTrue();
        assertThat(current.find(OptionList.USAGE_SCENARIOS, "TEXT_GENERATION").orElseThrow().fits(null))
                .as("every scenario fits while the type is not chosen").isTrue();
        for (OptionList list : OptionList.values()) {
            for (ReferenceOption option : former.options(list)) {
                assertThat(current.contains(list, option.code())).as(list + " " + option.code()).isTrue();
            }
        }
        // The former version's scenarios named no type: any of them fitted any type.
        assertThat(former.options(OptionList.USAGE_SCENARIOS)).allMatch(option -> option.algorithmTypes().isEmpty());
    }
}
