package com.cacfiling.web.wizard;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.ServletContext;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.web.review.FieldComment;

/**
 * Writes a step's catalogue fields as HTML, by kind: label, the input named by the field's path, the value as stored
 * (or as typed, with its error, when it is not valid yet), the rules' findings and open comments under it; repeating
 * and keyed groups with their rows. Texts are escaped as Thymeleaf's {@code th:text} escapes them, and every word
 * comes from the message bundles.
 *
 * <p>Why not a Thymeleaf fragment (it was one): a wizard page has 30–60 fields, and processing the fragment for each
 * was about a third of the page's CPU under load, more than every database statement of the page together
 * (docs/performance.md). The page around the fields stays a template.
 */
@Component
public class FieldHtml {

    private final MessageSource messages;
    private final ZiCounts ziCounts;
    private final String contextPath;

    public FieldHtml(MessageSource messages, ZiCounts ziCounts, ServletContext servletContext) {
        this.messages = messages;
        this.ziCounts = ziCounts;
        this.contextPath = servletContext.getContextPath();
    }

    /** A finding as the page shows it under a field: its severity's style and its message, in words. */
    public interface Note {
        String severityCss();

        String message();
    }

    /**
     * The writer for one page.
     *
     * @param filingId  the filing the 字 counter and the comments' links refer to
     * @param editable  false: inputs read-only, no row or suggestion buttons
     * @param findings  the findings to show under a field or row, by its form path
     * @param comments  the open comments there, by form path
     */
    public Page page(Locale locale, UUID filingId, boolean editable,
            Function<String, List<? extends Note>> findings, Function<String, List<FieldComment>> comments) {
        return page(locale, filingId, editable, findings, comments, Function.identity());
    }

    /** As above; {@code names} gives the name a comment's author is shown by (their username stands for itself). */
    public Page page(Locale locale, UUID filingId, boolean editable,
            Function<String, List<? extends Note>> findings, Function<String, List<FieldComment>> comments,
            Function<String, String> names) {
        return new Page(locale, filingId, editable, findings, comments, names, path -> false, false);
    }

    /**
     * As above, for a reader outside the company when {@code officersOnly} names fields: those are read-only on this
     * page, saying that the company's officers enter them (resident ID numbers), and ID numbers written into the
     * comments are masked.
     */
    public Page page(Locale locale, UUID filingId, boolean editable,
            Function<String, List<? extends Note>> findings, Function<String, List<FieldComment>> comments,
            Function<String, String> names, java.util.Set<String> officersOnly) {
        return new Page(locale, filingId, editable, findings, comments, names, officersOnly::contains,
                !officersOnly.isEmpty());
    }

    /** Writes fields for one page; made per request. */
    public final class Page {

        private final Locale locale;
        private final UUID filingId;
        private final boolean editable;
        private final Function<String, List<? extends Note>> findings;
        private final Function<String, List<FieldComment>> comments;
        private final Function<String, String> names;
        private final java.util.function.Predicate<String> officersOnly;
        private final boolean idsMasked;

        private Page(Locale locale, UUID filingId, boolean editable,
                Function<String, List<? extends Note>> findings,
                Function<String, List<FieldComment>> comments, Function<String, String> names,
                java.util.function.Predicate<String> officersOnly, boolean idsMasked) {
            this.names = names;
            this.officersOnly = officersOnly;
            this.idsMasked = idsMasked;
            this.locale = locale;
            this.filingId = filingId;
            this.editable = editable;
            this.findings = findings;
            this.comments = comments;
        }

        /** The fields of a group, in order. */
        public String of(List<FieldView> fields) {
            StringBuilder html = new StringBuilder(fields.size() * 600);
            fields.forEach(field -> field(html, field));
            return html.toString();
        }

