package com.cacfiling.web.securityassessment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
        return new SecurityAssessmentFindingView(finding.severity(), field, anchor(field), label(field, locale),
                message, basis);
    }

    /** The id of the field's element on the page: {@code sa-measures-REAL_IDENTITY-state}. */
    static String anchor(String field) {
        return "sa-" + field.replace('.', '-');
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
