package com.cacfiling.web.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer of the REST API says in which language its words are ({@code Content-Language}, the one
 * {@link ApiLanguage} picks from the caller's Accept-Language) and that it varies with Accept-Language, so a cache
 * between the portal and a script never hands one caller's Chinese problem to another who asked in English. Set
 * before anything else runs, so the refusals of the security filters and the error pages carry it too.
 */
@Configuration(proxyBeanMethods = false)
class ApiContentLanguage extends OncePerRequestFilter {

    @Bean
    FilterRegistrationBean<ApiContentLanguage> apiContentLanguageRegistration() {
        FilterRegistrationBean<ApiContentLanguage> registration = new FilterRegistrationBean<>(this);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Problems.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, Problems.apiLocale(request).toLanguageTag());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        chain.doFilter(request, response);
    }
}
