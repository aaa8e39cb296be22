package com.cacfiling.web.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.user.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in on the running Tomcat with the JDK's HTTP client; its cookie handler keeps the session. */
final class SignInOverHttp {

    private SignInOverHttp() {
    }

    static void signIn(HttpClient client, int port, UserAccount user) throws Exception {
        String token = csrf(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        String form = "username=" + user.getUsername() + "&password=" + TestFixtures.PASSWORD + "&_csrf=" + token;
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
