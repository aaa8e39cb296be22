package com.cacfiling.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Field anchors are in links (findings, comments, the review page): they must not change when they are made faster. */
class AnchorTest {

    /** How anchors were made before: two regular expressions. */
    private static String byRegularExpressions(String formPath) {
        return Pattern.compile("-+$").matcher("f-" + Pattern.compile("[^A-Za-z0-9]+").matcher(formPath)
                .replaceAll("-")).replaceAll("");
    }

    private static Gen<String> paths() {
        String alphabet = "abzAZ09._[]-算法 \u00e9";
        return integers().between(0, 40).flatMap(n -> lists().of(integers().between(0, alphabet.length() - 1))
                .ofSize(n).map(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i)))
                        .collect(Collectors.joining())));
    }

    @Test
    void anchorsOfFormPaths() {
        assertThat(WizardView.anchor("products[0].name")).isEqualTo("f-products-0-name");
        assertThat(WizardView.anchor("entity.creditCode")).isEqualTo("f-entity-creditCode");
        assertThat(WizardView.anchor("rows[12]")).isEqualTo("f-rows-12");
        assertThat(WizardView.anchor("")).isEqualTo("f");
    }

    @Test
    void sameAnchorsAsTheRegularExpressions() {
        qt().forAll(paths()).checkAssert(path -> assertThat(WizardView.anchor(path))
                .isEqualTo(byRegularExpressions(path)));
    }
}
