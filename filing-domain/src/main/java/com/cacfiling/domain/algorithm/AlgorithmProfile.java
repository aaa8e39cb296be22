package com.cacfiling.domain.algorithm;

/** Step 2 and the self-assessment content: everything about the algorithm, shared by its filings' roles. */
public record AlgorithmProfile(AlgorithmBasics basics, AlgorithmDetails details, SelfAssessment assessment,
        PublicDisclosure disclosure) {

    public AlgorithmProfile {
        basics = basics == null ? new AlgorithmBasics(null, null, null, null, null) : basics;
        details = details == null ? AlgorithmDetails.empty() : details;
        assessment = assessment == null ? SelfAssessment.empty() : assessment;
        disclosure = disclosure == null ? PublicDisclosure.empty() : disclosure;
    }

    public static AlgorithmProfile named(String name) {
        return new AlgorithmProfile(new AlgorithmBasics(null, name, null, null, null), null, null, null);
    }

    public AlgorithmProfile withBasics(AlgorithmBasics changed) {
        return new AlgorithmProfile(changed, details, assessment, disclosure);
    }

    public AlgorithmProfile withDetails(AlgorithmDetails changed) {
        return new AlgorithmProfile(basics, changed, assessment, disclosure);
    }

    public AlgorithmProfile withAssessment(SelfAssessment changed) {
        return new AlgorithmProfile(basics, details, changed, disclosure);
    }

    public AlgorithmProfile withDisclosure(PublicDisclosure changed) {
        return new AlgorithmProfile(basics, details, assessment, changed);
    }

    public String name() {
        return basics.name();
    }
}
