package com.cacfiling.rules;

/** The regulations and standards findings cite; display names come from the message bundles. */
public enum Regulation {
    /** 《互联网信息服务算法推荐管理规定》 (2022-03-01) */
    ALGORITHM_RECOMMENDATION_PROVISIONS,
    /** 《互联网信息服务深度合成管理规定》 (2023-01-10) */
    DEEP_SYNTHESIS_PROVISIONS,
    /** 《生成式人工智能服务管理暂行办法》 (2023-08-15) */
    GENERATIVE_AI_MEASURES,
    /** 《人工智能生成合成内容标识办法》 (2025-09-01) */
    LABELLING_MEASURES,
    /** 《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》 (2018) */
    SECURITY_ASSESSMENT_PROVISIONS,
    /** 《中华人民共和国个人信息保护法》 */
    PERSONAL_INFORMATION_PROTECTION_LAW,
    /** GB 32100-2015 法人和其他组织统一社会信用代码编码规则 */
    GB_32100,
    /** GB 11643-1999 公民身份号码 */
    GB_11643,
    /** TC260-003 《生成式人工智能服务安全基本要求》 (2024-02-29) */
    TC260_003,
    /** GB/T 45654-2025 《网络安全技术 生成式人工智能服务安全基本要求》 (effective 2025-11-01) */
    GB_T_45654
}
