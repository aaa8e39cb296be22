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
        String file = environment.getProperty(PROPERTY);
        if (!StringUtils.hasText(file)) {
            return;
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.password"))) {
            throw new IllegalStateException("Both SPRING_DATASOURCE_PASSWORD and " + VARIABLE
                    + " are set; set only one of them");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("datasourcePasswordFile",
                Map.of("spring.datasource.password", read(Path.of(file)))));
    }

    /** The password kept in the file: its content without the surrounding white space (a final line break). */
    public static String read(Path file) {
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The database password file " + file + " (" + VARIABLE
                        + ") is empty");
            }
            return password;
        }
        catch (IOException unreadable) {
            throw new IllegalStateException("The database password file " + file + " (" + VARIABLE
                    + ") cannot be read: " + unreadable, unreadable);
        }
    }
}
