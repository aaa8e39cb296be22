package com.cacfiling.web.securityassessment;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.cacfiling.domain.securityassessment.MeasureAnswer;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.securityassessment.SecurityAssessmentChecks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report's findings in words, errors first, for the page and the API alike. */
@Component
class SecurityAssessmentFindings {

    private final MessageSource messages;

    SecurityAssessmentFindings(MessageSource messages) {
        this.messages = messages;
    }

    List<SecurityAssessmentFindingView> views(List<Finding> findings, Locale locale) {
        return findings.stream().sorted(Comparator.comparing(Finding::severity)).map(f -> view(f, locale)).toList();
    }

    private SecurityAssessmentFindingView view(Finding finding, Locale locale) {
        String field = finding.fieldPath().substring(SecurityAssessmentChecks.PREFIX.length());
        String message = messages.getMessage(finding.messageKey(), finding.arguments().toArray(), locale);
        // The page names the Provisions once; each finding names its article.
        String basis = finding.legalBasis() == null ? null : finding.legalBasis().article(locale);
        String inFull = finding.legalBasis() == null ? null
                : messages.getMessage("regulation." + finding.legalBasis().regulation(), null, locale)
                        + (basis == null ? "" : " " + basis);
        return new SecurityAssessmentFindingView(finding.severity(), field, anchor(field), label(field, locale),
                message, basis, inFull);
    }

    /** The id of the field's element on the page: {@code sa-measures-REAL_IDENTITY-state}. */
    static String anchor(String field) {
        return "sa-" + field.replace('.', '-');
    }

    /** A field both people changed, as the refused page names it: its label and what the other person saved. */
    record ConflictField(String anchor, String label, String theirs) implements Serializable {
    }

    List<ConflictField> conflicts(List<String> fields, SecurityAssessment theirs, Locale locale) {
        return fields.stream().map(field -> new ConflictField(anchor(field), label(field, locale),
                shown(theirs, field, locale))).toList();
    }

    /** A field's value in words: labels for choices, the text or date as saved, "empty" for none. */
    private String shown(SecurityAssessment a, String field, Locale locale) {
        Object value = switch (field) {
            case "functions" -> a.functions();
            case "facilities" -> a.facilities();
            case "deployment" -> a.deployment();
            case "licences" -> a.licences();
            case "triggers" -> a.triggers().isEmpty() ? null : a.triggers().stream().sorted()
                    .map(t -> messages.getMessage("securityAssessment.trigger." + t, null, locale))
                    .collect(Collectors.joining(messages.getMessage("list.separator", null, locale)));
            case "assessor" -> a.assessor() == null ? null
                    : messages.getMessage("securityAssessment.assessor." + a.assessor(), null, locale);
            case "thirdParty" -> a.thirdParty();
            case "assessedOn" -> a.invalidInput().getOrDefault("assessedOn", a.assessedOn() == null ? null
                    : a.assessedOn().toString());
            case "conclusion" -> a.conclusion();
            case "otherMatters" -> a.otherMatters();
            case "submittedOn" -> a.invalidInput().getOrDefault("submittedOn", a.submittedOn() == null ? null
                    : a.submittedOn().toString());
            case "submissionReference" -> a.submissionReference();
            default -> measurePart(a, field, locale);
        };
        return value == null ? messages.getMessage("securityAssessment.conflict.empty", null, locale) : value.toString();
    }

    private String measurePart(SecurityAssessment a, String field, Locale locale) {
        String[] parts = field.split("\\.");
        MeasureAnswer answer = a.measure(SecurityMeasure.valueOf(parts[1]));
        return switch (parts[2]) {
            case "state" -> answer.state() == null ? null
                    : messages.getMessage("securityAssessment.state." + answer.state(), null, locale);
            case "situation" -> answer.situation();
            default -> answer.remedy();
        };
    }

    private String label(String field, Locale locale) {
        if (field.startsWith("measures.")) {
            String[] parts = field.split("\\.");
            return messages.getMessage("securityAssessment.measure." + parts[1], null, locale) + " · "
                    + messages.getMessage("securityAssessment.field." + parts[2], null, locale);
        }
        return messages.getMessage("securityAssessment.field." + field, null, locale);
    }
}
