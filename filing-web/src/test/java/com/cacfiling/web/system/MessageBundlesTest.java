package com.cacfiling.web.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages offer the same messages, and templates only name keys that exist. */
class MessageBundlesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void theFieldLabelsHaveTheSameKeysInBothLanguages() throws IOException {
        assertThat(new TreeSet<>(keys("com/cacfiling/domain/reference/fields_en.properties")))
                .isEqualTo(new TreeSet<>(keys("com/cacfiling/domain/reference/fields.properties")));
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> chinese = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(chinese);
        assertThat(new TreeSet<>(chinese)).as("keys missing in Chinese").containsAll(english);
    }

    /**
     * Every message goes through MessageFormat ({@code spring.messages.always-use-message-format}), where a single
     * apostrophe starts a quote and disappears: "another filing's" read "another filings". Written twice it is one.
     */
    @Test
    void englishApostrophesAreWrittenTwice() throws IOException {
        Properties english = properties("messages_en.properties");
        java.util.List<String> lone = english.stringPropertyNames().stream()
                .filter(key -> java.util.regex.Pattern.compile("(?<!')'(?!')").matcher(english.getProperty(key)).find())
                .sorted().toList();
        assertThat(lone).isEmpty();
    }

    /**
     * Messages whose counts are never one: a pager's total (shown from two pages on), a part of a list longer than
     * its limit, and limits of length, rows or choices (constants above one, exceeded by the count beside them).
     */
    private static final Set<String> NEVER_ONE = Set.of("admin.companies.pageOf", "dashboard.pageOf",
            "obligations.pageOf", "user.pageOf", "dashboard.exportCut", "dashboard.exportLimit", "user.company.partial",
            "user.clients.assignableHint", "Size", "dossier.problem.limit.characters", "dossier.problem.limit.rows",
            "form.invalid.tooLong", "form.invalid.tooLongZi");

    /**
     * A count of one reads in the singular in English (found in a walk: "Assign all 1 companies", and "1 obligations",
     * "there are 1 pages"): every message formatted with 1 for each argument names no plural after it.
     */
    @Test
    void englishCountsOfOneAreSingular() throws IOException {
        Properties english = properties("messages_en.properties");
        english.keySet().removeAll(NEVER_ONE);
        Pattern plural = Pattern.compile("\\b1 (?:open |working |shared )?(?:companies|filings|obligations|rows"
                + "|errors|pages|users|comments|questions|items|fields|characters|days|files|messages)\\b"
                + "|\\b1 of [0-9,]+ match\\b");
        Object[] ones = new Object[10];
        java.util.Arrays.fill(ones, 1);
        java.util.List<String> plurals = new java.util.ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String formatted;
            try {
                formatted = new java.text.MessageFormat(english.getProperty(key), java.util.Locale.ENGLISH)
                        .format(ones);
            } catch (IllegalArgumentException notACount) {
                continue;
            }
            if (plural.matcher(formatted).find()) {
                plurals.add(key + ": " + formatted);
            }
        }
        assertThat(plurals).isEmpty();
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> known = new java.util.HashSet<>(keys("messages.properties"));
        known.addAll(keys("com/cacfiling/rules/messages.properties"));
        known.addAll(keys("com/cacfiling/docs/messages.properties"));
        known.addAll(keys("com/cacfiling/domain/reference/fields.properties"));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldGroupAndOptionOfTheCatalogueHasItsLabelInBothLanguages() throws IOException {
        for (String bundle : java.util.List.of("messages.properties", "messages_en.properties")) {
            Set<String> known = new java.util.HashSet<>(keys(bundle));
            known.addAll(keys(bundle.replace("messages", "com/cacfiling/docs/messages")));
            known.addAll(keys(bundle.replace("messages", "com/cacfiling/domain/reference/fields")));
            Set<String> missing = new TreeSet<>();
            var fields = com.cacfiling.domain.form.FormFields.current();
            for (var field : fields.all()) {
                if (!known.contains(field.labelKey())) {
                    missing.add(field.labelKey());
                }
                if (field.usesEnum()) {
                    for (String constant : com.cacfiling.domain.form.FormFields.enumConstants(field.options())) {
                        if (!known.contains(field.labelPrefix() + constant)) {
                            missing.add(field.labelPrefix() + constant);
                        }
                    }
                }
            }
            fields.steps().forEach(step -> step.groups().forEach(group -> {
                if (!known.contains(group.labelKey())) {
                    missing.add(group.labelKey());
                }
            }));
            assertThat(missing).as("labels missing in " + bundle).isEmpty();
        }
    }

    static Set<String> keys(String bundle) throws IOException {
        return properties(bundle).stringPropertyNames();
    }

    static Properties properties(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
