package com.cacfiling.web.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * JPA slice on the test JVM's real PostgreSQL (never replaced by an in-memory database), with the Flyway schema
 * and the auditing configuration; each test rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The slice has no bootstrap executor, so Hibernate starts on the test's thread here (the application starts it on
// the executor: spring.jpa.bootstrap=async); the repositories themselves are the same.
@DataJpaTest(properties = "spring.jpa.bootstrap=default")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
// The stored entity profiles go through the personal-data converters, which need the keys.
@Import({PersistenceConfig.class, com.cacfiling.web.privacy.PersonalDataConfig.class})
public @interface PersistenceTest {
}
