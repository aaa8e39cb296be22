package com.cacfiling.web.operations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.cacfiling.web.db.DatasourcePasswordFile;

/**
 * The settings a command needs, read as the portal reads them (application.properties names them): the environment
 * variables the README documents, Java system properties, and {@code --name=value} arguments, later ones winning.
 * The commands do not start Spring: the embedded database's start-up would otherwise take over the data directory of
 * a running portal.
 */
final class CommandSettings {

    /** Property names and the environment variables the portal's application.properties maps to them. */
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "spring.datasource.url", "SPRING_DATASOURCE_URL",
            "spring.datasource.username", "SPRING_DATASOURCE_USERNAME",
            "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD",
            DatasourcePasswordFile.PROPERTY, DatasourcePasswordFile.VARIABLE,
            "filing.embedded-db.data-dir", "FILING_DATA_DIR",
            "filing.embedded-db.port", "FILING_EMBEDDED_DB_PORT",
            "filing.personal-data.keys", "FILING_PERSONAL_DATA_KEYS",
            "filing.personal-data.key-file", "FILING_PERSONAL_DATA_KEY_FILE");

    private CommandSettings() {
    }

    static Map<String, String> from(String[] args) {
        return from(args, System.getenv());
    }

    static Map<String, String> from(String[] args, Map<String, String> environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        ENVIRONMENT.forEach((property, variable) -> {
            String relaxed = property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
            String value = environment.get(variable) != null ? environment.get(variable) : environment.get(relaxed);
            if (value != null && !value.isBlank()) {
                settings.put(property, value);
            }
            String system = System.getProperty(property);
            if (system != null) {
                settings.put(property, system);
            }
        });
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                settings.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return settings;
    }
}
