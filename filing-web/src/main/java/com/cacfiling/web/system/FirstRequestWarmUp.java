package com.cacfiling.web.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Asks the portal for its own login page once, in the background, as soon as it is ready, so that the first user after
 * a start does not pay for the cold request path. Measured in Chromium ({@code BrowserTimingBenchmark}): the first
 * login page after a start had its first byte after 0.8-2.2 s (eight runs, load average 4-22) where a warm one takes
 * 20-30 ms; JFR found no single cause (observation filters, the dispatcher servlet's initialisation, Thymeleaf's engine
 * configuration and first parse, message bundles, SpEL: the whole path running for the first time), and warming those
 * parts one by one did not help. With this request the first visit's first byte was 0.2 s. An anonymous GET of the
 * login page stores no session and changes nothing. Skipped where the portal is not plain HTTP on a known port
 * (tests without a server, TLS in the portal itself); {@code filing.warm-up.enabled=false} turns it off.
 */
@Component
class FirstRequestWarmUp {

    private static final Logger log = LoggerFactory.getLogger(FirstRequestWarmUp.class);

    private final boolean enabled;

    FirstRequestWarmUp(@Value("${filing.warm-up.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        if (!enabled || !(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null || web.getWebServer().getPort() <= 0
                || environment.getProperty("server.ssl.enabled", Boolean.class, false)
                || environment.getProperty("server.ssl.bundle") != null) {
            return;
        }
        String address = environment.getProperty("server.address", "127.0.0.1");
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1"
                : address.contains(":") ? "[" + address + "]" : address;
        URI login = URI.create("http://" + host + ":" + web.getWebServer().getPort()
                + environment.getProperty("server.servlet.context-path", "") + "/login");
        Thread thread = new Thread(() -> request(login), "first-request-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void request(URI login) {
        try {
            HttpResponse<Void> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(60))
                            .header("User-Agent", "cac-filing-portal warm-up").build(),
                            HttpResponse.BodyHandlers.discarding());
            log.debug("Warm-up request {}: {}", login, answer.statusCode());
        }
        catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        catch (java.io.IOException | RuntimeException failed) {
            // Only an optimisation: the first user's request does the same work.
            log.debug("Warm-up request {} failed", login, failed);
        }
    }
}
