package com.cacfiling.web.inbox;

import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Found in a walk: a consultant changed a client's draft and the officer, who submits it, was not told. The company's
 * officers get one message per filing until they read it (not one per save), opening on the filing's history; an
 * officer's own save and a save that changes nothing tell nobody.
 */
@PortalTest
class EditedByConsultantTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    Inbox inbox;

    private void saveName(PortalUser who, FilingRecord filing, String name) throws Exception {
        String version = Jsoup.parse(mvc.perform(get("/filings/{id}/steps/basic", filing.getId()).with(user(who)))
                .andReturn().getResponse().getContentAsString()).select("input[name=_version]").val();
        mvc.perform(post("/filings/{id}/steps/basic", filing.getId()).with(user(who)).with(csrf())
                .param("_version", version).param("algorithm.basics.name", name));
    }

    @Test
    void theOfficersAreToldOnceWhenAConsultantChangesTheirFiling() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        UserAccount consultant = fixtures.consultant(company);
        FilingRecord filing = fixtures.filing(company, TestFixtures.unique("顾问修改算法"));
        PortalUser asConsultant = PortalUser.of(consultant);
        PortalUser asOfficer = PortalUser.of(officer);

        saveName(asOfficer, filing, "专员自己改的名称");
        assertThat(inbox.unread(officer.getId())).as("an officer's own save").isZero();
        saveName(asConsultant, filing, "专员自己改的名称");
        assertThat(inbox.unread(officer.getId())).as("a save that changes nothing").isZero();

        saveName(asConsultant, filing, "顾问改的名称");
        saveName(asConsultant, filing, "顾问又改的名称");
        assertThat(inbox.of(officer.getId())).singleElement().satisfies(message -> {
            assertThat(message.getMessageKey()).isEqualTo("inbox.editedByConsultant");
            assertThat(message.getFilingId()).isEqualTo(filing.getId());
        });
        assertThat(inbox.unread(consultant.getId())).as("the consultant is not told of their own change").isZero();
        String page = mvc.perform(get("/inbox").with(user(asOfficer))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("a.open-message").text()).contains("法律顾问修改了“顾问改的名称（服务提供者）”");
        UUID id = inbox.of(officer.getId()).get(0).getId();
        mvc.perform(get("/inbox/{id}", id).with(user(asOfficer)))
                .andExpect(redirectedUrl("/filings/" + filing.getId() + "/history"));

        // Read: the next change is told again.
        saveName(asConsultant, filing, "顾问第三次改的名称");
        assertThat(inbox.unread(officer.getId())).isEqualTo(1);
    }

    /** Through the API too: a consultant's PUT that changes the dossier tells the officers; one that does not, nobody. */
    @Test
    void aConsultantsChangeThroughTheApiIsToldToo() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        UserAccount consultant = fixtures.consultant(company);
        FilingRecord filing = fixtures.filing(company, TestFixtures.unique("接口修改算法"));
        String bearer = "Bearer " + tokens.create(consultant.getId(), "sync");
        var read = mvc.perform(get("/api/v1/filings/{id}", filing.getId()).header("Authorization", bearer))
                .andReturn().getResponse();
        String body = read.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/filings/{id}",
                        filing.getId()).header("Authorization", bearer).header("If-Match", read.getHeader("ETag"))
                        .contentType("application/json").content(body))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        assertThat(inbox.unread(officer.getId())).as("an unchanged PUT").isZero();
        var tree = (tools.jackson.databind.node.ObjectNode) new tools.jackson.databind.json.JsonMapper().readTree(body);
        ((tools.jackson.databind.node.ObjectNode) tree.at("/algorithm/profile/basics")).put("name", "接口改的名称");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/filings/{id}",
                        filing.getId()).header("Authorization", bearer).header("If-Match", read.getHeader("ETag"))
                        .contentType("application/json").content(tree.toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        assertThat(inbox.of(officer.getId())).singleElement()
                .satisfies(message -> assertThat(message.getMessageKey()).isEqualTo("inbox.editedByConsultant"));
    }

    @Autowired
    com.cacfiling.web.token.ApiTokens tokens;
}
