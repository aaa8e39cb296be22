package com.cacfiling.web.security;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Puts {@link QuietSessions} in front of the JDBC session repository that Spring Boot configures. An
 * auto-configuration (listed in META-INF/spring), because it must come after Boot's: Boot sets up JDBC sessions only
 * while no other session repository exists. Being primary, the quiet one is what Spring Session's filter and the
 * session registry use; the housekeeping still cleans up through the JDBC repository itself.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class QuietSessionsConfiguration {

    @Bean
    @Primary
    QuietSessions quietSessions(JdbcIndexedSessionRepository jdbcSessions,
            @Value("${filing.session.touch-interval:PT1M}") Duration touchInterval) {
        return new QuietSessions(jdbcSessions, touchInterval);
    }

    /**
     * Spring Session's transactions, but none for reading a session ({@link QuietSessions.ReadsWithoutTransaction}).
     * Spring Session takes the bean of this name for its repository; being no default candidate, it is injected
     * nowhere else and does not stand in for Boot's own {@code TransactionTemplate}.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        return new QuietSessions.ReadsWithoutTransaction(transactionManager);
    }

    /** The JDBC sessions read a stored security context once per stored form ({@link RememberedSecurityContexts}). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> rememberedSecurityContexts() {
        return jdbcSessions -> jdbcSessions.setConversionService(
                RememberedSecurityContexts.conversionService(QuietSessionsConfiguration.class.getClassLoader()));
    }

    @Bean
    FilterRegistrationBean<QuietSessions.RequestScope> quietSessionsRequestScope() {
        FilterRegistrationBean<QuietSessions.RequestScope> registration =
                new FilterRegistrationBean<>(new QuietSessions.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
