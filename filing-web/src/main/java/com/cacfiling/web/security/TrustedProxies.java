package com.cacfiling.web.security;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}) are believed only from the
 * reverse proxies listed in {@code filing.trusted-proxies} (comma-separated IP addresses or networks such as 10.0.0.0/24; empty: none). Tomcat's
 * default would trust every private and loopback address, so any local client could fake its address for the
 * audit log and the throttle, or steer generated links to another host.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final String addresses;

    TrustedProxies(@Value("${filing.trusted-proxies:}") String addresses) {
        this.addresses = addresses;
    }

    @Override
    public int getOrder() {
        // After Spring Boot's own customizer has added the RemoteIpValve.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        String pattern = pattern(addresses);
        if (factory instanceof org.springframework.boot.tomcat.TomcatWebServerFactory tomcat) {
            tomcat.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                    .forEach(valve -> {
                        valve.setInternalProxies(pattern);
                        valve.setTrustedProxies(null);
                    });
        }
    }

    /**
     * What Tomcat's valve takes: a list with networks (10.0.0.0/24, 10.0.1.5) as such, plain addresses as an exact
     * regular expression; empty (trust none) stays empty.
     */
    static String pattern(String addresses) {
        var entries = Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (entries.stream().anyMatch(entry -> entry.contains("/"))) {
            return String.join(",", entries);
        }
        return entries.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
