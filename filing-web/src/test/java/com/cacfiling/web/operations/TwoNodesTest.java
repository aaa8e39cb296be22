package com.cacfiling.web.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.cacfiling.web.FilingPortalApplication;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.token.ApiTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes — two whole application contexts, each with its own web server on a random port — on the one
 * PostgreSQL of the test JVM, talked to over real HTTP as a load balancer would spread a user's requests: a session
 * made on one node is valid on the other, sign-in failures are counted across both, and scheduled housekeeping runs
 * once per scheduled time, not once per node.
 */
class TwoNodesTest {

    /**
     * Command-line arguments, as an operator would start a node: both believe 127.0.0.1 as a proxy, so that each test
     * attacks from client addresses of its own.
     */
    private static final String[] NODE_ARGUMENTS = {
        "--server.port=0",
        "--filing.trusted-proxies=127.0.0.1",
        // Every four seconds, at the same instants on both nodes; each run holds the lock at least two seconds, so
        // a node whose scheduler fires up to two seconds late (a loaded machine) still finds the run done.
        "--filing.housekeeping.cron=*/4 * * * * *",
        "--filing.housekeeping.lock-at-least-for=PT3S",
    };

    static ConfigurableApplicationContext node1;
    static ConfigurableApplicationContext node2;

    @BeforeAll
    static void startTwoNodes() {
        node1 = new SpringApplicationBuilder(FilingPortalApplication.class).profiles("test")
                .run(NODE_ARGUMENTS);
        node2 = new SpringApplicationBuilder(FilingPortalApplication.class).profiles("test")
                .run(NODE_ARGUMENTS);
    }

