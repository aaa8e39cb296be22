package com.cacfiling.web.user;

import java.security.Principal;
import java.util.Locale;

import com.cacfiling.web.system.PortalLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The language each user last chose, kept on their account: their mails are written in it, and a sign-in on a device
 * that has not chosen one yet starts in it. A signed-in user's choice on any page's language switch (or on the
 * profile) is remembered; the browser keeps its own in a cookie as before.
 */
@Component
public class UserLanguages implements WebMvcConfigurer {

    private final JdbcTemplate jdbc;

    UserLanguages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's language, the portal's default until they choose one. */
    public static Locale of(UserAccount account) {
        return PortalLanguages.of(account.getLanguage());
    }

    /** Keeps the choice; writes only when it changed (a switch is rare, a page with {@code lang} may be reloaded). */
    public void remember(String username, Locale language) {
        String tag = language.toLanguageTag();
        jdbc.update("update app_user set language = ? where username = ? and language is distinct from ?", tag,
                username, tag);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Principal user = request.getUserPrincipal();
                if (user != null) {
                    PortalLanguages.switchedBy(request).ifPresent(language -> remember(user.getName(), language));
                }
                return true;
            }
        }).excludePathPatterns(com.cacfiling.web.system.PortalLanguages.NOT_A_SWITCH);
    }
}
