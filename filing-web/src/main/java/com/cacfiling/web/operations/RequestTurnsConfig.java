package com.cacfiling.web.operations;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.apache.coyote.ProtocolHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Tomcat's request threads taken from {@link RequestWorkers}, and {@link UploadTurnFilter} right inside the request
 * log. {@code filing.web.concurrent-requests}: -1 (the default) for the cores plus one, 0 for Tomcat's own threads
 * ({@code server.tomcat.threads.max} at once, no turns).
 */
@Configuration(proxyBeanMethods = false)
class RequestTurnsConfig {

    private static final String WITH_TURNS = "${filing.web.concurrent-requests:-1} != 0";

    /** Shut down after Tomcat has stopped (and, shutting down gracefully, let its last requests finish). */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression(WITH_TURNS)
    RequestWorkers requestWorkers(@Value("${filing.web.concurrent-requests:-1}") int concurrentRequests,
            @Value("${server.tomcat.threads.max:200}") int maxThreads,
            @Value("${filing.web.turn-wait:1s}") Duration wait, MeterRegistry meters) {
        int limit = concurrentRequests < 0 ? RequestWorkers.defaultConcurrentRequests() : concurrentRequests;
        return new RequestWorkers(limit, maxThreads, wait, meters);
    }

    @Bean
    TomcatProtocolHandlerCustomizer<ProtocolHandler> requestThreads(ObjectProvider<RequestWorkers> workers) {
        return handler -> workers.ifAvailable(handler::setExecutor);
    }

    @Bean
    @ConditionalOnExpression(WITH_TURNS)
    FilterRegistrationBean<UploadTurnFilter> uploadTurn(RequestWorkers workers, MultipartResolver uploads) {
        FilterRegistrationBean<UploadTurnFilter> registration =
                new FilterRegistrationBean<>(new UploadTurnFilter(workers, uploads));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