        private void field(StringBuilder html, FieldView f) {
            if (f.rows() != null) {
                rows(html, f);
                return;
            }
            List<? extends Note> found = findings.apply(f.path());
            // Red only for what blocks the filing; a warning or a note marks the field in the warning colour.
            String errorClass = f.hasError() || found.stream().anyMatch(note -> "error".equals(note.severityCss()))
                    ? " has-error" : found.isEmpty() ? "" : " has-note";
            if (f.boxes()) {
                html.append("\n<fieldset class=\"field checks").append(errorClass).append("\" id=\"")
                        .append(escape(f.anchor())).append('"').append(shownFor(f, found)).append(">\n<legend>")
                        .append(escape(f.label()));
                required(html, f);
                html.append("</legend>\n");
                if (f.kind() == FieldKind.YES_NO) {
                    radio(html, f, "true", "wizard.yes");
                    html.append('\n');
                    radio(html, f, "false", "wizard.no");
                    html.append('\n');
                }
                else {
                    if (f.options().isEmpty() && f.kind() == FieldKind.EVIDENCE_LINKS) {
                        // Evidence is chosen from the files uploaded below (found in a walk: "no options" and no way).
                        html.append("<span class=\"empty\">").append(escape(text("form.options.noEvidence")))
                                .append(" <a href=\"#evidence\">").append(escape(text("form.options.toEvidence")))
                                .append("</a></span>\n");
                    }
                    else if (f.options().isEmpty()) {
                        html.append("<span class=\"empty\">").append(escape(text("form.options.none")))
                                .append("</span>\n");
                    }
                    for (FieldView.Option o : f.options()) {
                        html.append("<label class=\"choice").append(o.retired() ? " retired" : "")
                                .append("\">\n<input type=\"checkbox\" name=\"").append(escape(f.path()))
                                .append("\" value=\"").append(escape(o.code())).append('"')
                                .append(o.selected() ? " checked=\"checked\"" : "").append(invalid(f))
                                .append(editable ? "" : " disabled=\"disabled\"").append("> <span>")
                                .append(escape(o.label())).append("</span>\n</label>");
                    }
                    html.append('\n');
                }
                help(html, f);
                error(html, f);
                notes(html, found, f.path());
                html.append("</fieldset>\n");
                return;
            }
            html.append("\n<div class=\"field").append(errorClass).append('"').append(shownFor(f, found))
                    .append(">\n<label for=\"")
                    .append(escape(f.anchor())).append("\">").append(escape(f.label()));
            required(html, f);
            html.append("</label>\n");
            boolean lockedHere = editable && officersOnly.test(f.path());
            input(html, f, editable && !lockedHere);
            if (lockedHere) {
                html.append("<p class=\"hint officers-only\">").append(escape(text("form.residentId.officersOnly")))
                        .append("</p>\n");
                error(html, f);
                notes(html, found, f.path());
                html.append("</div>\n");
                return;
            }
            if (editable && f.suggestion() != null) {
                html.append("<button type=\"button\" class=\"small suggest\" data-fill=\"").append(escape(f.anchor()))
                        .append("\" data-value=\"").append(escape(f.suggestion().value())).append("\">")
                        .append(escape(text("form.suggest", f.suggestion().from(), f.suggestion().value())))
                        .append("</button>\n");
            }
            help(html, f);
            notAsked(html, f);
            error(html, f);
            notes(html, found, f.path());
            html.append("</div>\n");
        }

        /**
         * A field shown for some answers of its row names the answer's input and those answers, for the script that
         * shows and folds it as the answer changes; folded away already while it holds nothing and nothing is noted
         * on it. Without the script, the next page after a save shows what the saved answer asks for.
         */
        private static String shownFor(FieldView f, List<? extends Note> found) {
            if (f.shownFor() == null) {
                return "";
            }
            return " data-shown-with=\"" + escape(f.shownFor().answerId()) + "\" data-shown-for=\""
                    + escape(String.join(" ", f.shownFor().answers())) + '"'
                    + (f.foldedAway() && found.isEmpty() ? " hidden=\"hidden\"" : "");
        }

        /**
         * Under a field shown for some answers of its row: what it holds is kept but not printed while the answer does
         * not ask for it (found in a walk: a clause's reason stayed under 符合 with nothing saying so). The script shows
         * it as the answer changes.
         */
        private void notAsked(StringBuilder html, FieldView f) {
            if (f.shownFor() != null) {
                html.append("<p class=\"hint not-asked\" data-not-asked").append(f.shownFor().calledFor() ? " hidden" : "")
                        .append('>').append(escape(text("form.shownFor.notAsked"))).append("</p>\n");
            }
        }

        private void radio(StringBuilder html, FieldView f, String value, String word) {
            html.append("<label class=\"choice\"><input type=\"radio\" name=\"").append(escape(f.path()))
                    .append("\" value=\"").append(value).append('"')
                    .append(value.equals(f.value()) ? " checked=\"checked\"" : "").append(invalid(f))
                    .append(editable ? "" : "\ndisabled=\"disabled\"").append("> <span>").append(escape(text(word)))
                    .append("</span></label>");
        }

