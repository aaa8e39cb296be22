package com.cacfiling.web.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.cacfiling.domain.algorithm.AlgorithmTypes;
import com.cacfiling.domain.triage.ObligationKind;

/**
 * Where the work on an obligation starts: the algorithm filing's new-filing page with the role chosen, the
 * large-model wizard (built on another branch) with the route and the service, the labelling checklist of each of
 * the company's filings; {@code labelKey} names the link in the bundles, {@code argument} fills it (a filing name),
 * {@code statusKey} names the state of work already started (a large-model filing opened instead of started again).
 */
public record StartLink(String href, String labelKey, String argument, String statusKey, UUID linkable) {

    public StartLink(String href, String labelKey, String argument) {
        this(href, labelKey, argument, null, null);
    }

    public StartLink(String href, String labelKey, String argument, String statusKey) {
        this(href, labelKey, argument, statusKey, null);
    }

    /** A large-model filing or registration already started for the service, by route. */
    public record StartedModelFiling(UUID id, String route, String status) {
    }

    /**
     * A filing of the service's company: the labelling checklist links, the algorithm filings already made;
     * {@code ofService}: started from this service's result (V104), so it is this service's own.
     */
    public record CompanyFiling(UUID id, String name, String role, String status, String algorithmType,
            boolean ofService, boolean elsewhere) {

        public CompanyFiling(UUID id, String name, String role, String status, String algorithmType) {
            this(id, name, role, status, algorithmType, false, false);
        }

        public CompanyFiling(UUID id, String name, String role, String status, String algorithmType,
                boolean ofService) {
            this(id, name, role, status, algorithmType, ofService, false);
        }

        /** Of the kind the obligation is about: generative synthesis or another type (a type not chosen fits both). */
        boolean fits(Boolean generative) {
            return generative == null || algorithmType == null
                    || generative == AlgorithmTypes.isGenerativeSynthesis(algorithmType);
        }
    }

    /** The company's algorithm filings in the role, to open, ahead of the link that starts another. */
    private static List<StartLink> existingThenStart(List<CompanyFiling> filings, String role, Boolean generative,
            StartLink start) {
        List<StartLink> links = new ArrayList<>();
        // A service with a filing of its own is offered that one, not the company's other services' filings.
        boolean ownOnly = filings.stream().anyMatch(filing -> filing.ofService() && filing.role().equals(role)
                && filing.fits(generative) && isLive(filing));
        for (CompanyFiling filing : filings) {
            // Found in a walk: a generative service's result offered the company's recommendation algorithms.
            // Not a filing given up or ended: it covers no service (found in a re-check: withdrawn ones were offered).
            // Found in a walk: a new service was offered another service's filing as "the existing" one. A filing
            // of the company that is no service's says so; the service's own says it is its own.
            if (filing.role().equals(role) && filing.fits(generative) && isLive(filing)
                    && (!ownOnly || filing.ofService())) {
                // A filing of no service yet can be made this one's (the checks between the service's filings and
                // its obligation then follow it, as for one started here).
                links.add(new StartLink("/filings/" + filing.id(), filing.ofService() ? "triage.open.algorithmFiling.own"
                        : "triage.open.algorithmFiling", filing.name(), "status." + filing.status(),
                        filing.ofService() ? null : filing.id()));
            }
        }
        // With a filing of its own, another is for another algorithm of the service (it read as the one to start).
        links.add(ownOnly ? new StartLink(start.href(), "triage.start.anotherAlgorithmFiling", null) : start);
        return links;
    }

    /**
     * Not a filing given up or ended, nor one replaced by its approved change or started for another of the
     * company's services (found in a re-check: both were offered, twice the same name and another service's).
     */
    private static boolean isLive(CompanyFiling filing) {
        return !"WITHDRAWN".equals(filing.status()) && !"CANCELLED".equals(filing.status()) && !filing.elsewhere();
    }

    /** The new filing starts with the role found and the service's company chosen. */
    public static List<StartLink> of(ObligationKind kind, String detail, UUID serviceId, UUID companyId,
            List<CompanyFiling> filings, List<StartedModelFiling> modelFilings) {
        // A generative service's filing starts with its algorithm type, as the triage found it.
        String type = "GENERATIVE".equals(detail) ? "&type=" + AlgorithmTypes.GENERATIVE_SYNTHESIS : "";
        Boolean generative = "GENERATIVE".equals(detail) ? Boolean.TRUE : "OTHER_TYPE".equals(detail) ? Boolean.FALSE
                : null;
        String route = kind == ObligationKind.LARGE_MODEL_FILING ? "FILING"
                : kind == ObligationKind.LARGE_MODEL_REGISTRATION ? "REGISTRATION" : null;
        for (StartedModelFiling started : modelFilings) {
            if (started.route().equals(route)) {
                return List.of(new StartLink("/model-filings/" + started.id(), "triage.open." + route, null,
                        "modelFiling.status." + started.status()));
            }
        }
        return switch (kind) {
            case ALGORITHM_FILING_PROVIDER -> existingThenStart(filings, "SERVICE_PROVIDER", generative, new StartLink(
                    "/filings/new?role=SERVICE_PROVIDER&company=" + companyId + "&service=" + serviceId + type,
                    "triage.start.algorithmFiling", null));
            case ALGORITHM_FILING_SUPPORTER -> existingThenStart(filings, "TECHNICAL_SUPPORTER", generative, new StartLink(
                    "/filings/new?role=TECHNICAL_SUPPORTER&company=" + companyId + "&service=" + serviceId + type,
                    "triage.start.algorithmFiling",
                    null));
            case LARGE_MODEL_FILING -> List.of(new StartLink("/model-filings/new?route=FILING&service=" + serviceId,
                    "triage.start.largeModelFiling", null));
            case SECURITY_ASSESSMENT -> List.of(new StartLink("/services/" + serviceId + "/security-assessment",
                    "triage.start.securityAssessment", null));
            case LARGE_MODEL_REGISTRATION -> List.of(new StartLink(
                    "/model-filings/new?route=REGISTRATION&service=" + serviceId, "triage.start.registration", null));
            case LABELLING -> {
                List<StartLink> links = new ArrayList<>();
                // Found in a walk: a second service was offered the first service's checklist as if its own. A
                // service with a generative filing of its own gets that one's checklist only, named as its own;
                // otherwise the company's, named by algorithm, under the hint to open the one it uses.
                boolean ownOnly = filings.stream().anyMatch(filing -> filing.ofService() && filing.fits(Boolean.TRUE)
                        && isLive(filing));
                for (CompanyFiling filing : filings) {
                    // Labelling is a generative synthesis algorithm's.
                    if (!filing.fits(Boolean.TRUE) || !isLive(filing) || ownOnly && !filing.ofService()) {
                        continue;
                    }
                    links.add(new StartLink("/filings/" + filing.id() + "/labelling?service=" + serviceId,
                            ownOnly ? "triage.start.labellingOwn" : "triage.start.labelling", filing.name()));
                }
                yield links;
            }
            default -> List.of();
        };
    }
}
