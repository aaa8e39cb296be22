package com.cacfiling.web.system;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.token.ApiTokens;
import com.cacfiling.web.user.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 3, on the running server (Tomcat, error dispatch, multipart parsing), where MockMvc cannot look:
 * every error is the portal's own page in the user's language, or problem JSON under /api/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFixtures.class)
class ServerErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    com.cacfiling.web.user.UserAccountRepository users;

    private BrowserOverHttp browser;

    @BeforeEach
    void browser() {
        browser = new BrowserOverHttp(port);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return browser.get(path, headers);
    }

    @Test
    void aHostileLanguageParameterIsIgnored() throws Exception {
        HttpResponse<String> login = get("/login?lang=../../etc");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("登录");
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("FILING_LANG"));
    }

    @Test
    void errorPagesAreThePortalsInBothLanguagesAndProblemJsonUnderTheApi() throws Exception {
        UserAccount officer = fixtures.officer(fixtures.company());
        signIn(officer);
        HttpResponse<String> missing = get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在").contains("class=\"card narrow\"");
        get("/?lang=en");
        HttpResponse<String> english = get("/filings/" + UUID.randomUUID() + "/workflow");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("The page does not exist");
        HttpResponse<String> badId = get("/filings/not-a-uuid/workflow");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("Invalid request");

        String token = "Bearer " + tokens.create(officer.getId(), "test");
        for (String path : new String[] {"/api/v1/no-such", "/api/v1/filings/" + UUID.randomUUID(),
                "/api/v1/filings/not-a-uuid"}) {
            HttpResponse<String> problem = get(path, "Authorization", token);
            assertThat(problem.statusCode()).as(path).isIn(400, 404);
            assertThat(problem.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(problem.body()).as(path).contains("\"status\":" + problem.statusCode());
        }
    }

    /**
     * A document's {@code lang} is the document's language: a refused or missing document asked for in English ends on
     * the error page in the user's own language and switches neither the browser's nor the account's language (found
     * in a walk: the error dispatch took it as a language switch, and the user's saved language became English).
     */
    @Test
    void aRefusedDocumentInEnglishLeavesTheUsersLanguageAlone() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord own = fixtures.filing(company, "自己的算法");
        Company other = fixtures.company();
        FilingRecord theirs = fixtures.filing(other, "别人的算法");
        signIn(officer);
        for (String path : new String[] {"/filings/" + theirs.getId() + "/documents/report.pdf?lang=en",
                "/filings/" + own.getId() + "/documents/nonexistent.pdf?lang=en",
                "/filings/" + UUID.randomUUID() + "/documents/report.docx?lang=en"}) {
            HttpResponse<String> refused = get(path);
            assertThat(refused.statusCode()).as(path).isIn(403, 404);
            assertThat(refused.body()).as(path).contains("lang=\"zh-CN\"").doesNotContain("The page does not exist");
            assertThat(refused.headers().allValues("Set-Cookie")).as(path)
                    .noneMatch(cookie -> cookie.startsWith("FILING_LANG"));
            assertThat(users.findById(officer.getId()).orElseThrow().getLanguage()).as(path).isNotEqualTo("en");
        }
        assertThat(get("/filings").body()).contains("lang=\"zh-CN\"");
        // A page's own switch still works, and its error pages follow it.
        get("/?lang=en");
        assertThat(users.findById(officer.getId()).orElseThrow().getLanguage()).isEqualTo("en");
        assertThat(get("/filings/" + theirs.getId() + "/documents/report.pdf?lang=zh-CN").body())
                .contains("lang=\"en\"");
        assertThat(users.findById(officer.getId()).orElseThrow().getLanguage()).isEqualTo("en");
    }

    /** A format the resource does not offer: the 406 says which it does (found in a walk: "try again later"). */
    @Test
    void aFormatNotOfferedIsAnsweredWithTheFormatsThatAre() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "格式算法");
        String token = "Bearer " + tokens.create(officer.getId(), "formats");
        HttpResponse<String> chinese = get("/api/v1/filings/" + filing.getId() + "/dossier.zip", "Authorization",
                token, "Accept", "application/json", "Accept-Language", "zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(406);
        assertThat(chinese.body()).contains("\"status\":406").contains("application/zip")
                .contains("该资源只提供以下格式").doesNotContain("稍后重试");
        HttpResponse<String> english = get("/api/v1/filings/" + filing.getId() + "/dossier.zip", "Authorization",
                token, "Accept", "application/json", "Accept-Language", "en");
        assertThat(english.body()).contains("offered as application/zip only").contains("\"offered\"")
                .doesNotContain("try again later");
        assertThat(get("/api/v1/dossier-schema", "Authorization", token, "Accept", "application/json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUploadOverTenMegabytesGetsThePortalsMessageAtTheUploadField() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "上传测试算法");
        signIn(officer);
        for (int megabytes : new int[] {12, 150}) {
            String page = get("/filings/" + filing.getId() + "/steps/assessment").body();
            HttpResponse<String> upload = upload(filing.getId(), BrowserOverHttp.csrf(page), megabytes);
            assertThat(upload.statusCode()).as(megabytes + " MB").isEqualTo(302);
            String location = upload.headers().firstValue("Location").orElseThrow();
            assertThat(location).as(megabytes + " MB").contains("/filings/" + filing.getId() + "/steps/assessment");
            org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(get(URI.create(location).getRawPath()).body());
            // Said at the file field, not in the page's "saved" notice; the title typed is kept.
            assertThat(after.select("#evidence-file-error").text()).as(megabytes + " MB").isEqualTo("文件超过 10 MB。");
            assertThat(after.select(".flash.success")).as(megabytes + " MB").isEmpty();
            if (megabytes < 100) {
                assertThat(after.select("#evidence-title").val()).isEqualTo("截图");
            }
        }
    }

    /**
     * Found in a walk: a renamed .exe or an empty file was refused at the page's top, in the green of "uploaded", far
     * above the form the page landed on, and the title and kind typed were gone. Over real HTTP, as the title is
     * carried in the session and the refusal in the notice cookie.
     */
    @Test
    void aRefusedEvidenceFileIsSaidAtItsFieldWithTheTitleAndKindKept() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        FilingRecord filing = fixtures.filing(company, "上传测试算法");
        signIn(officer);
        String[][] cases = {{"1024", "只接受 PNG、JPEG 或 PDF 文件（按文件内容判断）。"},
                {"0", "所选文件是空的（0 字节），请选择有内容的文件。"}};
        for (String[] refusal : cases) {
            String page = get("/filings/" + filing.getId() + "/steps/assessment").body();
            HttpResponse<String> upload = upload(filing.getId(), BrowserOverHttp.csrf(page),
                    Long.parseLong(refusal[0]), "用户协议截图", "DOCUMENT");
            String location = upload.headers().firstValue("Location").orElseThrow();
            org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(get(URI.create(location).getRawPath()).body());
            assertThat(after.select("#evidence-file-error").text()).isEqualTo(refusal[1]);
            assertThat(after.select("#evidence-file").attr("aria-invalid")).isEqualTo("true");
            assertThat(after.select("#evidence-title").val()).isEqualTo("用户协议截图");
            assertThat(after.select("#evidence-kind option[selected]").val()).isEqualTo("DOCUMENT");
            assertThat(after.select(".flash.success, #evidence-title-error")).isEmpty();
            // Shown once: the next visit is the plain form.
            org.jsoup.nodes.Document again = org.jsoup.Jsoup.parse(get(URI.create(location).getRawPath()).body());
            assertThat(again.select("#evidence-file-error")).isEmpty();
            assertThat(again.select("#evidence-title").val()).isEmpty();
        }
        String page = get("/filings/" + filing.getId() + "/steps/assessment").body();
        HttpResponse<String> untitled = upload(filing.getId(), BrowserOverHttp.csrf(page), 1024, " ", "SCREENSHOT");
        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(get(URI.create(
                untitled.headers().firstValue("Location").orElseThrow()).getRawPath()).body());
        assertThat(after.select("#evidence-title-error").text()).isEqualTo("请填写证明材料的名称。");
        assertThat(after.select("#evidence-title").attr("aria-invalid")).isEqualTo("true");
    }

    private void signIn(UserAccount user) throws Exception {
        browser.signIn(user);
    }

    private HttpResponse<String> upload(UUID filingId, String csrf, int megabytes) throws Exception {
        return upload(filingId, csrf, megabytes * 1024L * 1024, "截图", "SCREENSHOT");
    }

    private HttpResponse<String> upload(UUID filingId, String csrf, long fileBytes, String title, String kind)
            throws Exception {
        String boundary = "----flow" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"_csrf", csrf}, {"title", title}, {"kind", kind}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] head = body.toByteArray();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + fileBytes + tail.length;
        // Streamed with its Content-Length, as a browser sends a form, without holding it in memory.
        java.util.function.Supplier<java.io.InputStream> stream = () -> new java.io.SequenceInputStream(
                java.util.Collections.enumeration(java.util.List.of(new java.io.ByteArrayInputStream(head),
                        new RepeatedBytes(fileBytes), new java.io.ByteArrayInputStream(tail))));
        return browser.send(browser.request("/filings/" + filingId + "/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(stream),
                        length)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code length} bytes of 'x'. */
    static final class RepeatedBytes extends java.io.InputStream {
        private long remaining;

        RepeatedBytes(long length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 'x' : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            Arrays.fill(buffer, offset, offset + count, (byte) 'x');
            remaining -= count;
            return count;
        }
    }
}
