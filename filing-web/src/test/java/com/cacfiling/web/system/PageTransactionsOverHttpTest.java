package com.cacfiling.web.system;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cacfiling.web.HibernateStatements;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.filing.FilingService;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import com.cacfiling.web.wizard.Step;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the running Tomcat, with a browser's session kept in the database: a wizard page that changes nothing runs
 * without a transaction (the page's reads, {@link ReadWithoutTransaction}; the session is read by one statement
 * without a transaction of its own, and the unchanged session is not written back), and a save round trip in one
 * (the save), its "saved" notice coming once in a cookie ({@link NoticeCookies}). It was four and eight: the page's
 * comments and the save's binding had transactions of their own, and every session was written back; then two and
 * six, with the session read in a transaction of its own and the notice written into the session and removed from it
 * again; then one and two, the page's reads in a read-only transaction. Counted with Hibernate's statistics,
 * the least of three tries, since a background task (the nodes' heartbeat) may add one to a try but never removes one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixtures.class)
class PageTransactionsOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    FilingService filings;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private BrowserOverHttp browser;

    @BeforeEach
    void browser() {
        browser = new BrowserOverHttp(port);
    }

    @Test
    void aPageThatChangesNothingRunsWithoutATransactionAndASaveRoundTripInOne() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "事务计数算法");
        browser.signIn(officer);
        String path = "/filings/" + filing.getId() + "/steps/basic";
        assertThat(get(path).statusCode()).isEqualTo(200);

        assertThat(leastTransactions(() -> assertThat(get(path).statusCode()).isEqualTo(200)))
                .as("transactions of a step page that changes nothing").isZero();

        long[] round = new long[3];
        for (int attempt = 0; attempt < round.length; attempt++) {
            String page = get(path).body();
            String name = "事务计数算法" + attempt;
            long post = HibernateStatements.count(entityManagerFactory, () -> {
                HttpResponse<String> saved = post(path, "_csrf=" + BrowserOverHttp.csrf(page) + "&_action=save"
                        + "&_version=" + value(page, "_version") + "&algorithm.basics.name=" + encode(name));
                assertThat(saved.statusCode()).isEqualTo(302);
                return saved;
            }).transactions();
            long next = HibernateStatements.count(entityManagerFactory,
                    () -> assertThat(get(path).body()).contains(name).contains("已保存。")).transactions();
            round[attempt] = post + next;
            assertThat(get(path).body()).as("the notice, once").contains(name).doesNotContain("已保存。");
        }
        assertThat(java.util.Arrays.stream(round).min().orElseThrow()).as("transactions of a save round trip")
                .isEqualTo(1);
        assertThat(filings.get(filing.getId(), PortalUser.of(officer)).getAlgorithm().getName())
                .isEqualTo("事务计数算法2");
    }

    /**
     * A GET writes nothing: while every step page, the workflow and history pages and the dashboard are viewed no
     * transaction id is handed out (PostgreSQL gives one to a transaction only when it writes; read-only work takes
     * none). The least of three tries, as above: the nodes' heartbeat may write during one.
     */
    @Test
    void viewingPagesWritesNothing() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, "只读页面算法"), PortalUser.of(officer));
        browser.signIn(officer);
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (Step step : Step.values()) {
            paths.add("/filings/" + filing.getId() + "/steps/" + step.slug());
        }
        paths.add("/filings/" + filing.getId() + "/workflow");
        // With the entity's approval in the workflow log and the history: read from the log, never written then.
        filings.recordEntityApproval(PortalUser.of(fixtures.consultant(company)), filing.getId(),
                java.time.LocalDate.of(2026, 11, 20));
        paths.add("/filings/" + filing.getId() + "/history");
        paths.add("/filings");
        for (String path : paths) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = nextTransactionId();
            for (String path : paths) {
                assertThat(get(path).statusCode()).as(path).isEqualTo(200);
            }
            least = Math.min(least, nextTransactionId() - before);
        }
        assertThat(least).as("transaction ids handed out while pages were viewed").isZero();
    }

    private long nextTransactionId() {
        return jdbc.queryForObject("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint", Long.class);
    }

    /** A secret shown once stays in the session, and the session is stored without it once it has been shown. */
    @Test
    void aResetPasswordIsShownOnceOverARealSession() throws Exception {
        UserAccount admin = fixtures.admin();
        UserAccount officer = fixtures.officer(fixtures.company());
        browser.signIn(admin);
        String users = get("/admin/users?q=" + officer.getUsername()).body();
        HttpResponse<String> reset = post("/admin/users/" + officer.getId() + "/reset-password",
                "_csrf=" + BrowserOverHttp.csrf(users));
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(reset.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("FILING_NOTICE"));
        String location = java.net.URI.create(reset.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(get(location).body()).contains("id=\"new-password\"");
        assertThat(get(location).body()).as("the next visit").doesNotContain("id=\"new-password\"");
    }

    private long leastTransactions(HibernateStatements.Action<?> action) throws Exception {
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            least = Math.min(least, HibernateStatements.count(entityManagerFactory, action).transactions());
        }
        return least;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.get(path);
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.post(path, form);
    }

    private static String value(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("%s in the page", name).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
