package com.cacfiling.domain.filing;

import com.cacfiling.domain.algorithm.SelfAssessment;

/**
 * The role in which an entity files an algorithm. An entity that both runs the service and supplies the
 * technology to others files one record per role (Deep Synthesis Provisions; agency practice).
 */
public enum FilingRole {
    /** 服务提供者: offers the service to the public; Step 3 lists its products and functions. */
    SERVICE_PROVIDER("algorithm.assessment.servedUsers", "algorithm.assessment.userCount"),
    /** 服务技术支持者: supplies the technology (API, SDK, private deployment); Step 3 is the support plan. */
    TECHNICAL_SUPPORTER("algorithm.assessment.servedCustomers", "algorithm.assessment.customerCount");

    private final String audiencePath;
    private final String audienceCountPath;

    FilingRole(String audiencePath, String audienceCountPath) {
        this.audiencePath = audiencePath;
        this.audienceCountPath = audienceCountPath;
    }

    /** The field of the self-assessment that says whom this role serves: people, or businesses. */
    public String audiencePath() {
        return audiencePath;
    }

    /** The field of the self-assessment that counts this role's audience: people using it, or businesses. */
    public String audienceCountPath() {
        return audienceCountPath;
    }

    public Long audienceCount(SelfAssessment assessment) {
        return this == TECHNICAL_SUPPORTER ? assessment.customerCount() : assessment.userCount();
    }
}
