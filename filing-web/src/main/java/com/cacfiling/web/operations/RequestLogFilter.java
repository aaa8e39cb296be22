package com.cacfiling.web.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per request (logger {@code com.cacfiling.web.requests}): method, route, status, duration, client
 * address and a request id. The id is in the MDC ({@code requestId}) for every log line written while the request
 * runs, and in the response's {@code X-Request-Id}. A request id sent by a reverse proxy listed in
 * {@code filing.trusted-proxies} is kept, so that the proxy's and the portal's logs match; from anybody else it is
 * ignored (a client must not be able to plant ids in the log) and a new one is made.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Set by Tomcat's RemoteIpValve when the request came through a trusted proxy (see TrustedProxies). */
    static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Logger requests = LoggerFactory.getLogger("com.cacfiling.web.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request);
        MDC.put(MDC_KEY, requestId);
        response.setHeader(HEADER, requestId);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        }
        finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String route = pattern == null ? "" : pattern.toString();
            requests.atInfo()
                    .addKeyValue("method", request.getMethod())
                    .addKeyValue("route", route)
                    .addKeyValue("status", response.getStatus())
                    .addKeyValue("durationMs", millis)
                    .addKeyValue("client", request.getRemoteAddr())
                    .log("{} {} route={} status={} {}ms client={}", request.getMethod(), request.getRequestURI(),
                            route, response.getStatus(), millis, request.getRemoteAddr());
            MDC.remove(MDC_KEY);
        }
    }

    static String requestId(HttpServletRequest request) {
        String sent = request.getHeader(HEADER);
        if (sent != null && Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY))
                && ACCEPTED_ID.matcher(sent).matches()) {
            return sent;
        }
        return UUID.randomUUID().toString();
    }
}
