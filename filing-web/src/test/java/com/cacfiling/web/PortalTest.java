package com.cacfiling.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The whole portal on the test JVM's real PostgreSQL, driven through MockMvc with the real security chain. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
// No printing of requests: Spring Boot keeps every request's printout of a test method in memory to print it on a
// failure, and the hostile input sweep's ten thousand requests with 40,000-character values ran the test JVM out of
// heap in a full build. Assertions say what failed.
@AutoConfigureMockMvc(print = org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import({TestFixtures.class, MockMvcSessions.class})
public @interface PortalTest {
}