    @AfterAll
    static void stopNodes() {
        if (node2 != null) {
            node2.close();
        }
        if (node1 != null) {
            node1.close();
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static String someAddress() {
        return "198.18." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
    }

    @Test
    void bothNodesShareOneDatabaseAndEachKnowsTheOther() {
        PortalNodes nodes1 = node1.getBean(PortalNodes.class);
        PortalNodes nodes2 = node2.getBean(PortalNodes.class);
        assertThat(nodes1.self()).isNotEqualTo(nodes2.self()).endsWith("#" + ProcessHandle.current().pid())
                .contains(":" + port(node1));
        assertThat(nodes2.active()).extracting(PortalNodes.Node::id).contains(nodes1.self(), nodes2.self());
        String report = node2.getBean(StartupReport.class).report();
        assertThat(report).contains(StartupReport.withoutParameters(node2.getEnvironment().getProperty("spring.datasource.url")))
                .doesNotContain("password=")
                .contains(nodes1.self()).contains(nodes2.self() + " (this node)").contains("data directory");
    }

    @Test
    void aSessionMadeOnNode1IsValidOnNode2AndSigningOutThereEndsItEverywhere() throws Exception {
        Client browser = new Client(someAddress());
        HttpResponse<String> signedIn = browser.signIn(port(node1), "root-admin", "Root-Admin-Test-1");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(":" + port(node1) + "/");
        String session = browser.cookie("FILING_SESSION");
        assertThat(session).isNotBlank();

        // Node 2 has never seen this browser: only the session cookie goes there.
        Client sameCookieOnly = new Client(someAddress());
        sameCookieOnly.cookies.put("FILING_SESSION", session);
        // (searched: other tests in this JVM add users, and the list is paged)
        HttpResponse<String> users = sameCookieOnly.get(port(node2), "/admin/users?q=root-admin");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("root-admin");
        assertThat(users.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("FILING_SESSION"));
        assertThat(users.headers().firstValue("X-Request-Id")).isPresent();

        // Signing out on node 2 ends the session on node 1 as well.
        String token = csrf(sameCookieOnly.get(port(node2), "/filings").body());
        assertThat(sameCookieOnly.post(port(node2), "/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        HttpResponse<String> afterwards = browser.get(port(node1), "/admin/users");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void deactivatingAUserOnNode2EndsTheSessionTheyMadeOnNode1() throws Exception {
        TestFixtures fixtures = node1.getAutowireCapableBeanFactory().createBean(TestFixtures.class);
        var officer = fixtures.officer(fixtures.company());
        Client officerBrowser = new Client(someAddress());
        officerBrowser.signIn(port(node1), officer.getUsername(), TestFixtures.PASSWORD);
        assertThat(officerBrowser.get(port(node1), "/filings").statusCode()).isEqualTo(200);

        Client adminBrowser = new Client(someAddress());
        adminBrowser.signIn(port(node2), "root-admin", "Root-Admin-Test-1");
        String token = csrf(adminBrowser.get(port(node2), "/admin/users").body());
        HttpResponse<String> deactivated = adminBrowser.post(port(node2),
                "/admin/users/" + officer.getId() + "/deactivate", Map.of("_csrf", token));
        assertThat(deactivated.statusCode()).isEqualTo(302);

        HttpResponse<String> next = officerBrowser.get(port(node1), "/filings");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?accountDeactivated");
    }

    @Test
    void theTrustedProxysRequestIdIsKeptAndEchoed() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port(node1) + "/actuator/health")).header("X-Request-Id", "proxy-42.a")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        assertThat(health.headers().firstValue("X-Request-Id")).hasValue("proxy-42.a");
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port(node2) + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("UP");
    }

    @Test
    void prometheusMetricsAreForAdministratorsOnly() throws Exception {
        TestFixtures fixtures = node1.getAutowireCapableBeanFactory().createBean(TestFixtures.class);
        ApiTokens tokens = node1.getBean(ApiTokens.class);
        String adminToken = tokens.create(fixtures.admin().getId(), "prometheus");
        var company = fixtures.company();
        String officerToken = tokens.create(fixtures.officer(company).getId(), "curious");
        // A document rendered on node 2 shows in node 2's render timer, per document kind and format.
        var filing = fixtures.filing(company, "计时算法");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port(node2) + "/api/v1/filings/" + filing.getId() + "/documents/report.pdf"))
                .header("Authorization", "Bearer " + officerToken).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(scrape(port(node2), null).statusCode()).isEqualTo(401);
        assertThat(scrape(port(node2), officerToken).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = scrape(port(node2), adminToken);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("filing_rules_evaluation_seconds", "filing_documents_render_seconds",
                "filing_dossier_size_bytes", "filing_housekeeping_runs_total", "http_server_requests_seconds",
                "uri=\"/login\"", "hikaricp_connections_active");
        assertThat(metrics.body()).containsPattern("filing_documents_render_seconds_count\\{[^}]*document=\"report\""
                + "[^}]*format=\"PDF\"[^}]*} 1");
        // Details of the health, with the database, for the administrator only.
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port(node2) + "/actuator/health"))
                .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"db\"", "PostgreSQL");
    }

    private static HttpResponse<String> scrape(int port, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void failuresOfOneAccountAreCountedAcrossBothNodes() throws Exception {
        String username = "spread-" + UUID.randomUUID();
        // Five wrong passwords, spread over both nodes and over different client addresses: neither node has
        // seen five itself.
        for (int i = 0; i < 5; i++) {
            int port = port(i % 2 == 0 ? node1 : node2);
            assertThat(new Client(someAddress()).signIn(port, username, "wrong").headers().firstValue("Location")
                    .orElseThrow()).endsWith("/login?error");
        }
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            assertThat(new Client(someAddress()).signIn(port(node), username, "wrong").headers()
                    .firstValue("Location").orElseThrow()).as("slowed down on every node").endsWith("/login?throttled");
        }
    }

    @Test
    void anAddressIsPausedOnBothNodesAfterFailuresOnEither() throws Exception {
        String attacker = someAddress();
        Client client = new Client(attacker);
        for (int i = 0; i < 30; i++) {
            int port = port(i % 2 == 0 ? node1 : node2);
            assertThat(client.signIn(port, "spray-" + UUID.randomUUID(), "wrong").headers().firstValue("Location")
                    .orElseThrow()).endsWith("/login?error");
        }
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            HttpResponse<String> refused = client.signIn(port(node), "root-admin", "Root-Admin-Test-1");
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
            assertThat(client.get(port(node), "/login?locked").body()).contains("id=\"login-locked\"");
        }
        // Another address is not affected.
        assertThat(new Client(someAddress()).signIn(port(node2), "root-admin", "Root-Admin-Test-1").headers()
                .firstValue("Location").orElseThrow()).endsWith(":" + port(node2) + "/");
    }

    @Test
    void housekeepingRunsOncePerScheduledTimeNotOncePerNode() throws Exception {
        Housekeeping on1 = node1.getBean(Housekeeping.class);
        Housekeeping on2 = node2.getBean(Housekeeping.class);
        // Start midway between two scheduled times, within a minute (so that the five-minute housekeeping of any
        // other portal context in this JVM cannot take one of the times): the next sixteen seconds hold exactly
        // four times at which both nodes' schedulers fire.
        Instant start = nextWindowStart();
        sleepUntil(start);
        long before = on1.runCount() + on2.runCount();
        sleepUntil(start.plusSeconds(16));
        long runs = on1.runCount() + on2.runCount() - before;
        // Without the lock both nodes run at every time (8). A loaded machine may fire a time late, past the window's
        // end, so fewer than four is tolerated; more than four would mean a time ran on both nodes.
        assertThat(runs).as("runs of both nodes at four scheduled times").isBetween(2L, 4L);
        assertThat(on1.runCount() + on2.runCount()).isPositive();
        JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'housekeeping'", String.class))
                .isNotBlank();
    }

    /** The next second two seconds after a scheduled time whose sixteen-second window stays inside one minute. */
    private static Instant nextWindowStart() {
        Instant candidate = Instant.now().plusSeconds(1);
        while (true) {
            Instant second = candidate.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            int inMinute = LocalTime.ofInstant(second, ZoneOffset.UTC).getSecond();
            if (inMinute % 4 == 2 && inMinute <= 42) {
                return second;
            }
            candidate = second.plusSeconds(1);
        }
    }

    private static void sleepUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
        return matcher.group(1);
    }

    /**
     * A browser behind the trusted proxy: it keeps its cookies itself (so that a test decides which node gets which
     * cookie), sends its client address as the proxy would, and does not follow redirects.
     */
    static final class Client {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final Map<String, String> cookies = new LinkedHashMap<>();
        private final String address;

        Client(String address) {
            this.address = address;
        }

        String cookie(String name) {
            return cookies.get(name);
        }

        HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
            return send(request(port, path).GET().build());
        }

        HttpResponse<String> post(int port, String path, Map<String, String> form)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        HttpResponse<String> signIn(int port, String username, String password)
                throws IOException, InterruptedException {
            String token = csrf(get(port, "/login").body());
            return post(port, "/login", Map.of("_csrf", token, "username", username, "password", password));
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                }
                else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        private HttpRequest.Builder request(int port, String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", address);
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return builder;
        }
    }
}
