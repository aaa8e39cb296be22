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
}
