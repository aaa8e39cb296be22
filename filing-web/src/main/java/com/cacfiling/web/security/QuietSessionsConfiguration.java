package com.cacfiling.web.security;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts {@link QuietSessions} in front of the JDBC session repository that Spring Boot configures. An
 * auto-configuration (listed in META-INF/spring), because it must come after Boot's: Boot sets up JDBC sessions only
 * while no other session repository exists. Being primary, the quiet one is what Spring Session's filter and the
 * session registry use; the housekeeping still cleans up through the JDBC repository itself.
 */
// After Boot's TransactionTemplate too, which is only created while no other TransactionOperations exists.
@AutoConfiguration(after = {JdbcSessionAutoConfiguration.class, TransactionAutoConfiguration.class})
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class QuietSessionsConfiguration {

    @Bean
    @Primary
    QuietSessions quietSessions(JdbcIndexedSessionRepository jdbcSessions,
            @Value("${filing.session.touch-interval:PT1M}") Duration touchInterval) {
        return new QuietSessions(jdbcSessions, touchInterval);
    }

    /**
     * Spring Session reads and writes a session in a transaction of its own on every request; with the portal's JPA
     * transaction manager each opened a Hibernate session for two plain JDBC statements. A JDBC transaction manager on
     * the same data source does the same (a new transaction, suspending any around it) without one. By this name
     * Spring Session takes it; not a TransactionTemplate, so that it is no candidate where one is injected.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template::execute;
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
