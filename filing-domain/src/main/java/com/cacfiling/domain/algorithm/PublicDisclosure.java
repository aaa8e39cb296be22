package com.cacfiling.domain.algorithm;

/** 拟公示内容 (算法机制机理): what the CAC publishes; must not reveal trade secrets. */
public record PublicDisclosure(String basicPrinciple, String operatingMechanism, String applicationScenarios,
        String purpose, String publicationMethod) {

    public static PublicDisclosure empty() {
        return new PublicDisclosure(null, null, null, null, null);
    }
}
