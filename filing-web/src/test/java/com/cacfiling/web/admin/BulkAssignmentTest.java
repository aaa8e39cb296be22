package com.cacfiling.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cacfiling.web.HibernateStatements;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import jakarta.persistence.EntityManagerFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Found in a walk with a consultant for 1,000 client companies: each company took one "Assign" click and one page
 * load, and the user page listed all 1,000 clients, each with its own button (74,700 px tall on a phone). Companies are
 * now ticked and assigned or removed in one submit, or all that a search finds assigned at once, each change audited
 * as a single one is; the page shows the first clients by name with a search over the others.
 */
@PortalTest
class BulkAssignmentTest {

    /**
     * Assigning every company a search finds: the consultant and the one insert of the assignments; the audit
     * entries are one JDBC statement beside them, not counted. The same whether 3 or 1,000 companies.
     */
    static final int MAX_STATEMENTS_PER_BULK_ASSIGNMENT = 2;

    /**
     * The user page of a consultant with 1,000 clients: the account, the first clients and their count, the first
     * companies to assign and their count, the company choices of the role's form (2) and the pending invitations;
     * nothing per client (all 1,000 were loaded to count and filter them).
     */
    static final int MAX_STATEMENTS_PER_USER_PAGE = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    CompanyRepository companies;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.cacfiling.web.inbox.Inbox inbox;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Document page(PortalUser admin, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private static String encoded(String q) {
        return org.springframework.web.util.UriUtils.encodeQueryParam(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    private UserAccount lawyer() {
        return users.save(UserAccount.consultant(TestFixtures.unique("wang"), "-", "王律师"));
    }

    private List<Company> companies(String tag, String... names) {
        List<Company> created = new ArrayList<>();
        for (String name : names) {
            created.add(companies.save(new Company(name + tag, null)));
        }
        return created;
    }

    /** The audit entries of an action on the consultant, by company: who, what and about whom. */
    private List<UUID> audited(String action, UserAccount consultant) {
        return jdbc.queryForList("select company_id from change_log where action = ? and detail = ? order by id",
                UUID.class, action, consultant.getUsername());
    }

    /**
     * The page a POST redirected to, with the notice it left: in the cookie, or in the stored session for one that
     * names a person (as a browser would carry them).
     */
    private Document followed(org.springframework.test.web.servlet.MvcResult result, PortalUser admin, String lang)
            throws Exception {
        MockHttpServletRequestBuilder next = get(java.net.URI.create(result.getResponse().getRedirectedUrl()))
                .with(user(admin)).param("lang", lang)
                .session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession());
        if (result.getResponse().getCookies().length > 0) {
            next.cookie(result.getResponse().getCookies());
        }
        return Jsoup.parse(mvc.perform(next).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static MockHttpServletRequestBuilder ticked(MockHttpServletRequestBuilder request, List<Company> ticked) {
        ticked.forEach(company -> request.param("companyIds", company.getId().toString()));
        return request;
    }

    @Test
    void tickedCompaniesAreAssignedInOneSubmitEachAuditedAndTheNoticeSaysHowManyToWhom() throws Exception {
        UserAccount adminAccount = fixtures.admin();
        PortalUser admin = PortalUser.of(adminAccount);
        UserAccount consultant = lawyer();
        String tag = TestFixtures.unique("勾选");
        List<Company> offered = companies(tag, "张家", "安家", "北家", "云家", "星家");
        Company archived = companies.save(new Company("归档" + tag, null));
        archived.archive();
        companies.save(archived);
        String url = "/admin/users/" + consultant.getId();

        Document before = page(admin, url + "?q=" + tag);
        // Each company offered with a box to tick by its name, in a table as on the other administration pages.
        assertThat(before.select("#assign-form table.data.stacked#assignable-clients")).hasSize(1);
        assertThat(before.select("#assignable-clients tbody label.client").eachText()).containsExactly(
                "安家" + tag, "北家" + tag, "星家" + tag, "云家" + tag, "张家" + tag);
        assertThat(before.select("#assignable-clients td[data-label]")).isNotEmpty();
        assertThat(before.select("#assign-form input[name=_csrf]")).hasSize(1);
        assertThat(before.select("#assign-selected").text()).isEqualTo("分配勾选的公司");

        List<Company> ticked = List.of(offered.get(0), offered.get(2), archived);
        var assigned = mvc.perform(ticked(post(url + "/assignments/selected").with(user(admin)).with(csrf())
                        .param("q", tag), ticked))
                .andExpect(redirectedUrl(url + "?q=" + encoded(tag)))
                .andExpect(flash().attribute("message", "user.assignedMany"))
                // The archived company is not assigned, as a single assignment refuses it.
                .andExpect(flash().attribute("messageArguments", List.of(2, "王律师"))).andReturn();
        // The notice in words, on the page the form comes back to with its search.
        Document after = followed(assigned, admin, "zh-CN");
        assertThat(after.select(".flash.success").text()).isEqualTo("已将 2 家公司分配给王律师。");
        assertThat(users.findAssignedCompanyIds(consultant.getId()))
                .containsExactlyInAnyOrder(offered.get(0).getId(), offered.get(2).getId());
        // One audit entry per company, as a single assignment writes it.
        assertThat(audited("CONSULTANT_ASSIGNED", consultant))
                .containsExactlyInAnyOrder(offered.get(0).getId(), offered.get(2).getId());
        Document audit = page(admin, "/audit?kind=ACCOUNTS&who=" + adminAccount.getUsername());
        assertThat(audit.select("#audit tbody tr").eachText()).filteredOn(row -> row.contains("分配法律顾问"))
                .hasSize(2).anySatisfy(row -> assertThat(row).contains("张家" + tag, "分配法律顾问 · 王律师"))
                .anySatisfy(row -> assertThat(row).contains("北家" + tag, "分配法律顾问 · 王律师"))
                // The consultant by name, as the people who acted are named (a walk read their sign-in name).
                .allSatisfy(row -> assertThat(row).doesNotContain(consultant.getUsername()));

        assertThat(after.select("#client-q").val()).isEqualTo(tag);
        assertThat(after.select("#assigned-clients tbody label.client").eachText())
                .containsExactly("北家" + tag, "张家" + tag);
        assertThat(after.select("#assignable-clients tbody label.client").eachText())
                .containsExactly("安家" + tag, "星家" + tag, "云家" + tag);

        // The same ticks sent again (a second click, an old page): nothing changes, and the notice says so.
        mvc.perform(ticked(post(url + "/assignments/selected").with(user(admin)).with(csrf()), ticked))
                .andExpect(redirectedUrl(url)).andExpect(flash().attribute("message", "user.noneAssigned"));
        // Nothing ticked: nothing changes, and the page says so.
        var none = mvc.perform(post(url + "/assignments/selected").with(user(admin)).with(csrf()).param("q", tag))
                .andExpect(redirectedUrl(url + "?q=" + encoded(tag)))
                .andExpect(flash().attribute("refusal", "user.noneTicked")).andReturn();
        assertThat(followed(none, admin, "en").select("#refusal").text())
                .isEqualTo("No company was ticked; nothing changed.");
        mvc.perform(post(url + "/assignments/removal").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("refusal", "user.noneTicked"));
        assertThat(users.findAssignedCompanyIds(consultant.getId())).hasSize(2);
        assertThat(audited("CONSULTANT_ASSIGNED", consultant)).hasSize(2);
        assertThat(audited("CONSULTANT_UNASSIGNED", consultant)).isEmpty();

        // A row's own button still assigns that one company, from the same form.
        String rowButton = after.select("#assignable-clients button[name=companyId]").first().attr("formaction");
        assertThat(rowButton).isEqualTo(url + "/assignments");
    }

    @Test
    void tickedClientsAreRemovedInOneSubmitEachAuditedAndTheirMessagesGo() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        String tag = TestFixtures.unique("取消");
        List<Company> clients = companies(tag, "安", "北", "云");
        UserAccount consultant = fixtures.consultant(clients.toArray(Company[]::new));
        UserAccount officer = fixtures.officer(fixtures.company());
        for (Company client : clients) {
            var filing = fixtures.filing(client, "批量取消算法" + client.getName());
            inbox.notifyCompany(client.getId(), filing.getId(), officer.getId(), "inbox.returned",
                    "批量取消算法" + client.getName(), null);
        }
        assertThat(inbox.unread(consultant.getId())).isEqualTo(3);
        String url = "/admin/users/" + consultant.getId();
        Document page = page(admin, url);
        assertThat(page.select("#unassign-form #assigned-clients tbody tr")).hasSize(3);
        assertThat(page.select("#unassign-selected").text()).isEqualTo("取消分配勾选的公司");
        assertThat(page.select("#assigned-clients button").eachAttr("formaction")).contains(
                url + "/assignments/" + clients.get(0).getId() + "/delete");

        var removed = mvc.perform(ticked(post(url + "/assignments/removal").with(user(admin)).with(csrf()),
                        List.of(clients.get(0), clients.get(2))))
                .andExpect(redirectedUrl(url)).andExpect(flash().attribute("message", "user.unassignedMany"))
                .andExpect(flash().attribute("messageArguments", List.of(2, consultant.getDisplayName())))
                .andReturn();
        assertThat(followed(removed, admin, "en").select(".flash.success").text())
                .isEqualTo("2 companies are no longer assigned to " + consultant.getDisplayName() + ".");
        assertThat(users.findAssignedCompanyIds(consultant.getId())).containsExactly(clients.get(1).getId());
        // What the consultant was sent about the removed clients' filings goes, as for one; no message is added.
        assertThat(inbox.of(consultant.getId())).extracting(com.cacfiling.web.inbox.Notification::getArgument)
                .containsExactly("批量取消算法" + clients.get(1).getName());
        assertThat(audited("CONSULTANT_UNASSIGNED", consultant))
                .containsExactlyInAnyOrder(clients.get(0).getId(), clients.get(2).getId());
        // Removed again: nothing changes.
        mvc.perform(ticked(post(url + "/assignments/removal").with(user(admin)).with(csrf()),
                        List.of(clients.get(0))))
                .andExpect(flash().attribute("message", "user.noneUnassigned"));
        assertThat(audited("CONSULTANT_UNASSIGNED", consultant)).hasSize(2);
    }

    @Test
    void onlyAdministratorsAssignAndRemoveInBulk() throws Exception {
        // Others are answered as for a page that does not exist, as everywhere outside their entitlement.
        Company company = fixtures.company();
        Company other = fixtures.company();
        UserAccount consultant = fixtures.consultant(company);
        String url = "/admin/users/" + consultant.getId();
        for (PortalUser someone : List.of(PortalUser.of(consultant), PortalUser.of(fixtures.officer(company)))) {
            mvc.perform(post(url + "/assignments/selected").with(user(someone)).with(csrf())
                    .param("companyIds", other.getId().toString())).andExpect(status().isNotFound());
            mvc.perform(post(url + "/assignments/matching").with(user(someone)).with(csrf())
                    .param("q", other.getName())).andExpect(status().isNotFound());
            mvc.perform(post(url + "/assignments/removal").with(user(someone)).with(csrf())
                    .param("companyIds", company.getId().toString())).andExpect(status().isNotFound());
        }
        // Without the form's token an administrator's browser is refused too.
        PortalUser admin = PortalUser.of(fixtures.admin());
        mvc.perform(post(url + "/assignments/selected").with(user(admin))
                .param("companyIds", other.getId().toString())).andExpect(status().isForbidden());
        // Only a consultant has clients.
        UserAccount officer = fixtures.officer(company);
        mvc.perform(post("/admin/users/" + officer.getId() + "/assignments/selected").with(user(admin)).with(csrf())
                .param("companyIds", other.getId().toString())).andExpect(status().isNotFound());
        assertThat(users.findAssignedCompanyIds(consultant.getId())).containsExactly(company.getId());
    }

    /** With every company assigned, the unsearched list to assign from says so, not "no match" (found in a walk). */
    @Test
    void aConsultantWithEveryCompanyIsToldThereIsNothingLeftToAssign() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        UserAccount consultant = lawyer();
        String url = "/admin/users/" + consultant.getId();
        try {
            mvc.perform(post(url + "/assignments/matching").with(user(admin)).with(csrf()).param("q", ""))
                    .andExpect(flash().attribute("message", "user.assignedMany"));
            assertThat(page(admin, url).select("p.empty").eachText())
                    .contains("所有可分配的公司都已分配给此法律顾问。");
            assertThat(page(admin, url + "?q=" + encoded("不存在的公司名")).select("p.empty").eachText())
                    .contains("没有匹配的公司。");
        }
        finally {
            // Every company of the shared test database: the other tests' plans and lists do not see this consultant.
            jdbc.update("delete from consultant_assignment where consultant_id = ?", consultant.getId());
        }
    }

    /**
     * 1,000 companies: "assign all" says how many and asks first, assigns them in statements that do not grow with
     * their number, audits each; the page then shows the first 20 clients by pinyin and counts all of them, with a
     * search over the others.
     */
    @Test
    void aThousandCompaniesAreAssignedAtOnceAndThePageShowsTheFirstTwenty() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        UserAccount consultant = lawyer();
        String tag = TestFixtures.unique("千家");
        List<Company> thousand = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            // Leading characters in pinyin order other than their code points' (北 < 安 by code point).
            thousand.add(new Company((i % 2 == 0 ? "北" : "安") + i + tag, null));
        }
        companies.saveAll(thousand);
        String url = "/admin/users/" + consultant.getId();
        String searched = url + "?q=" + encoded(tag);

        Document offered = page(admin, url + "?q=" + tag);
        assertThat(offered.select("#assignable-clients tbody tr")).hasSize(20);
        assertThat(offered.select("#assign-matching button").text()).contains("1,000 家");
        assertThat(offered.select("#assign-matching").attr("data-confirm")).contains("1,000 家");
        // Without a search, every company not yet assigned, counted.
        long unassigned = users.countAssignableCompanies(consultant.getId(), "%");
        Document unsearched = page(admin, url + "?lang=en");
        assertThat(unsearched.select("#assign-matching button").text()).isEqualTo("Assign all "
                + String.format(java.util.Locale.ENGLISH, "%,d", unassigned) + " companies not yet assigned");
        assertThat(unsearched.select("#assign-matching").attr("data-confirm")).contains("王律师");

        var counted = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(
                        post(url + "/assignments/matching").with(user(admin)).with(csrf()).param("q", tag))
                .andExpect(redirectedUrl(searched)).andExpect(flash().attribute("message", "user.assignedMany"))
                .andExpect(flash().attribute("messageArguments", List.of(1000, "王律师"))));
        System.out.println("SQL statements for assigning 1,000 companies: " + counted.statements());
        assertThat(counted.statements()).isLessThanOrEqualTo(MAX_STATEMENTS_PER_BULK_ASSIGNMENT);
        assertThat(users.countAssignedCompanies(consultant.getId())).isEqualTo(1000);
        // A single assignment sends the consultant no message; 1,000 at once send none either.
        assertThat(inbox.unread(consultant.getId())).isZero();
        assertThat(audited("CONSULTANT_ASSIGNED", consultant)).hasSize(1000)
                .containsExactlyInAnyOrderElementsOf(thousand.stream().map(Company::getId).toList());

