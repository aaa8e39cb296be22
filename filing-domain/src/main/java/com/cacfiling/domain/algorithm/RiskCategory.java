package com.cacfiling.domain.algorithm;

/** The risk categories of the self-assessment report's header table and chapter 三. */
public enum RiskCategory {
    /** 算法滥用 */
    ABUSE,
    /** 恶意利用 */
    MALICIOUS_EXPLOITATION,
    /** 算法漏洞 */
    VULNERABILITY,
    /** 违法和不良信息的生成、存储与传播 */
    HARMFUL_INFORMATION,
    /** 数据与用户信息泄露 */
    DATA_LEAKAGE,
    /** 其他 */
    OTHER
}
