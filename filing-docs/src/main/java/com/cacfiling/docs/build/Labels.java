package com.cacfiling.docs.build;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import com.cacfiling.docs.model.Text;
import com.cacfiling.domain.reference.FormVersion;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.domain.reference.ReferenceCatalog;
import com.cacfiling.domain.reference.ReferenceOption;

/**
 * Labels of one document language: fixed texts from the docs' message bundles, option labels from the form
 * version, dates and Y/N answers in the language's style, and the placeholder for missing data.
 */
public final class Labels {

    private static final ResourceBundle.Control UTF8_WITHOUT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final FormVersion formVersion;

    public Labels(Locale locale, String formVersion) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("com.cacfiling.docs.messages",
                isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT, UTF8_WITHOUT_FALLBACK);
        this.formVersion = ReferenceCatalog.standard().version(formVersion)
                .orElse(ReferenceCatalog.standard().current());
    }

    /** Labels of a document that is not of a filing form (no option lists of a form version needed). */
    public Labels(Locale locale) {
        this(locale, ReferenceCatalog.standard().current().formVersion());
    }

    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return isEnglish(locale) ? "en" : "zh-CN";
    }

    public String text(String key, Object... args) {
        // Always through MessageFormat, so quoting ('' for ') means the same with and without arguments.
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Whether the bundle has a text for the key (optional texts, such as the unit of a number). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The number of a second-level item as the document's language writes it: （一）… in Chinese, as the report's
     * chapter 一 numbers its sections; 1… in English.
     */
    public String itemNumber(int n) {
        if (isEnglish(locale)) {
            return String.valueOf(n);
        }
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }

    public Text missing() {
        return Text.missing(text("placeholder.missing"));
    }

    /** The filer's text as entered, or the placeholder. */
    public Text value(Object value) {
        if (value == null) {
            return missing();
        }
        String string = value instanceof LocalDate date ? date(date) : value.toString();
        return string.isBlank() ? missing() : Text.of(string);
    }

    public Text option(OptionList list, String code) {
        if (code == null) {
            return missing();
        }
        return Text.of(formVersion.find(list, code).map(this::label).orElse(code));
    }

    public Text options(OptionList list, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return missing();
        }
        return Text.of(codes.stream()
                .map(code -> formVersion.find(list, code).map(this::label).orElse(code))
                .collect(Collectors.joining(isEnglish(locale) ? ", " : "、")));
    }

    /**
     * As {@link #options(OptionList, List)}, with what the filer wrote for "other" beside its label
     * (其他（法律文书辅助）): the form asks for it whenever "other" is chosen.
     */
    public Text options(OptionList list, List<String> codes, String otherCode, String otherText) {
        Text chosen = options(list, codes);
        if (chosen.missing() || otherText == null || otherText.isBlank() || !codes.contains(otherCode)) {
            return chosen;
        }
        return Text.of(codes.stream()
                .map(code -> {
                    String label = formVersion.find(list, code).map(this::label).orElse(code);
                    return code.equals(otherCode) ? text("option.withText", label, otherText.strip()) : label;
                })
                .collect(Collectors.joining(isEnglish(locale) ? ", " : "、")));
    }

    public Optional<ReferenceOption> find(OptionList list, String code) {
        return formVersion.find(list, code);
    }

    private String label(ReferenceOption option) {
        return option.label(locale);
    }

    public Text yesNo(Boolean answer) {
        return answer == null ? missing() : Text.of(text(answer ? "answer.yes" : "answer.no"));
    }

    public String date(LocalDate date) {
        return date(date, locale);
    }

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** A date as every document writes it: 2026年12月15日, 15 December 2026. */
    public static String date(LocalDate date, Locale locale) {
        return date.format(isEnglish(locale) ? ENGLISH_DATE : CHINESE_DATE);
    }
}
