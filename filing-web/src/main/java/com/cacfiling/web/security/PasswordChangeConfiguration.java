package com.cacfiling.web.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link PasswordChangeRequired} in front of every page but those it leaves open. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // After the language switch (order 0), so that ?lang= on a page that leads to the password form still counts.
        registry.addInterceptor(new PasswordChangeRequired()).excludePathPatterns(PasswordChangeRequired.OPEN).order(1);
    }
}
