package com.cacfiling.rules;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegalBasisTest {

    @Test
    void englishReadersGetArticleNumbersChineseReadersTheArticleAsWritten() {
        Regulation any = Regulation.values()[0];
        assertThat(LegalBasis.of(any, "第二十四条").article(Locale.ENGLISH)).isEqualTo("Art. 24");
        assertThat(LegalBasis.of(any, "第三条").article(Locale.ENGLISH)).isEqualTo("Art. 3");
        assertThat(LegalBasis.of(any, "第十四条").article(Locale.ENGLISH)).isEqualTo("Art. 14");
        assertThat(LegalBasis.of(any, "第十条").article(Locale.ENGLISH)).isEqualTo("Art. 10");
        assertThat(LegalBasis.of(any, "第一百零五条").article(Locale.ENGLISH)).isEqualTo("Art. 105");
        assertThat(LegalBasis.of(any, "第二十四条").article(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第二十四条");
        assertThat(LegalBasis.of(any, null).article(Locale.ENGLISH)).isNull();
    }
}
