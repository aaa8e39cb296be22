package com.cacfiling.domain.largemodel;

/** The five categories of TC260-003 Appendix A (A.1 to A.5), with their Chinese names as the sheets write them. */
public enum ContentRiskCategory {
    A1("A.1", "包含违反社会主义核心价值观的内容"),
    A2("A.2", "包含歧视性内容"),
    A3("A.3", "商业违法违规"),
    A4("A.4", "侵犯他人合法权益"),
    A5("A.5", "无法满足特定服务类型的安全需求");

    private final String code;
    private final String chineseName;

    ContentRiskCategory(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    /** A.1 and A.2: the 17 risks the keyword library and the should-refuse bank cover. */
    public boolean isCoreRisk() {
        return this == A1 || this == A2;
    }
}
