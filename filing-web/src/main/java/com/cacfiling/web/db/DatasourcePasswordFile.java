package com.cacfiling.web.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The database password read from a file ({@code filing.datasource.password-file}, environment
 * {@code FILING_DATASOURCE_PASSWORD_FILE}) instead of given in the environment: a second node joining the embedded
 * database is told where the first node keeps it, so the password itself is never printed on a console or in a log
 * that is shipped elsewhere; a container reads it from a mounted secret. One of the two, not both: a password given
 * twice would leave the reader unsure which one connects.
 */
public class DatasourcePasswordFile implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "filing.datasource.password-file";
    public static final String VARIABLE = "FILING_DATASOURCE_PASSWORD_FILE";

    @Override
    public int getOrder() {
        // After the config data; before the embedded database, which sets a password only when no URL is given.
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Without a URL the portal starts its embedded database, which has a password of its own: a file named for
        // a second node (a shared .env, say) is then left alone, also when it does not exist yet.
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        String password = password(environment.getProperty(PROPERTY),
                environment.getProperty("spring.datasource.password"));
        if (password != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("datasourcePasswordFile",
                    Map.of("spring.datasource.password", password)));
        }
    }

    /** A start refused because of how the password is given: said in one paragraph, without a stack trace. */
    public static final class Refused extends IllegalStateException {

        Refused(String message) {
            super(message);
        }
    }

    /** Spring Boot's report of a start that failed: what is wrong and what to do, instead of a stack trace. */
    static final class RefusalReport
            extends org.springframework.boot.diagnostics.AbstractFailureAnalyzer<Refused> {

        @Override
        protected org.springframework.boot.diagnostics.FailureAnalysis analyze(Throwable rootFailure, Refused cause) {
            return new org.springframework.boot.diagnostics.FailureAnalysis(cause.getMessage(),
                    "Set " + VARIABLE + " to the path of a file that holds the database password (readable by the "
                            + "portal's user), or SPRING_DATASOURCE_PASSWORD to the password, not both.", cause);
        }
    }

    /**
     * The password from {@code file} when one is named, refusing one given beside it; null when none is named.
     * The portal and its commands (which do not start Spring) take it the same way.
     */
    public static String password(String file, String given) {
        if (!StringUtils.hasText(file)) {
            return null;
        }
        if (StringUtils.hasText(given)) {
            throw new Refused("Both SPRING_DATASOURCE_PASSWORD and " + VARIABLE + " are set; set only one of them");
        }
        return read(file);
    }

    /**
     * The password kept in the file: its content without the surrounding white space (a final line break). What
     * was set is never repeated in a refusal, which ends up in logs: it may be the password itself, given by mistake
     * instead of its file's path.
     */
    static String read(String file) {
        try {
            String password = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new Refused("The database password file named by " + VARIABLE + " is empty");
            }
            return password;
        }
        catch (IOException | java.nio.file.InvalidPathException unreadable) {
            throw new Refused("The database password file named by " + VARIABLE + " cannot be read ("
                    + unreadable.getClass().getSimpleName() + "): it must be the path of a file readable by the "
                    + "portal's user, not the password itself");
        }
    }
}
