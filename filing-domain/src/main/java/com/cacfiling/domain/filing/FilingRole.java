package com.cacfiling.domain.filing;

/**
 * The role in which an entity files an algorithm. An entity that both runs the service and supplies the
 * technology to others files one record per role (Deep Synthesis Provisions; agency practice).
 */
public enum FilingRole {
    /** 服务提供者: offers the service to the public; Step 3 lists its products and functions. */
    SERVICE_PROVIDER,
    /** 服务技术支持者: supplies the technology (API, SDK, private deployment); Step 3 is the support plan. */
    TECHNICAL_SUPPORTER
}
