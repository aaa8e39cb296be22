package com.cacfiling.domain.company;

/** The management policies the responsibility table (落实算法安全主体责任基本情况) asks for, in its order. */
public enum PolicyKind {
    /** 算法安全自评估制度 */
    SELF_ASSESSMENT(true),
    /** 信息安全监测制度 */
    INFORMATION_SECURITY_MONITORING(true),
    /** 数据安全监测制度 */
    DATA_SECURITY_MONITORING(true),
    /** 个人信息安全监测制度 */
    PERSONAL_INFORMATION_MONITORING(true),
    /** 算法安全监测制度 */
    ALGORITHM_SECURITY_MONITORING(true),
    /** 安全事件应急处置制度 */
    INCIDENT_RESPONSE(true),
    /** 违法违规处置制度 */
    VIOLATION_HANDLING(true),
    /** 科技伦理审查制度 */
    ETHICS_REVIEW(true),
    /** 其他制度 */
    OTHER(false);

    private final boolean required;

    PolicyKind(boolean required) {
        this.required = required;
    }

    /** Whether every responsibility table is expected to describe this policy. */
    public boolean isRequired() {
        return required;
    }
}
