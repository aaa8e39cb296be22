package com.cacfiling.web.system;

import com.cacfiling.web.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Found in a walk: the login page said nothing of what the portal is for, nor where an account comes from. */
@PortalTest
class LoginPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    com.cacfiling.web.TestFixtures fixtures;

    @Test
    void theLoginPageSaysWhatThePortalIsForInBothLanguages() throws Exception {
        var zh = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
        assertThat(zh.getElementById("login-about").text()).contains("算法备案", "大模型", "生成内容标识", "服务与分诊");
        assertThat(zh.getElementById("login-account").text()).contains("管理员");
        var en = Jsoup.parse(mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse()
                .getContentAsString());
        assertThat(en.getElementById("login-about").text()).contains("algorithm filing", "large-model",
                "Services and triage");
        assertThat(en.getElementById("login-account").text()).contains("organisation’s or consultancy’s");
    }

    /**
     * A visitor who has not chosen a language gets the browser's of the two, Chinese for any other (found in a walk:
     * an English browser's login page was Chinese); a choice (the cookie) wins; a signed-in user keeps the account's.
     */
    @Test
    void anUnchosenLanguageFollowsTheBrowserUntilSignedIn() throws Exception {
        java.util.function.Function<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder,
                String> lang = request -> {
                    try {
                        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString())
                                .select("html").attr("lang");
                    }
                    catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                };
        assertThat(lang.apply(get("/login"))).isEqualTo("zh-CN");
        assertThat(lang.apply(get("/login").header("Accept-Language", "en-US,en;q=0.9"))).isEqualTo("en");
        assertThat(lang.apply(get("/login").header("Accept-Language", "zh-TW,en;q=0.5"))).isEqualTo("zh-CN");
        assertThat(lang.apply(get("/login").header("Accept-Language", "fr-FR,en;q=0.5"))).isEqualTo("en");
        assertThat(lang.apply(get("/login").header("Accept-Language", "fr-FR,de;q=0.5"))).isEqualTo("zh-CN");
        assertThat(lang.apply(get("/login").header("Accept-Language", "en-US")
                .cookie(new jakarta.servlet.http.Cookie("FILING_LANG", "zh-CN")))).isEqualTo("zh-CN");
        assertThat(lang.apply(get("/filings").header("Accept-Language", "en-US").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        com.cacfiling.web.security.PortalUser.of(fixtures.officer(fixtures.company()))))))
                .isEqualTo("zh-CN");
    }
}
