package com.cacfiling.web.system;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiLanguageTest {

    @Test
    void theFirstOfThePortalsTwoLanguagesTheHeaderPrefersIsSpoken() {
        assertThat(ApiLanguage.of("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiLanguage.of("zh-TW,zh;q=0.9")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiLanguage.of("en-US,en;q=0.9,zh;q=0.8")).isEqualTo(Locale.ENGLISH);
        // A language the portal does not speak is passed over, not answered with the default.
        assertThat(ApiLanguage.of("fr-FR, zh;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiLanguage.of("en;q=0.3, zh;q=0.7")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiLanguage.of("zh;q=0, en")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void englishWhenTheHeaderNamesNeitherIsMissingOrUnreadable() {
        assertThat(ApiLanguage.of(null)).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of(" ")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("fr, de;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("*")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of(";;;q=x")).isEqualTo(Locale.ENGLISH);
    }
}