        private void input(StringBuilder html, FieldView f, boolean editable) {
            String id = escape(f.anchor());
            String name = escape(f.path());
            String value = escape(f.value());
            String readonly = editable ? "" : " readonly=\"readonly\"";
            switch (f.kind()) {
                case SINGLE_CHOICE -> {
                    html.append("<select id=\"").append(id).append("\" name=\"").append(name).append('"')
                            .append(invalid(f)).append(editable ? "" : " disabled=\"disabled\"").append(">\n<option value=\"\">")
                            .append(escape(text("wizard.choose"))).append("</option>");
                    for (FieldView.Option o : f.options()) {
                        html.append("\n<option value=\"").append(escape(o.code())).append('"')
                                .append(o.selected() ? " selected=\"selected\"" : "").append('>')
                                .append(escape(o.label())).append("</option>");
                    }
                    html.append("\n</select>\n");
                }
                case LONG_TEXT, LINES -> html.append("<textarea id=\"").append(id).append("\" name=\"").append(name)
                        .append("\" rows=\"3\"").append(invalid(f)).append(readonly).append(">\n").append(value)
                        .append("</textarea>\n");
                case ZI_TEXT -> {
                    ZiCounts.ZiCount count = ziCounts.of(f.value());
                    String unit = escape(text("wizard.zi.unit"));
                    html.append("<textarea id=\"").append(id).append("\" name=\"").append(name)
                            .append("\" rows=\"5\" data-zi-counter\ndata-zi-url=\"")
                            .append(escape(contextPath + "/filings/" + filingId + "/zi-count")).append('"')
                            .append(invalid(f)).append(readonly).append(">\n")
                            .append(value).append("</textarea>\n<p class=\"zi-count")
                            .append(count.over() ? " over" : count.warn() ? " warn" : "")
                            .append("\" aria-live=\"polite\" data-zi-counted data-zi-for=\"").append(id)
                            .append("\" data-unit=\"").append(unit).append("\">").append(count.zi()).append(" / ")
                            .append(count.limit()).append(' ').append(unit).append("</p>\n");
                }
                case DATE -> html.append("<input type=\"").append(f.hasError() ? "text" : "date").append("\" id=\"")
                        .append(id).append("\" name=\"").append(name).append("\"\nvalue=\"").append(value)
                        // Shown when the field is text (a date typed invalidly): the form it takes, in the page's words.
                        .append("\" placeholder=\"").append(escape(text("wizard.date.placeholder"))).append('"')
                        .append(invalid(f)).append(readonly).append(">\n");
                case INTEGER, DECIMAL -> html.append("<input type=\"text\" inputmode=\"")
                        .append(f.kind() == FieldKind.INTEGER ? "numeric" : "decimal").append("\" id=\"").append(id)
                        .append("\" name=\"").append(name).append("\"\nvalue=\"").append(value).append('"')
                        .append(invalid(f)).append(readonly).append(">\n");
                default -> html.append("<input type=\"text\"").append(keyboard(f)).append(" id=\"").append(id)
                        .append("\" name=\"").append(name).append("\" value=\"").append(value).append('"')
                        .append(invalid(f)).append(readonly).append(">\n");
            }
        }

        /**
         * The phone's keyboard for an identifier: digits for a phone number or postal code, the e-mail keyboard for
         * an address (found in a walk: every one opened the letters keyboard). The input stays type="text", so a
         * value typed invalidly comes back exactly as typed.
         */
        private static String keyboard(FieldView f) {
            if (f.identifier() == null) {
                return "";
            }
            return switch (f.identifier()) {
                case PHONE -> " inputmode=\"tel\"";
                case EMAIL -> " inputmode=\"email\"";
                case POSTAL_CODE -> " inputmode=\"numeric\"";
                case WEB_ADDRESS -> " inputmode=\"url\" spellcheck=\"false\"";
                case CREDIT_CODE, RESIDENT_ID -> " autocapitalize=\"characters\" spellcheck=\"false\"";
                default -> " spellcheck=\"false\"";
            };
        }

        private void rows(StringBuilder html, FieldView f) {
            boolean group = f.kind() == FieldKind.GROUP;
            html.append("\n<fieldset class=\"group rows\" id=\"").append(escape(f.anchor())).append("\">\n<legend>")
                    .append(escape(f.label())).append("</legend>\n");
            help(html, f);
            notes(html, findings.apply(f.path()), f.path());
            for (FieldView.Row row : f.rows()) {
                html.append("<div class=\"row-card\" id=\"").append(escape(row.anchor())).append("\">\n");
                if (group) {
                    html.append("<input type=\"hidden\" name=\"").append(escape(row.path() + "._row"))
                            .append("\" value=\"1\">\n");
                }
                html.append("<h3 class=\"row-title\">").append(escape(row.title())).append("</h3>");
                row.fields().forEach(child -> field(html, child));
                notes(html, findings.apply(row.path()), row.path());
                // Only repeating rows can be added, moved and removed: a keyed group has one row per key, always
                // (the template this replaced meant so, but inserted the tools on keyed rows too, where the binder
                // ignores them and "remove" only saved the page).
                if (group) {
                    rowTools(html, f.path(), row.index(), row.movable());
                }
                html.append("</div>\n");
            }
            if (editable && f.canAddRow()) {
                html.append("<button type=\"submit\" name=\"_action\" class=\"add-row\" value=\"")
                        .append(escape("add:" + f.path())).append("\" id=\"").append(escape("add-" + f.anchor()))
                        .append("\">").append(escape(text("form.row.add", f.label()))).append("</button>\n");
            }
            html.append("</fieldset>\n");
        }