        var shown = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(get(url).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        System.out.println("SQL statements for the user page of a consultant with 1,000 clients: "
                + shown.statements());
        assertThat(shown.statements()).isLessThanOrEqualTo(MAX_STATEMENTS_PER_USER_PAGE);
        Document page = Jsoup.parse(shown.result());
        assertThat(page.select("#clients h2").text()).isEqualTo("客户公司（1,000 家）");
        assertThat(page.select("#assigned-clients tbody tr")).hasSize(20);
        assertThat(page.select("#assigned-clients tbody label.client").eachText()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(n -> "安" + (2 * n - 1) + tag).toList());
        assertThat(page.select("#assigned-hint").text()).isEqualTo("显示前 20 家（共 1,000 家，按名称排序）；输入名称可查找其余的公司。");
        assertThat(page(admin, url + "?lang=en").select("#assigned-hint").text())
                .isEqualTo("The first 20 of 1,000 assigned companies, by name; type a name to find the others.");
        assertThat(shown.result().length()).as("the page's size, not 1,000 rows").isLessThan(60_000);

        // The search finds the others among the clients, and says how many match and that the first are shown.
        Document bei = page(admin, url + "?q=" + "北998" + tag);
        assertThat(bei.select("#assigned-clients tbody label.client").eachText()).containsExactly("北998" + tag);
        Document many = page(admin, url + "?q=" + tag);
        assertThat(many.select("#assigned-clients tbody tr")).hasSize(20);
        assertThat(many.select("#assigned-filter").text()).contains("与“" + tag + "”匹配的 1,000 家（共 1,000 家）",
                "显示前 20 家。");
        assertThat(many.select("#assigned-hint")).isEmpty();
        // Nothing left to assign from the search: no "assign all".
        assertThat(many.select("#assign-matching")).isEmpty();

        // The same for 3 companies: the statements do not grow with the number.
        UserAccount another = lawyer();
        String few = TestFixtures.unique("三家");
        companies(few, "甲", "乙", "丙");
        long three = HibernateStatements.count(entityManagerFactory, () -> mvc.perform(
                post("/admin/users/" + another.getId() + "/assignments/matching").with(user(admin)).with(csrf())
                        .param("q", few)).andExpect(flash().attribute("messageArguments", List.of(3, "王律师"))))
                .statements();
        assertThat(counted.statements()).isEqualTo(three);
    }
}
