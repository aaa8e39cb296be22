package com.cacfiling.web.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the running Tomcat: pages come gzipped at the fastest level when the browser accepts gzip, whole and the same as
 * uncompressed; otherwise as before; static assets keep Tomcat's compression.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixtures.class)
class FastCompressedPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures fixtures;

    private BrowserOverHttp browser;

    @BeforeEach
    void browser() {
        browser = new BrowserOverHttp(port);
    }

    @Test
    void aWizardPageComesGzippedAtTheFastestLevelAndInflatesToThePlainPage() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "压缩测试算法");
        signIn(officer);
        String path = "/filings/" + filing.getId() + "/steps/detailed";

        HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip, deflate, br");
        HttpResponse<byte[]> plain = get(path);

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary")).anyMatch(vary -> vary.toLowerCase().contains("accept-encoding"));
        assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
        assertThat(gzipped.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        byte[] inflated = inflate(gzipped.body());
        String page = new String(inflated, StandardCharsets.UTF_8);
        assertThat(page.strip()).contains("压缩测试算法").endsWith("</html>");
        // The same page (CSRF tokens are masked anew for every answer).
        assertThat(withoutTokens(page)).isEqualTo(withoutTokens(new String(plain.body(), StandardCharsets.UTF_8)));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        // Level 1: the deflate stream between gzip's 10-byte header and 8-byte trailer is what level 1 makes of it.
        byte[] stream = Arrays.copyOfRange(gzipped.body(), 10, gzipped.body().length - 8);
        assertThat(stream).isEqualTo(deflate(inflated, Deflater.BEST_SPEED));
        assertThat(stream).isNotEqualTo(deflate(inflated, Deflater.DEFAULT_COMPRESSION));
    }

    @Test
    void onlyANamedUnrefusedGzipGetsAGzippedPage() throws Exception {
        Company company = fixtures.company();
        FilingRecord filing = fixtures.filing(company, "拒绝压缩算法");
        signIn(fixtures.officer(company));
        String path = "/filings/" + filing.getId() + "/steps/basic";
        assertThat(get(path, "Accept-Encoding", "GZIP;q=0.5").headers().firstValue("Content-Encoding"))
                .hasValue("gzip");

        for (String refused : List.of("gzip;q=0, identity", "gzip; q=0.0", "identity", "*", "br", "gzip;q=0, *")) {
            HttpResponse<byte[]> plain = get(path, "Accept-Encoding", refused);
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(refused).isEmpty();
            assertThat(new String(plain.body(), StandardCharsets.UTF_8)).as(refused).contains("拒绝压缩算法");
        }
        HttpResponse<Void> head = browser.send(browser.request(path, "Accept-Encoding", "gzip")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
    }

    @Test
    void pagesUnderTheMinimumSizeStayPlainAndErrorPagesKeepTheirStatus() throws Exception {
        // Compressed exactly when the plain page has at least server.compression.min-response-size (2 KB).
        assertCompressedWhenLargeEnough("/login", 200);
        signIn(fixtures.officer(fixtures.company()));
        assertCompressedWhenLargeEnough("/filings/00000000-0000-0000-0000-000000000000/steps/detailed", 404);
    }

    private void assertCompressedWhenLargeEnough(String path, int status) throws Exception {
        HttpResponse<byte[]> plain = get(path);
        HttpResponse<byte[]> asked = get(path, "Accept-Encoding", "gzip");
        assertThat(plain.statusCode()).isEqualTo(status);
        assertThat(asked.statusCode()).isEqualTo(status);
        assertThat(asked.headers().firstValueAsLong("Content-Length")).hasValue(asked.body().length);
        boolean largeEnough = plain.body().length >= 2048;
        assertThat(asked.headers().firstValue("Content-Encoding")).as(path).isEqualTo(
                largeEnough ? java.util.Optional.of("gzip") : java.util.Optional.empty());
        String page = new String(largeEnough ? inflate(asked.body()) : asked.body(), StandardCharsets.UTF_8);
        assertThat(page.strip()).startsWith("<!DOCTYPE html>").endsWith("</html>");
    }

    @Test
    void aPageWrittenInPiecesIsSentWholeInEitherForm() throws Exception {
        String first = "<!DOCTYPE html><html><body>" + "算法备案 filing ".repeat(300);
        String last = "</body></html>";
        for (boolean large : new boolean[] {true, false}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            response.setCharacterEncoding("UTF-8");
            response.setContentType("text/html;charset=UTF-8");
            FastCompressedPages.RenderedPage page = new FastCompressedPages.RenderedPage(response);
            page.getWriter().write(first);
            page.getWriter().write(last.toCharArray());
            page.send(large ? 2048 : 1_000_000, new String[] {"text/html"});

            byte[] sent = response.getContentAsByteArray();
            assertThat(response.getContentLength()).isEqualTo(sent.length);
            assertThat(response.getHeader("Content-Encoding")).isEqualTo(large ? "gzip" : null);
            assertThat(new String(large ? inflate(sent) : sent, StandardCharsets.UTF_8)).isEqualTo(first + last);
        }
    }

    @Test
    void staticAssetsKeepTomcatsCompression() throws Exception {
        String login = new String(get("/login").body(), StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"(/css/[^\"]+)\"").matcher(login);
        assertThat(css.find()).as("a stylesheet link on the login page").isTrue();
        HttpResponse<byte[]> stylesheet = get(css.group(1), "Accept-Encoding", "gzip");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(inflate(stylesheet.body()), StandardCharsets.UTF_8)).contains("{");
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return browser.getBytes(path, headers);
    }

    private void signIn(UserAccount user) throws Exception {
        browser.signIn(user);
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("(name=\"_csrf\"[^>]*value=\")[^\"]+\"", "$1\"")
                .replaceAll("(<meta name=\"_csrf\" content=\")[^\"]+\"", "$1\"");
    }

    private static byte[] inflate(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private static byte[] deflate(byte[] data, int level) {
        Deflater deflater = new Deflater(level, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