        private void rowTools(StringBuilder html, String list, int index, boolean movable) {
            if (!editable) {
                return;
            }
            String at = escape(list + ":" + index);
            html.append("\n<span class=\"rowtools\">\n");
            if (movable) {
                String up = escape(text("wizard.row.up"));
                String down = escape(text("wizard.row.down"));
                html.append("<button type=\"submit\" name=\"_action\" value=\"up:").append(at).append("\" title=\"")
                        .append(up).append("\"\nclass=\"small\" aria-label=\"").append(up).append("\">↑</button>\n")
                        .append("<button type=\"submit\" name=\"_action\" value=\"down:").append(at)
                        .append("\" title=\"").append(down).append("\"\nclass=\"small\" aria-label=\"").append(down)
                        .append("\">↓</button>\n");
            }
            html.append("<button type=\"submit\" name=\"_action\" value=\"remove:").append(at)
                    .append("\" class=\"small danger\">").append(escape(text("wizard.row.remove")))
                    .append("</button>\n</span>\n");
        }

        /**
         * The required mark after a label: a star for the eye, the word for a screen reader. A field required by
         * another answer carries its condition, and portal.js shows or hides the mark as that answer changes.
         */
        private void required(StringBuilder html, FieldView f) {
            com.cacfiling.domain.form.Condition when = f.requiredWhen();
            if (when != null) {
                html.append(" <span class=\"required-when\" data-required-when=\"").append(escape(when.path()))
                        .append('"');
                condition(html, "equals", when.equals());
                condition(html, "not-equals", when.notEquals());
                condition(html, "not-empty", when.notEmpty() == null ? null : when.notEmpty().toString());
                condition(html, "contains", when.contains());
                condition(html, "equals-or-unanswered", when.equalsOrUnanswered());
                html.append(f.required() ? "" : " hidden=\"hidden\"").append('>');
            }
            if (f.required() || when != null) {
                html.append(" <span class=\"required\" aria-hidden=\"true\">*</span><span class=\"visually-hidden\">")
                        .append(escape(text("form.required"))).append("</span>");
            }
            if (when != null) {
                html.append("</span>");
            }
        }

        private void condition(StringBuilder html, String name, String value) {
            if (value != null) {
                html.append(" data-required-").append(name).append("=\"").append(escape(value)).append('"');
            }
        }

        private void help(StringBuilder html, FieldView f) {
            if (f.help() != null) {
                html.append("<p class=\"hint\">").append(escape(f.help())).append("</p>\n");
            }
        }

        private void error(StringBuilder html, FieldView f) {
            if (f.hasError()) {
                html.append("<p class=\"field-error\" id=\"").append(errorId(f)).append("\">")
                        .append(escape(f.error())).append("</p>\n");
            }
        }

        /**
         * A value typed invalidly marks its input so for a screen reader, which reads the error with it (found in a
         * walk: the message was red only); every kind of field and both wizards alike.
         */
        private static String invalid(FieldView f) {
            return f.hasError() ? " aria-invalid=\"true\" aria-describedby=\"" + errorId(f) + '"' : "";
        }

        private static String errorId(FieldView f) {
            return escape(f.anchor() + "-error");
        }

        /** The findings at a path and the open comments there, each a paragraph. */
        private void notes(StringBuilder html, List<? extends Note> found, String path) {
            for (Note note : found) {
                html.append("<p class=\"finding ").append(escape(note.severityCss())).append("\">")
                        .append(escape(note.message())).append("</p>\n");
            }
            for (FieldComment c : comments.apply(path)) {
                html.append("<p class=\"comment").append(c.isAddressed() ? " addressed" : "").append("\">\n<a href=\"")
                        .append(escape(contextPath + "/filings/" + filingId + "/workflow#c-" + c.getId()))
                        .append("\">").append(escape(text("review.comment.at", names.apply(c.getAuthor()),
                                idsMasked ? com.cacfiling.domain.identifiers.ResidentIdNumber.maskedIn(c.getBody())
                                        : c.getBody())))
                        .append("</a>\n");
                // Marked addressed, it says so where it is read (found in a walk: it looked unchanged at the field).
                if (c.isAddressed()) {
                    html.append("<span class=\"comment-state\">")
                            .append(escape(text("workflow.addressed", names.apply(c.getAddressedBy()))))
                            .append("</span>\n");
                }
                html.append("</p>\n");
            }
        }

        private String text(String code, Object... arguments) {
            return messages.getMessage(code, arguments, locale);
        }
    }

    /** As Thymeleaf escapes {@code th:text} and attribute values; nothing for null. */
    static String escape(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
    }
}
