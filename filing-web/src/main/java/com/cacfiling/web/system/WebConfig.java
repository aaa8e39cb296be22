package com.cacfiling.web.system;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chinese is the default language (the submission language), an anonymous visitor's browser may ask for English;
 * {@code ?lang=en} switches and is remembered (by the
 * browser; a signed-in user's account remembers it too, see {@code UserLanguages}). Only the
 * portal's two languages are taken, anything else in {@code lang} is ignored. Document downloads carry the language of
 * the document, not of the user, so they never switch the portal's language, nor does the error page a refused
 * one ends on ({@link PortalLanguages#switchedBy}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(PortalLanguages.COOKIE) {
            // The REST API speaks the caller's Accept-Language (English without one), never the browser's cookie:
            // a script has none, and its findings came back in Chinese (found in a walk).
            @Override
            public java.util.Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                return Problems.isApi(request) ? Problems.apiLocale(request) : super.resolveLocale(request);
            }

            @Override
            public org.springframework.context.i18n.LocaleContext resolveLocaleContext(
                    jakarta.servlet.http.HttpServletRequest request) {
                return Problems.isApi(request)
                        ? new org.springframework.context.i18n.SimpleLocaleContext(Problems.apiLocale(request))
                        : super.resolveLocaleContext(request);
            }
        };
        resolver.setDefaultLocale(PortalLanguages.DEFAULT);
        // Not chosen yet: a visitor who is not signed in (the login and invitation pages) gets the browser's language
        // of the two, Chinese for any other (found in a walk: an English browser got Chinese pages); a signed-in
        // user their account's, which the sign-in put in the cookie (Chinese until they choose).
        resolver.setDefaultLocaleFunction(request -> request.getUserPrincipal() != null ? PortalLanguages.DEFAULT
                : PortalLanguages.namedIn(request.getHeader("Accept-Language")).orElse(PortalLanguages.DEFAULT));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Notices after a redirect travel in a signed cookie, not the session ({@link NoticeCookies}). */
    @Bean
    org.springframework.web.servlet.FlashMapManager flashMapManager(
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new NoticeCookies(new PortalKeys(jdbc).key("notice-cookie"));
    }

    /** Request mappings asked only where their paths' literal segments can match ({@link LiteralSegmentMappings}). */
    @Bean
    org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations literalSegmentMappings() {
        return new org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations() {
            @Override
            public org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping
                    getRequestMappingHandlerMapping() {
                return new LiteralSegmentMappings();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler) {
                PortalLanguages.switchedBy(request).ifPresent(chosen ->
                        org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request)
                                .setLocale(request, response, chosen));
                return true;
            }

            /**
             * The language links of a page with a query keep it (found in a walk: switching the language of a
             * filtered dashboard's third page showed the first page of everything).
             */
            @Override
            public void postHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler,
                    org.springframework.web.servlet.ModelAndView page) {
                String query = request.getQueryString();
                if (page == null || query == null || page.getViewName() != null
                        && page.getViewName().startsWith("redirect:")) {
                    return;
                }
                java.util.Map<String, String> links = new java.util.HashMap<>();
                for (String language : java.util.List.of("zh-CN", "en")) {
                    links.put(language, org.springframework.web.util.UriComponentsBuilder.fromPath("").query(query)
                            .replaceQueryParam("lang", language).build().toUriString());
                }
                page.addObject("languageLinks", links);
            }
        }).excludePathPatterns(PortalLanguages.NOT_A_SWITCH);
    }
}
