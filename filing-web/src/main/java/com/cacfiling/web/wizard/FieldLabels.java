package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The label of a form field for checklists and conflict tables, from the same bundles as the forms: an explicit
 * {@code label.<path>} where a path needs one (people, nested groups), else the field's own label by its name.
 */
@Component("fieldLabels")
public class FieldLabels {

    private static final List<String> PREFIXES = List.of("label.", "field.", "w.", "body.", "product.", "plan.",
            "disclosure.");

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String formPath, Locale locale) {
        String path = formPath.replaceAll("\\[\\d+]", "");
        String last = path.substring(path.lastIndexOf('.') + 1);
        for (String prefix : PREFIXES) {
            String found = messages.getMessage(prefix + path, null, null, locale);
            if (found == null && !prefix.equals("label.")) {
                found = messages.getMessage(prefix + last, null, null, locale);
            }
            if (found != null) {
                return found;
            }
        }
        return formPath;
    }
}
