package com.cacfiling.domain.company;

import java.util.List;
import java.util.Optional;

/** 落实算法安全主体责任基本情况: the body (一), the management policies (二) and the attachments. */
public record ResponsibilityTable(SecurityBody body, List<Policy> policies, List<String> attachments) {

    public ResponsibilityTable {
        body = body == null ? SecurityBody.empty() : body;
        policies = policies == null ? List.of() : List.copyOf(policies);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static ResponsibilityTable empty() {
        return new ResponsibilityTable(SecurityBody.empty(), List.of(), List.of());
    }

    public Optional<Policy> policy(PolicyKind kind) {
        return policies.stream().filter(policy -> policy.kind() == kind).findFirst();
    }
}
