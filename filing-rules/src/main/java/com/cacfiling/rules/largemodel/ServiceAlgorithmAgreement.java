package com.cacfiling.rules.largemodel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.largemodel.ServiceAlgorithmFiling;
import com.cacfiling.rules.Finding;
import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;
import com.cacfiling.rules.Severity;
import tools.jackson.databind.JsonNode;

/**
 * The large-model filing says what the service's algorithm filing says: the same launch date, and the number the CAC
 * gave that filing. Filings come back for inconsistencies between documents about one service; the two filings were
 * only alike when the large-model filing was started from the service, and nothing noticed when either changed
 * afterwards. The launch date is a warning (the user may know better: a generative feature launched later); a
 * number other than the approved one is an error, and one typed before the approval is noted as not checkable yet.
 */
public final class ServiceAlgorithmAgreement {

    static final String RULE = "MODEL_SERVICE_ALGORITHM";
    static final String LAUNCH_DATE = "model.basics.launchDate";
    static final String NUMBER = "model.basics.algorithmFilingNumber";

    private static final LegalBasis MEASURES_17 = LegalBasis.of(Regulation.GENERATIVE_AI_MEASURES, "第十七条");

    private ServiceAlgorithmAgreement() {
    }

    /**
     * The findings where the form and the service's algorithm filing disagree; none without that filing. A
     * registration is named as one ({@code route}), not as a second filing.
     */
    public static List<Finding> check(DossierTree tree, ServiceAlgorithmFiling algorithm,
            com.cacfiling.domain.largemodel.ModelFilingRoute route) {
        if (algorithm == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        LocalDate launch = date(tree.get(LAUNCH_DATE));
        if (launch != null && algorithm.launchDate() != null && !launch.equals(algorithm.launchDate())) {
            findings.add(new Finding(RULE, Severity.WARNING, LAUNCH_DATE,
                    route == com.cacfiling.domain.largemodel.ModelFilingRoute.REGISTRATION
                            ? "rule.model.serviceAlgorithm.launchDate.registration"
                            : "rule.model.serviceAlgorithm.launchDate",
                    List.of(launch, algorithm.launchDate()), MEASURES_17));
        }
        JsonNode number = tree.get(NUMBER);
        boolean typed = number.isString() && !number.asString().isBlank();
        if (typed && algorithm.approvedNumber() != null && algorithm.approvedNumbers().stream()
                .noneMatch(approved -> compact(approved).equals(compact(number.asString())))) {
            // The number the CAC gave is a fact, not a judgement: another one is wrong, and the filing comes back.
            findings.add(new Finding(RULE, Severity.ERROR, NUMBER, "rule.model.serviceAlgorithm.number",
                    List.of(algorithm.approvedNumber()), MEASURES_17));
        }
        else if (typed && algorithm.approvedNumber() == null) {
            // Found in a walk: a number typed while the algorithm filing was still a draft passed unremarked.
            findings.add(new Finding(RULE, Severity.INFO, NUMBER, "rule.model.serviceAlgorithm.notApprovedYet",
                    List.of(), MEASURES_17));
        }
        return findings;
    }

    /** The same number typed with spaces is the same number. */
    private static String compact(String number) {
        return number.replaceAll("\\s+", "");
    }

    private static LocalDate date(JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asString());
        }
        catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
