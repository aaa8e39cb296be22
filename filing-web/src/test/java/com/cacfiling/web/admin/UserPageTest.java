package com.cacfiling.web.admin;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.web.HibernateStatements;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.company.CompanyRepository;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.user.UserAccountRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Found in a walk with 300 companies: the users list repeated every company in two selects in every row (540 KB,
 * 0.9–1.8 s in the browser) and offered no search to assign a consultant's clients. A user's role and clients are
 * now on the user's own page, assigned from a search; the list names the first few clients in a stable order.
 */
@PortalTest
class UserPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    CompanyRepository companies;

    @Autowired
    UserAccountRepository users;

    private Document page(PortalUser admin, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** A client without a credit code says so, as the companies list does (a walk found the cell blank). */
    @Test
    void aClientWithoutACreditCodeSaysSo() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        com.cacfiling.web.user.UserAccount consultant = fixtures.consultant(fixtures.company());
        Document page = page(admin, "/admin/users/" + consultant.getId());
        assertThat(page.select("#assigned-clients tbody td.code").eachText()).containsExactly("未填写");
    }

    /**
     * The name and e-mail address given at the invitation are shown and can be corrected (found in a walk: a mistyped
     * address could be seen nowhere); a refused correction comes back as typed with its error at the field, and a
     * correction saved unchanged changes nothing.
     */
    @Test
    void aUsersNameAndEmailAreShownAndCorrected() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        com.cacfiling.web.user.UserAccount officer = fixtures.officer(fixtures.company());
        String url = "/admin/users/" + officer.getId();
        Document page = page(admin, url);
        assertThat(page.select("#details-name").val()).isEqualTo(officer.getDisplayName());

        String refused = mvc.perform(post(url + "/details").with(user(admin)).with(csrf())
                        .param("displayName", "赵宇").param("email", "zhao.yu@yunfan"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document again = Jsoup.parse(refused);
        assertThat(again.select("#details-name").val()).isEqualTo("赵宇");
        assertThat(again.select("#details-email").val()).isEqualTo("zhao.yu@yunfan");
        assertThat(again.select("#details-email-error").text()).isEqualTo("电子邮箱格式不正确，例如 name@example.cn。");
        assertThat(users.findById(officer.getId()).orElseThrow().getDisplayName()).isEqualTo(officer.getDisplayName());

        mvc.perform(post(url + "/details").with(user(admin)).with(csrf()).param("displayName", "  赵宇 ")
                        .param("email", "zhao.yu@yunfan-ai.example.cn"))
                .andExpect(redirectedUrl(url)).andExpect(flash().attribute("message", "user.details.saved"));
        var saved = users.findById(officer.getId()).orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("赵宇");
        assertThat(saved.getEmail()).isEqualTo("zhao.yu@yunfan-ai.example.cn");
        assertThat(page(admin, url).select("#details-email").val()).isEqualTo("zhao.yu@yunfan-ai.example.cn");
        mvc.perform(post(url + "/details").with(user(admin)).with(csrf()).param("displayName", "赵宇")
                        .param("email", "zhao.yu@yunfan-ai.example.cn"))
                .andExpect(flash().attribute("message", "user.details.unchanged"));
        mvc.perform(post(url + "/details").with(user(admin)).with(csrf()).param("displayName", " ")
                        .param("email", ""))
                .andExpect(status().isOk());
        assertThat(users.findById(officer.getId()).orElseThrow().getDisplayName()).isEqualTo("赵宇");
        // A name too long is refused with its error and kept as typed, as the invitation does; the field does not
        // cut a pasted name short (found in a walk: 250 characters pasted were saved as the first 200, "saved").
        assertThat(page(admin, url).select("#details-name, #details-email")).allSatisfy(input ->
                assertThat(input.hasAttr("maxlength")).as(input.id()).isFalse());
        String tooLong = "赵".repeat(250);
        Document long250 = Jsoup.parse(mvc.perform(post(url + "/details").with(user(admin)).with(csrf())
                        .param("displayName", tooLong).param("email", "zhao.yu@yunfan-ai.example.cn"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(long250.select("#details-name").val()).isEqualTo(tooLong);
        assertThat(long250.select("#details-name-error").text()).isEqualTo("姓名不能超过 200 个字符。");
        assertThat(users.findById(officer.getId()).orElseThrow().getDisplayName()).isEqualTo("赵宇");
        // Officers and consultants do not change accounts.
        mvc.perform(post(url + "/details").with(user(PortalUser.of(officer))).with(csrf())
                        .param("displayName", "自己改名").param("email", ""))
                .andExpect(status().is4xxClientError());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    /**
     * Found in a review: the users list names five clients of each consultant, but loaded every client of every
     * consultant to do so (a consultant may have 1,000). It reads the five and how many there are, for the whole page
     * in the same statements: a page of one consultant with 30 clients takes as many as one of three consultants, and
     * loads no more entities than the page of a consultant with two.
     */
    @Test
    void theUsersListReadsOnlyTheFiveClientsItNamesAndTheirCount() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        String tag = TestFixtures.unique("five");
        String prefix = TestFixtures.unique("列表公司");
        List<Company> thirty = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Saved out of order: the row names the first by name, not the first assigned.
            thirty.add(companies.save(new Company(prefix + "-" + (129 - i), null)));
        }
        UserAccount many = users.save(UserAccount.consultant(tag + "-a", "-", "甲律师"));
        UserAccount two = users.save(UserAccount.consultant(tag + "-b", "-", "乙律师"));
        UserAccount none = users.save(UserAccount.consultant(tag + "-c", "-", "丙律师"));
        thirty.forEach(company -> assign(many, company));
        assign(two, thirty.get(0));
        assign(two, thirty.get(1));

        String alone = "/admin/users?q=" + tag + "-a";
        String ofTwo = "/admin/users?q=" + tag + "-b";
        String all = "/admin/users?q=" + tag;
        // Once each before counting: what the page reads once and remembers is not counted in one of them only.
        page(admin, alone);
        page(admin, ofTwo);
        page(admin, all);
        var one = HibernateStatements.count(entityManagerFactory, () -> page(admin, alone));
        var three = HibernateStatements.count(entityManagerFactory, () -> page(admin, all));
        assertThat(three.statements()).isEqualTo(one.statements());
        // The 30 clients are not loaded to name five of them.
        assertThat(one.entities()).isEqualTo(HibernateStatements.count(entityManagerFactory,
                () -> page(admin, ofTwo)).entities());

        for (Document list : List.of(one.result(), three.result())) {
            var row = list.select("#edit-" + (tag + "-a").replace(".", "\\.")).first().closest("tr");
            assertThat(row.select(".tag").eachText()).containsExactly(prefix + "-100", prefix + "-101",
                    prefix + "-102", prefix + "-103", prefix + "-104");
            assertThat(row.text()).contains("等另外 25 家");
        }
        var rowOfTwo = three.result().select("#edit-" + tag + "-b").first().closest("tr");
        assertThat(rowOfTwo.select(".tag").eachText()).containsExactly(prefix + "-128", prefix + "-129");
        assertThat(rowOfTwo.text()).doesNotContain("等另外").doesNotContain("尚未分配客户公司");
        assertThat(three.result().select("#edit-" + tag + "-c").first().closest("tr").text())
                .contains("尚未分配客户公司");
        assertThat(page(admin, alone + "&lang=en").select("#users").text()).contains("and 25 more");
        // The repository reads the first five by name and the count, nothing for a consultant without clients.
        List<Object[]> rows = users.firstClients(List.of(many.getId(), two.getId(), none.getId()), 5);
        assertThat(rows).hasSize(7);
        assertThat(rows.stream().filter(r -> r[0].equals(many.getId())).map(r -> r[2] + " " + r[4]).toList())
                .containsExactly(prefix + "-100 30", prefix + "-101 30", prefix + "-102 30", prefix + "-103 30",
                        prefix + "-104 30");
    }

    private void assign(UserAccount consultant, Company company) {
        jdbc.update("insert into consultant_assignment (consultant_id, company_id) values (?, ?)", consultant.getId(),
                company.getId());
    }

    @Test
    void aConsultantsClientsAreAssignedFromASearchOnTheUsersOwnPage() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        String prefix = TestFixtures.unique("用户页公司");
        List<Company> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            created.add(companies.save(new Company(prefix + "-" + (100 + i), null)));
        }
        UserAccount consultant = fixtures.consultant(created.subList(0, 7).toArray(Company[]::new));

        Document list = page(admin, "/admin/users?q=" + consultant.getUsername());
        assertThat(list.select("#users select")).as("no company list in the rows").isEmpty();
        assertThat(list.select("#users .tag").eachText()).containsExactly(prefix + "-100", prefix + "-101",
                prefix + "-102", prefix + "-103", prefix + "-104");
        assertThat(list.select("#users").text()).contains("等另外 2 家");
        String userPage = list.select("#edit-" + consultant.getUsername().replace(".", "\\.")).attr("href");
        assertThat(userPage).isEqualTo("/admin/users/" + consultant.getId());

        Document own = page(admin, userPage);
        assertThat(own.select("#assigned-clients tbody tr")).hasSize(7);
        assertThat(own.select("#clients h2").text()).isEqualTo("客户公司（7 家）");
        assertThat(own.select("#assignable-clients tbody tr")).hasSizeLessThanOrEqualTo(20);
        Document found = page(admin, userPage + "?q=" + prefix + "-12");
        assertThat(found.select("#assignable-clients tbody label").eachText()).containsExactly(
                java.util.stream.IntStream.range(120, 130).mapToObj(n -> prefix + "-" + n).toArray(String[]::new));
        assertThat(found.select("#assigned-clients tbody tr")).isEmpty();
        String companyId = found.select("#assignable-clients button[name=companyId]").first().val();
        mvc.perform(post("/admin/users/{id}/assignments", consultant.getId()).with(user(admin)).with(csrf())
                        .param("companyId", companyId))
                .andExpect(redirectedUrl("/admin/users/" + consultant.getId()))
                .andExpect(flash().attribute("message", "user.assigned"));
        assertThat(page(admin, userPage).select("#assigned-clients tbody tr")).hasSize(8);
        // From the page's form the search is kept, and the notice names the company (found in a walk: the search
        // was cleared after every click, and the notice said "the company").
        String another = found.select("#assignable-clients button[name=companyId]").get(1).val();
        mvc.perform(post("/admin/users/{id}/assignments", consultant.getId()).with(user(admin)).with(csrf())
                        .param("companyId", another).param("q", prefix + "-12"))
                .andExpect(redirectedUrl("/admin/users/" + consultant.getId() + "?q=" + org.springframework.web.util
                        .UriUtils.encodeQueryParam(prefix + "-12", java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(flash().attribute("messageArguments", List.of(prefix + "-121",
                        consultant.getDisplayName())));
        // Every match at once (55 clients took 55 page loads), each audited.
        Document matching = page(admin, userPage + "?q=" + prefix + "-12");
        assertThat(matching.select("#assign-matching")).isNotEmpty();
        // It says how many it assigns, on the button and in its confirmation (one click assigned 300 unannounced).
        assertThat(matching.select("#assign-matching button").text()).contains("8 家");
        assertThat(matching.select("#assign-matching").attr("data-confirm")).contains("8 家");
        // While searched, the assigned list says it shows the matches only, and how to see all (found in a walk:
        // "client companies (4)" above one company).
        assertThat(matching.select("#assigned-filter").text()).contains("2 家", "共 9 家");
        assertThat(matching.select("#clear-client-search").attr("href")).isEqualTo(userPage);
        mvc.perform(post("/admin/users/{id}/assignments/matching", consultant.getId()).with(user(admin)).with(csrf())
                        .param("q", prefix + "-12"))
                .andExpect(flash().attribute("message", "user.assignedMany"))
                .andExpect(flash().attribute("messageArguments", List.of(8, consultant.getDisplayName())));
        assertThat(page(admin, userPage + "?q=" + prefix + "-12").select("#assignable-clients tbody tr")).isEmpty();
        assertThat(page(admin, userPage).select("#assigned-clients tbody tr")).hasSize(17);
        // A wildcard typed is taken literally.
        assertThat(page(admin, userPage + "?q=%25").select("#assignable-clients tbody tr")).isEmpty();
    }

    /**
     * A consultant with no client searched for one: the page says there is none yet ("0 of 0 match" said nothing),
     * and one company found is offered in the singular (found in a walk: "Assign all 1 companies matching").
     */
    @Test
    void aSearchOfAConsultantWithoutClientsSaysThereIsNoneAndOneMatchIsSingular() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        String tag = TestFixtures.unique("云帆");
        companies.save(new Company(tag + "科技", null));
        UserAccount consultant = fixtures.consultant();
        String url = "/admin/users/" + consultant.getId() + "?q=" + tag;
        Document english = page(admin, url + "&lang=en");
        assertThat(english.select("#assigned-filter")).isEmpty();
        assertThat(english.select("#clients p.empty").first().text()).isEqualTo("No client companies yet");
        assertThat(english.select("#assign-matching button").text())
                .isEqualTo("Assign the one company matching “" + tag + "” that is not yet assigned");
        assertThat(english.select("#assign-matching").attr("data-confirm")).startsWith("Assign the one company");
        // A search's result is not "the first 20 by name" (found in a walk); the unsearched list is.
        assertThat(english.select("#assignable-hint")).isEmpty();
        assertThat(page(admin, "/admin/users/" + consultant.getId() + "?lang=en").select("#assignable-hint").text())
                .startsWith("The first 20 companies not yet assigned");
        Document chinese = page(admin, url + "&lang=zh-CN");
        assertThat(chinese.select("#assigned-filter")).isEmpty();
        assertThat(chinese.select("#clients p.empty").first().text()).isEqualTo("尚未分配客户公司");

        companies.save(new Company(tag + "数据", null));
        assertThat(page(admin, url + "&lang=en").select("#assign-matching button").text())
                .isEqualTo("Assign all 2 companies matching “" + tag + "” that are not yet assigned");
    }

    @Test
    void aRefusedFormShowsTheWholeListAndSaysSoAtTheTop() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        // A user name sorting before the other tests' administrators ("admin-…"): on the first page however many
        // of them earlier tests made (25 of them filled it).
        users.save(UserAccount.consultant("0-" + TestFixtures.unique("consultant"), "-", "Consultant"));
        Document refused = Jsoup.parse(mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf())
                        .param("username", "").param("displayName", "").param("role", "OFFICER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#form-refused a").attr("href")).isEqualTo("#invite-card");
        assertThat(refused.select("#user-search-role option[selected]").val()).as("the list is not filtered")
                .isEmpty();
        assertThat(refused.select("#users td[data-label]").eachText()).contains("法律顾问");
    }

    @Test
    void theNextStepsAssignmentAsksToChooseAConsultant() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        fixtures.consultant(fixtures.company());
        Document next = page(admin, "/admin/companies?created=" + company.getId());
        assertThat(next.select("#assign-consultant option").first().val()).isEmpty();
        mvc.perform(post("/admin/users/assignments").with(user(admin)).with(csrf()).param("userId", "")
                        .param("companyId", company.getId().toString()))
                .andExpect(flash().attribute("refusal", "companies.nextSteps.chooseFirst"));
    }

    /** Found in a walk: after "assign" the next steps showed the same empty choice and nothing of who was assigned. */
    @Test
    void theNextStepsShowWhoWorksOnTheCompanyAndOfferOnlyTheOtherConsultants() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        var consultant = fixtures.consultant(fixtures.company());
        var officer = fixtures.officer(company);
        Document before = page(admin, "/admin/companies?created=" + company.getId());
        assertThat(before.select("#assigned-consultants")).isEmpty();
        assertThat(before.select("#assign-consultant option").eachAttr("value")).contains(consultant.getId().toString());
        assertThat(before.select("#company-officers").text()).contains(officer.getUsername());
        mvc.perform(post("/admin/users/assignments").with(user(admin)).with(csrf())
                .param("userId", consultant.getId().toString()).param("companyId", company.getId().toString()))
                .andExpect(status().is3xxRedirection());
        Document after = page(admin, "/admin/companies?created=" + company.getId());
        assertThat(after.select("#assigned-consultants").text()).contains("已分配的法律顾问").contains(consultant.getUsername());
        assertThat(after.select("#assign-consultant option").eachAttr("value"))
                .doesNotContain(consultant.getId().toString());
    }

    /**
     * Found in a walk: who may see a company took nine clicks through the users' pages. Every company's row links to
     * the panel of its consultants and officers, each a link to their own page; assigning from it comes back to it.
     */
    @Test
    void everyCompanysRowShowsWhoMaySeeIt() throws Exception {
        PortalUser admin = PortalUser.of(fixtures.admin());
        Company company = fixtures.company();
        var assigned = fixtures.consultant(company);
        var other = fixtures.consultant(fixtures.company());
        var officer = fixtures.officer(company);
        Document list = page(admin, "/admin/companies?q=" + company.getName());
        String link = list.getElementById("people-" + company.getId()).attr("href");
        assertThat(link).contains("people=" + company.getId()).endsWith("#company-people");
        assertThat(list.getElementById("people-" + company.getId()).text()).isEqualTo("有权访问的人员");

        Document people = page(admin, org.springframework.web.util.UriUtils.decode(link.substring(0,
                link.indexOf('#')), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(people.select("#company-people h2").text()).isEqualTo("谁可以查看“" + company.getName() + "”");
        assertThat(people.select("#next-steps")).isEmpty();
        assertThat(people.select("#assigned-consultants a").eachText()).containsExactly(
                assigned.getDisplayName() + " (" + assigned.getUsername() + ")");
        assertThat(people.select("#assigned-consultants a").attr("href")).startsWith("/admin/users/" + assigned.getId());
        assertThat(people.select("#company-officers a").eachText()).containsExactly(
                officer.getDisplayName() + " (" + officer.getUsername() + ")");
        assertThat(people.select("#companies tbody tr")).as("the list stays as searched").hasSize(1);

        mvc.perform(post("/admin/users/assignments").with(user(admin)).with(csrf())
                        .param("userId", other.getId().toString()).param("companyId", company.getId().toString())
                        .param("peopleOnly", "true").param("q", company.getName()))
                // Above the list as it was left (found in a re-check: the search was dropped).
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith(
                        "/admin/companies?people=" + company.getId() + "&q=" + org.springframework.web.util.UriUtils
                                .encodeQueryParam(company.getName(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page(admin, "/admin/companies?people=" + company.getId()).select("#assigned-consultants a")
                .eachText()).hasSize(2);

        Company nobody = fixtures.company();
        Document empty = page(admin, "/admin/companies?people=" + nobody.getId());
        assertThat(empty.select("#no-consultant-assigned").text()).isEqualTo("尚未分配法律顾问。");
        assertThat(empty.select("#no-officer").text()).isEqualTo("该公司尚无合规专员。");
        // A company without a credit code says who gives it (found in a walk: an empty column nobody could fill).
        Company withoutCode = companies.save(new Company(TestFixtures.unique("无代码公司"), null));
        Document withoutCodeList = page(admin, "/admin/companies?q=" + withoutCode.getName());
        var cell = withoutCodeList.selectFirst("#companies td[data-label=统一社会信用代码] .hint");
        assertThat(cell.text()).isEqualTo("未填写");
        assertThat(cell.attr("title")).contains("合规专员在备案第1步");
        // Said once above the table, not in every row (found in a walk: a long note repeated on every line).
        assertThat(withoutCodeList.select("#credit-code-hint").text()).contains("合规专员在备案第1步");
    }
}
