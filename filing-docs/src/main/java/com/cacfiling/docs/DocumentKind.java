package com.cacfiling.docs;

/** The four documents the filer uploads to the CAC. */
public enum DocumentKind {
    /** 互联网信息服务算法安全自评估报告 */
    SELF_ASSESSMENT_REPORT("report"),
    /** 落实算法安全主体责任基本情况 */
    RESPONSIBILITY_TABLE("responsibility"),
    /** 拟公示内容 */
    PUBLIC_DISCLOSURE("disclosure"),
    /** 算法备案承诺书 */
    COMMITMENT_LETTER("commitment");

    private final String key;

    DocumentKind(String key) {
        this.key = key;
    }

    /** Short name used in message keys and URLs. */
    public String key() {
        return key;
    }

    public static DocumentKind ofKey(String key) {
        for (DocumentKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown document " + key);
    }
}
