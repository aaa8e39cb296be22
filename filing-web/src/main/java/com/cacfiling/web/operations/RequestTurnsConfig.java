package com.cacfiling.web.operations;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.multipart.MultipartResolver;

/**
 * {@link RequestTurnsFilter} right inside the request log (whose duration then includes the wait), around everything
 * else: session, security and the application. {@code filing.web.concurrent-requests}: -1 (the default) for the
 * cores plus one, 0 for no limit.
 */
@Configuration(proxyBeanMethods = false)
class RequestTurnsConfig {

    @Bean
    FilterRegistrationBean<RequestTurnsFilter> requestTurns(
            @Value("${filing.web.concurrent-requests:-1}") int concurrentRequests,
            @Value("${filing.web.turn-wait:1s}") Duration wait, MultipartResolver uploads, MeterRegistry meters) {
        int limit = concurrentRequests < 0 ? RequestTurnsFilter.defaultConcurrentRequests() : concurrentRequests;
        FilterRegistrationBean<RequestTurnsFilter> registration =
                new FilterRegistrationBean<>(new RequestTurnsFilter(Math.max(limit, 1), wait, uploads, meters));
        registration.setEnabled(limit > 0);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
