package com.cacfiling.docs.largemodel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.cacfiling.rules.Finding;
import com.cacfiling.rules.FindingArgument;

/**
 * The words of the large-model documents in one language: the documents' own texts, the catalogue's labels (the
 * domain's field bundle, shared with the portal) and the rules' messages, in that order of lookup. Always through
 * MessageFormat, as the other bundles.
 */
final class ModelLabels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    ModelLabels(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Locale bundleLocale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        this.bundles = List.of(ResourceBundle.getBundle("com.cacfiling.docs.messages", bundleLocale, NO_FALLBACK),
                ResourceBundle.getBundle("com.cacfiling.domain.reference.fields", bundleLocale, NO_FALLBACK),
                ResourceBundle.getBundle("com.cacfiling.rules.messages", bundleLocale, NO_FALLBACK));
    }

    Locale locale() {
        return locale;
    }

    boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    String text(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            try {
                return new MessageFormat(bundle.getString(key), locale).format(args);
            }
            catch (MissingResourceException notHere) {
                // the next bundle
            }
        }
        throw new MissingResourceException("No text " + key, ModelLabels.class.getName(), key);
    }

    /** A date as the algorithm filing's documents write it (2026年12月15日, 15 December 2026). */
    String date(java.time.LocalDate date) {
        return com.cacfiling.docs.build.Labels.date(date, locale);
    }

    /** A finding's message with its arguments in words. */
    String message(Finding finding) {
        Object[] args = finding.arguments().stream().map(arg -> arg instanceof FindingArgument.Text words
                ? text(words.key()) : arg instanceof FindingArgument.FieldLabel field ? label(field.path()) : arg)
                .toArray();
        return text(finding.messageKey(), args);
    }

    /** The basis of a finding in words, or null. */
    String basis(Finding finding) {
        if (finding.legalBasis() == null) {
            return null;
        }
        String article = finding.legalBasis().article(locale);
        return text("regulation." + finding.legalBasis().regulation()) + (article == null ? "" : " " + article);
    }

    /** The label of a field path of the catalogue, or of a list ({@code lists.keywords}). */
    String label(String path) {
        String plain = path.replaceAll("\\[\\d+]", "");
        String[] parts = plain.split("\\.");
        // A keyed row's field: model.assessment.clauses.KEYWORD_LIBRARY.evidence → the clause and the field.
        if (plain.startsWith("model.assessment.clauses.") && parts.length == 5) {
            return text("clause." + parts[3]) + " · " + text("field.model.assessment.clauses." + parts[4]);
        }
        return text("field." + plain);
    }
}
