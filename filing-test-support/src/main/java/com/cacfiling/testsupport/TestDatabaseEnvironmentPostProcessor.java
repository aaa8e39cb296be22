package com.cacfiling.testsupport;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring Boot test context at the JVM's one {@link TestDatabase}, before the application's own
 * embedded-database post-processor looks for a datasource URL.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // filing.test-db.durable: a test (the load test) that measures what users get asks for fsync and synchronous
        // commit, as the portal's own embedded server runs.
        TestDatabase.ConnectionDetails database = environment.getProperty("filing.test-db.durable", Boolean.class,
                false) ? TestDatabase.durable() : TestDatabase.get();
        environment.getPropertySources().addFirst(new MapPropertySource("filingTestDatabase", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "filing.test-db.source", database.source())));
    }
}
