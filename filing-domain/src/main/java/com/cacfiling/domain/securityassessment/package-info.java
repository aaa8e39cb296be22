/**
 * The security assessment of a service with a public-opinion attribute or a capacity for social mobilisation
 * (安全评估, 《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》, 2018): what triggered it (Art. 3), who
 * assessed (Art. 4), the measures assessed (Art. 5) and the parts of the written report (Art. 6), with its
 * submission to the city-level CAC and police (Art. 7). Separate from the algorithm filing's self-assessment and
 * from TC260's assessment of a large model.
 */
package com.cacfiling.domain.securityassessment;
