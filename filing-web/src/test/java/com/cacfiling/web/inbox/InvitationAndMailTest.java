package com.cacfiling.web.inbox;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Invitations by one-time link, and notification mails through a real SMTP server (GreenMail). */
@PortalTest
class InvitationAndMailTest {

    static final GreenMail SMTP = start();

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("filing.mail.enabled", () -> "true");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    UserAccountRepository users;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void anInvitedUserSetsAPasswordOnceAndSignsIn() throws Exception {
        Company company = fixtures.company();
        String username = TestFixtures.unique("invited");
        String link = (String) mvc.perform(post("/admin/users/invite").with(user(PortalUser.of(fixtures.admin())))
                        .with(csrf()).param("username", username).param("displayName", "受邀专员")
                        .param("role", "OFFICER").param("companyId", company.getId().toString()))
                .andReturn().getFlashMap().get("inviteLink");
        String path = link.substring(link.indexOf("/invite/"));
        mvc.perform(formLogin("/login").user(username).password("anything-at-all"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(post(path).with(csrf()).param("password", "Invited-Pass-1").param("confirmation", "different"))
                .andExpect(status().isOk());
        mvc.perform(post(path).with(csrf()).param("password", "Invited-Pass-1").param("confirmation", "Invited-Pass-1"))
                .andExpect(redirectedUrl("/login?invited"));
        mvc.perform(formLogin("/login").user(username).password("Invited-Pass-1")).andExpect(authenticated());
        // Used: the link says so and leads to the sign-in (it said "not found, or not yours").
        mvc.perform(get(path)).andExpect(status().isGone())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("此邀请链接已使用")));
    }

