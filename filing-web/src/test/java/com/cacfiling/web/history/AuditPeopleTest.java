package com.cacfiling.web.history;

import java.nio.charset.StandardCharsets;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.changelog.AuditEvent;
import com.cacfiling.web.changelog.ChangeLog;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.PeopleNames;
import com.cacfiling.web.user.UserAccount;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Found in a review: the audit log read people's names twice, once for the people who acted and once with the
 * consultants its assignments name. One lookup serves both, on the page and in its export, which name them as before.
 * (Its own class: the names are counted with a spy, which takes a context of its own.)
 */
@PortalTest
class AuditPeopleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    PeopleNames peopleNames;

    @Test
    void theAuditLogReadsPeoplesNamesOnceForThoseWhoActedAndTheConsultantsItNames() throws Exception {
        Company company = fixtures.company();
        UserAccount adminAccount = fixtures.admin();
        jdbc.update("update app_user set display_name = '赵管理' where id = ?", adminAccount.getId());
        UserAccount consultant = fixtures.consultant(company);
        jdbc.update("update app_user set display_name = '王律师' where id = ?", consultant.getId());
        changeLog.record(AuditEvent.CONSULTANT_ASSIGNED, company.getId(), adminAccount.getUsername(),
                consultant.getUsername());
        PortalUser admin = PortalUser.of(adminAccount);

        clearInvocations(peopleNames);
        var audit = Jsoup.parse(mvc.perform(get("/audit").with(user(admin))
                        .param("companyId", company.getId().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        verify(peopleNames, times(1)).of(anyCollection());
        var row = audit.select("#audit tbody tr").first();
        assertThat(row.select("td").get(3).text()).isEqualTo("赵管理");
        assertThat(row.selectFirst("td .actor").attr("title")).isEqualTo(adminAccount.getUsername());
        assertThat(row.select("td").last().text()).isEqualTo("分配法律顾问 · 王律师");

        clearInvocations(peopleNames);
        String csv = new String(mvc.perform(get("/audit.csv").with(user(admin))
                        .param("companyId", company.getId().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        verify(peopleNames, times(1)).of(anyCollection());
        assertThat(csv).contains("\"赵管理\",\"" + adminAccount.getUsername() + "\"", "\"王律师\"")
                .doesNotContain("\"" + consultant.getUsername() + "\"");
    }
}
