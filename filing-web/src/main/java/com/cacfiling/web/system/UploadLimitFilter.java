package com.cacfiling.web.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload larger than the multipart limit never reaches the portal's handlers: Tomcat refuses to parse it as soon
 * as anything (the CSRF check first) reads a parameter, and answers with its own page. This filter, ahead of
 * security, answers such a request from its declared length: back to the evidence field with the portal's message,
 * or 413 problem JSON / page elsewhere. Uploads up to the limit reach the evidence check (10 MB) as usual.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern EVIDENCE = Pattern.compile("(/filings/[0-9a-fA-F-]{36})/evidence");

    private final long maxRequestBytes;
    private final MultipartResolver uploads;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize,
            MultipartResolver uploads) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.uploads = uploads;
    }

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilterRegistration() {
        FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(this);
        // After Spring Session's filter (sessions are in the database: the flash message needs that session), before
        // security.
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!uploads.isMultipart(request) || request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher evidence = EVIDENCE.matcher(path);
        if (evidence.matches() && request.getSession(false) != null) {
            String step = request.getContextPath() + evidence.group(1) + "/steps/assessment";
            FlashMap flash = new FlashMap();
            flash.put("uploadError", "upload.tooLarge");
            flash.put("uploadKind", "evidence");
            flash.setTargetRequestPath(step);
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect(step + "#evidence");
            return;
        }
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }
}
