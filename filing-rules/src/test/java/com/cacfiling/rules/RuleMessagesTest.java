package com.cacfiling.rules;

import java.io.IOException;
import java.io.InputStreamReader;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key a rule emits, and every regulation, has a text in both languages. */
class RuleMessagesTest {

    @Test
    void bothBundlesHaveTheSameKeysAndCoverEveryEmittedKey() throws IOException {
        Set<String> chinese = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        assertThat(new TreeSet<>(chinese)).isEqualTo(new TreeSet<>(english));

        Set<String> emitted = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(rule\\.[a-zA-Z.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    emitted.add(matcher.group(1));
                }
            }
        }
        assertThat(emitted).hasSizeGreaterThan(20);
        assertThat(chinese).containsAll(emitted);
        for (Regulation regulation : Regulation.values()) {
            assertThat(chinese).contains("regulation." + regulation.name());
        }
        for (Severity severity : Severity.values()) {
            assertThat(chinese).contains("severity." + severity.name());
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(RuleMessagesTest.class.getResourceAsStream(bundle),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