    /**
     * An invitation opened in an English browser is in English, and accepted so the account's language is English:
     * its mails and a new device's sign-in follow it (found in a walk: the page and the new account were Chinese).
     */
    @Test
    void anInvitationAcceptedInEnglishMakesAnEnglishAccount() throws Exception {
        Company company = fixtures.company();
        String username = TestFixtures.unique("invited.en");
        String link = (String) mvc.perform(post("/admin/users/invite").with(user(PortalUser.of(fixtures.admin())))
                        .with(csrf()).param("username", username).param("displayName", "Jane Invited")
                        .param("role", "OFFICER").param("companyId", company.getId().toString()))
                .andReturn().getFlashMap().get("inviteLink");
        String path = link.substring(link.indexOf("/invite/"));
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get(path).header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("html")
                .attr("lang")).isEqualTo("en");
        mvc.perform(post(path).with(csrf()).header("Accept-Language", "en-US,en;q=0.9")
                        .param("password", "Invited-Pass-1").param("confirmation", "Invited-Pass-1"))
                .andExpect(redirectedUrl("/login?invited"));
        assertThat(users.findByUsernameIgnoreCase(username).orElseThrow().getLanguage()).isEqualTo("en");
        mvc.perform(formLogin("/login").user(username).password("Invited-Pass-1"))
                .andExpect(authenticated()).andExpect(cookie().value("FILING_LANG", "en"));
    }

    /**
     * With mails on, an invitation with an address is mailed, in the inviting administrator's language, with the link
     * the page shows too; without an address the page says no mail went (it said the portal never mails invitations).
     */
    @Test
    void anInvitationWithAnAddressIsMailedWithItsLink() throws Exception {
        Company company = fixtures.company();
        PortalUser admin = PortalUser.of(fixtures.admin());
        String address = TestFixtures.unique("invitee") + "@example.cn";
        int before = SMTP.getReceivedMessages().length;
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        var invited = mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).session(session)
                        .param("username", TestFixtures.unique("mailed")).param("displayName", "王受邀")
                        .param("email", address).param("role", "OFFICER")
                        .param("companyId", company.getId().toString()))
                .andExpect(redirectedUrl("/admin/users")).andReturn();
        String link = (String) invited.getFlashMap().get("inviteLink");
        assertThat(SMTP.waitForIncomingEmail(5000, before + 1)).isTrue();
        MimeMessage mail = mailTo(address);
        assertThat(mail.getSubject()).isEqualTo("算法备案申报平台：邀请您设置密码");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        assertThat(decoded(mail)).contains("王受邀，您好", "“合规专员”", link, "7天内").doesNotContain("userRole", "{");
        assertThat(body).isNotBlank();
        // The page, after the redirect, says where it went and still shows the link.
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/admin/users").with(user(admin))
                .session(session)).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#invite-link").text()).contains("邀请邮件已发送至 " + address).contains(link);

        // In English for an administrator reading English; without an address, no mail and the page says why.
        var english = mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).param("lang", "en")
                        .param("username", TestFixtures.unique("mailed.en")).param("displayName", "Li Si")
                        .param("email", "en." + address).param("role", "CONSULTANT"))
                .andExpect(redirectedUrl("/admin/users")).andReturn();
        assertThat(SMTP.waitForIncomingEmail(5000, before + 2)).isTrue();
        assertThat(mailTo("en." + address).getSubject()).isEqualTo("CAC Filing Portal: set your password");
        assertThat(decoded(mailTo("en." + address))).contains("Dear Li Si", "as Legal consultant",
                (String) english.getFlashMap().get("inviteLink"));
        var noAddress = mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).session(session)
                        .param("username", TestFixtures.unique("unmailed")).param("displayName", "无邮箱")
                        .param("role", "OFFICER").param("companyId", company.getId().toString()))
                .andExpect(redirectedUrl("/admin/users")).andReturn();
        assertThat(noAddress.getFlashMap().get("inviteMail")).isEqualTo("NO_ADDRESS");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/admin/users").with(user(admin))
                .session(session)).andReturn().getResponse().getContentAsString())
                .select("#invite-link").text()).contains("未填写邮箱，因此未发送邀请邮件");
        assertThat(SMTP.getReceivedMessages()).hasSize(before + 2);
    }

    private static MimeMessage mailTo(String address) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            }
            catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).reduce((first, second) -> second).orElseThrow();
    }

    private static String decoded(MimeMessage mail) throws Exception {
        return String.valueOf(mail.getContent());
    }

    @Test
    void theOtherSideGetsANotificationMailWhenMailIsEnabled() throws Exception {
        Company company = fixtures.company();
        UserAccount consultant = fixtures.consultant(company);
        consultant.changeEmail("consultant@example.cn");
        users.save(consultant);
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "邮件通知算法");
        mvc.perform(post("/filings/{id}/comments", filing.getId()).with(user(officer)).with(csrf())
                .param("fieldPath", "algorithm.details.introduction").param("body", "请看这里"));
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("consultant@example.cn");
        assertThat(received.getSubject()).contains("邮件通知算法");
    }

    /**
     * A consultant who reads the portal in English gets mails in English: the language switch, signed in, is kept on
     * the account, and a sign-in on a device that has not chosen a language starts in it. Someone who never chose
     * one keeps getting Chinese (above).
     */
    @Test
    void mailsAndANewDevicesSignInAreInTheLanguageTheUserLastChose() throws Exception {
        Company company = fixtures.company();
        UserAccount consultant = fixtures.consultant(company);
        String address = TestFixtures.unique("english") + "@example.com";
        consultant.changeEmail(address);
        users.save(consultant);
        mvc.perform(get("/inbox").param("lang", "en").with(user(PortalUser.of(consultant))))
                .andExpect(status().isOk());
        assertThat(users.findById(consultant.getId()).orElseThrow().getLanguage()).isEqualTo("en");

        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, "英文邮件算法");
        int before = SMTP.getReceivedMessages().length;
        mvc.perform(post("/filings/{id}/comments", filing.getId()).with(user(officer)).with(csrf())
                .param("fieldPath", "algorithm.details.introduction").param("body", "请看这里"));
        assertThat(SMTP.waitForIncomingEmail(5000, before + 1)).isTrue();
        MimeMessage received = java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            }
            catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).reduce((first, second) -> second).orElseThrow();
        String role = messages.getMessage("role." + filing.getRole().name(), null, java.util.Locale.ENGLISH);
        assertThat(received.getSubject()).startsWith("CAC Filing Portal: ").contains("英文邮件算法").contains(role)
                .doesNotContain(messages.getMessage("role." + filing.getRole().name(), null,
                        java.util.Locale.SIMPLIFIED_CHINESE)).doesNotContain("：");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received)).contains("comment");

        // The profile's choice works the same way, and switches this browser too.
        mvc.perform(post("/profile/language").with(user(PortalUser.of(consultant))).with(csrf())
                        .param("language", "zh-CN"))
                .andExpect(redirectedUrl("/profile")).andExpect(cookie().value("FILING_LANG", "zh-CN"));
        assertThat(users.findById(consultant.getId()).orElseThrow().getLanguage()).isEqualTo("zh-CN");
        mvc.perform(post("/profile/language").with(user(PortalUser.of(consultant))).with(csrf())
                .param("language", "fr")).andExpect(redirectedUrl("/profile"));
        assertThat(users.findById(consultant.getId()).orElseThrow().getLanguage()).isEqualTo("zh-CN");
        mvc.perform(get("/profile").param("lang", "en").with(user(PortalUser.of(consultant))))
                .andExpect(status().isOk());

        // A sign-in from a browser without a choice starts in English; one that chose Chinese keeps it.
        mvc.perform(formLogin("/login").user(consultant.getUsername()).password(TestFixtures.PASSWORD))
                .andExpect(authenticated()).andExpect(cookie().value("FILING_LANG", "en"));
        mvc.perform(post("/login").with(csrf()).param("username", consultant.getUsername())
                        .param("password", TestFixtures.PASSWORD)
                        .cookie(new jakarta.servlet.http.Cookie("FILING_LANG", "zh-CN")))
                .andExpect(authenticated()).andExpect(cookie().doesNotExist("FILING_LANG"));
        assertThat(users.findById(consultant.getId()).orElseThrow().getLanguage()).isEqualTo("en");

        // Chosen on the login page itself (its form sends it): kept on the account, so another device and the
        // mails follow it (found in a walk: the profile showed English, a new device came back in Chinese).
        var loginPage = org.jsoup.Jsoup.parse(mvc.perform(get("/login").param("lang", "zh-CN")).andReturn()
                .getResponse().getContentAsString());
        assertThat(loginPage.select("form input[name=lang]").val()).isEqualTo("zh-CN");
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .select("form input[name=lang]")).isEmpty();
        mvc.perform(post("/login").with(csrf()).param("username", consultant.getUsername())
                        .param("password", TestFixtures.PASSWORD).param("lang", "zh-CN")
                        .cookie(new jakarta.servlet.http.Cookie("FILING_LANG", "zh-CN")))
                .andExpect(authenticated());
        assertThat(users.findById(consultant.getId()).orElseThrow().getLanguage()).isEqualTo("zh-CN");
        // A mistyped password keeps the choice for the next attempt.
        mvc.perform(post("/login").with(csrf()).param("username", consultant.getUsername())
                        .param("password", "wrong-password").param("lang", "en"))
                .andExpect(redirectedUrl("/login?error&lang=en"));
    }
}
