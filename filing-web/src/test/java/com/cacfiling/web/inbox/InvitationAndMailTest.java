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
        mvc.perform(get(path)).andExpect(status().isNotFound());
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
}
