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

    /**
     * The day after a Friday deadline is a Saturday: late, by no whole working day yet (found in a walk: "逾期 0 个工作日",
     * and in English "by 1 working day").
     */
    @Test
    void aDeadlinePassedOnAWeekendIsLateByLessThanAWorkingDay() throws IOException {
        java.time.LocalDate due = java.time.LocalDate.of(2026, 12, 4);
        for (String key : java.util.List.of("rule.deadline.overdue", "rule.deadline.change.overdue",
                "rule.deadline.overdueExplained", "rule.deadline.change.overdueExplained")) {
            assertThat(format("messages.properties", key, due, 0L)).contains("逾期不足一个工作日");
            assertThat(format("messages.properties", key, due, 3L)).contains("逾期 3 个工作日");
            assertThat(format("messages_en.properties", key, due, 0L)).contains("by less than a working day");
            assertThat(format("messages_en.properties", key, due, 1L)).contains("by 1 working day");
        }
    }

    /** A deadline that falls today says so, as the dashboard does, not "0 working days" left (found in a walk). */
    @Test
    void aDeadlineOfTodayIsDueToday() throws IOException {
        java.time.LocalDate due = java.time.LocalDate.of(2026, 12, 4);
        assertThat(format("messages.properties", "rule.deadline.dueSoon", due, 0)).isEqualTo("备案期限为 2026-12-04，今日到期。");
        assertThat(format("messages.properties", "rule.deadline.dueSoon", due, 2))
                .isEqualTo("备案期限为 2026-12-04，剩余 2 个工作日。");
        assertThat(format("messages_en.properties", "rule.deadline.dueSoon", due, 0))
                .isEqualTo("The filing is due on 2026-12-04, today.");
        assertThat(format("messages_en.properties", "rule.deadline.dueSoon", due, 1))
                .isEqualTo("The filing is due on 2026-12-04, in 1 working day.");
        assertThat(format("messages_en.properties", "rule.deadline.cancellationDue", due, due, 3))
                .endsWith("due on 2026-12-04, 3 working days from now.");
    }

    private static String format(String bundle, String key, Object... arguments) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(RuleMessagesTest.class.getResourceAsStream(bundle),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Object[] shown = java.util.Arrays.stream(arguments).map(a -> a instanceof java.time.LocalDate ? a.toString() : a)
                .toArray();
        return new java.text.MessageFormat(properties.getProperty(key), java.util.Locale.ROOT).format(shown);
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
