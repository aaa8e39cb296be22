package com.cacfiling.web.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.user.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser on the running Tomcat, for tests over real HTTP: the JDK's HTTP client, whose cookie handler keeps the
 * session; redirects are not followed, so that tests see them.
 */
final class BrowserOverHttp {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    BrowserOverHttp(int port) {
        this.port = port;
    }

    /** A request to a path of the portal, with header names and values in pairs. */
    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        return client.send(request, body);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send(request(path, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        return send(request(path, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form posted as a browser posts it ({@code application/x-www-form-urlencoded}, already encoded). */
    HttpResponse<String> post(String path, String form) throws Exception {
        return send(request(path, "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    void signIn(UserAccount user) throws Exception {
        String token = csrf(get("/login").body());
        HttpResponse<String> response = post("/login", "username=" + user.getUsername() + "&password="
                + TestFixtures.PASSWORD + "&_csrf=" + token);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
