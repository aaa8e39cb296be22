package com.cacfiling.web.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.cacfiling.web.TestFixtures;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real embedded Tomcat (MockMvc has neither sessions nor forwarded-header handling of its own):
 * anonymous requests create no HTTP session, and forwarded headers are believed only from configured proxies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OverHttpTest {

    static final AtomicInteger SESSIONS_CREATED = new AtomicInteger();

    @TestConfiguration
    static class CountSessions {

        @Bean
        ServletListenerRegistrationBean<HttpSessionListener> sessionCounter() {
            return new ServletListenerRegistrationBean<>(new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    SESSIONS_CREATED.incrementAndGet();
                }
            });
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Sessions live in PostgreSQL (Spring Session JDBC): one row per session, whichever node created it. */
    private long storedSessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Long.class);
    }

    @Test
    void anonymousRequestsCreateNoSessionUntilSomeoneSignsIn() throws Exception {
        Browser anonymous = new Browser(port, Map.of());
        int containerSessionsBefore = SESSIONS_CREATED.get();
        long before = storedSessions();
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> login = anonymous.get("/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("FILING_SESSION"));
            assertThat(anonymous.get("/filings").statusCode()).isEqualTo(302);
        }
        assertThat(storedSessions() - before).as("sessions created by 400 anonymous requests").isZero();

        Browser admin = new Browser(port, Map.of());
        assertThat(admin.signIn("root-admin", "Root-Admin-Test-1").headers().firstValue("Location").orElseThrow())
                .endsWith(":" + port + "/");
        assertThat(storedSessions() - before).as("one session for one sign-in").isEqualTo(1);
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(SESSIONS_CREATED.get() - containerSessionsBefore)
                .as("no session in the servlet container's memory: they are all in the database").isZero();
    }

    /**
     * A signed-in user's requests do not write their session row each time (QuietSessions): the last access time
     * moves at most once a minute, while the session keeps working and its attributes stay.
     */
    @Test
    void requestsOfASignedInUserDoNotRewriteTheirSessionEachTime() throws Exception {
        Browser admin = new Browser(port, Map.of());
        admin.signIn("root-admin", "Root-Admin-Test-1");
        String sessionId = jdbc.queryForObject("select session_id from spring_session where principal_name = "
                + "'root-admin' order by creation_time desc limit 1", String.class);
        Long lastAccess = jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
                Long.class, sessionId);
        for (int i = 0; i < 20; i++) {
            assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
                Long.class, sessionId)).as("last access time after 20 requests within a minute").isEqualTo(lastAccess);
    }

    /**
     * A form sent with the token of a page opened before a new sign-in (another tab signed out and in) is refused,
     * and the page says it expired and nothing was saved, not that the user may not do this.
     */
    @Test
    void aFormWithAnExpiredTokenSaysThePageExpired() throws Exception {
        Browser admin = new Browser(port, Map.of("Accept-Language", "zh-CN"));
        admin.signIn("root-admin", "Root-Admin-Test-1");
        HttpResponse<String> refused = admin.post("/admin/companies", Map.of("_csrf", "a-token-of-an-older-page",
                "name", TestFixtures.unique("过期公司")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("页面已过期，修改未保存").doesNotContain("无权执行此操作");
    }

    @Autowired
    com.cacfiling.web.token.ApiTokens tokens;

    /**
     * A script's calls with a token are authenticated for the request alone: no session row, no session cookie
     * (found in a walk: every call, a 401 and a 400 too, answered with a new FILING_SESSION, a row each in
     * PostgreSQL until they expired).
     */
    @Test
    void apiCallsWithATokenCreateNoSession() throws Exception {
        java.util.UUID admin = jdbc.queryForObject("select id from app_user where username = 'root-admin'",
                java.util.UUID.class);
        String token = tokens.create(admin, TestFixtures.unique("script"));
        long before = storedSessions();
        List<HttpResponse<String>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Browser script = new Browser(port, Map.of("Authorization", "Bearer " + token));
            answers.add(script.get("/api/v1/filings"));
            answers.add(script.get("/api/v1/filings/not-an-id"));
            answers.add(new Browser(port, Map.of("Authorization", "Bearer fpat_revoked-or-unknown"))
                    .get("/api/v1/filings"));
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 400, 401);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie"))
                .as(answer.uri() + " " + answer.statusCode()).noneMatch(c -> c.startsWith("FILING_SESSION")));
        assertThat(storedSessions() - before).as("sessions created by 30 API calls").isZero();
    }

    /** An API call with a token that is no (longer a) token says what is wrong, not "try again later". */
    @Test
    void anApiCallWithAnUnknownTokenSaysSo() throws Exception {
        HttpResponse<String> refused = new Browser(port, Map.of("Authorization", "Bearer fpat_not-a-token"))
                .get("/api/v1/filings");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("no such access token").doesNotContain("try again later");
        // The error page's problem names its language as the request's did (set before the error's dispatch).
        assertThat(refused.headers().firstValue("Content-Language")).hasValue("en");
        HttpResponse<String> chinese = new Browser(port, Map.of("Authorization", "Bearer fpat_not-a-token",
                "Accept-Language", "zh-CN")).get("/api/v1/filings");
        assertThat(chinese.statusCode()).isEqualTo(401);
        assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-CN");
        assertThat(chinese.body()).containsPattern("\\p{IsHan}");
    }

    @Test
    void aLocalClientCannotFakeItsAddressOrTheHostOfGeneratedLinks() throws Exception {
        String username = TestFixtures.unique("probe");
        Browser client = new Browser(port, Map.of("X-Forwarded-For", "203.0.113.77", "X-Forwarded-Host", "evil.example"));
        assertThat(client.signIn(username, "wrong").headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/login?error");
        assertThat(jdbc.queryForObject("select client_address from change_log where action = 'LOGIN_FAILED' and actor = ?",
                String.class, username)).isEqualTo("127.0.0.1");

        Browser admin = new Browser(port, Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"));
        admin.signIn("root-admin", "Root-Admin-Test-1");
        String page = admin.get("/admin/users").body();
        HttpResponse<String> invited = admin.post("/admin/users/invite", Map.of("_csrf", csrf(page),
                "username", TestFixtures.unique("linked"), "displayName", "Linked", "role", "CONSULTANT"));
        assertThat(invited.statusCode()).isEqualTo(302);
        String link = between(admin.get("/admin/users").body(), "id=\"invite-link\"", "</div>");
        assertThat(link).contains("http://localhost:" + port + "/invite/").doesNotContain("evil.example");
    }

    @Test
    void aRequestIdSentByAClientThatIsNoConfiguredProxyIsReplaced() throws Exception {
        HttpResponse<String> login = new Browser(port, Map.of("X-Request-Id", "planted-id")).get("/login");
        assertThat(login.headers().firstValue("X-Request-Id")).isPresent().get().asString()
                .isNotEqualTo("planted-id").hasSize(36);
    }

    /** With the proxy configured, its forwarded client address is what the audit log records. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "filing.trusted-proxies=10.9.9.9, 127.0.0.1")
    class BehindAConfiguredProxy {

        @LocalServerPort
        int proxiedPort;

        @Test
        void forwardedAddressesFromTheProxyAreBelieved() throws Exception {
            String username = TestFixtures.unique("proxied");
            Browser client = new Browser(proxiedPort, Map.of("X-Forwarded-For", "203.0.113.78"));
            client.signIn(username, "wrong");
            assertThat(jdbc.queryForObject(
                    "select client_address from change_log where action = 'LOGIN_FAILED' and actor = ?",
                    String.class, username)).isEqualTo("203.0.113.78");
        }

        @Test
        void theProxysRequestIdIsKeptForTheLogsAndEchoed() throws Exception {
            HttpResponse<String> login = new Browser(proxiedPort, Map.of("X-Request-Id", "nginx-7f3a")).get("/login");
            assertThat(login.headers().firstValue("X-Request-Id")).hasValue("nginx-7f3a");
        }
    }

    static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
        return matcher.group(1);
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }

    /** A cookie-keeping client that sends the given headers with every request and does not follow redirects. */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final int port;
        private final Map<String, String> headers;

        Browser(int port, Map<String, String> headers) {
            this.port = port;
            this.headers = headers;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            String token = csrf(get("/login").body());
            return post("/login", Map.of("_csrf", token, "username", username, "password", password));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            headers.forEach(builder::header);
            return builder;
        }
    }

}
