package com.cacfiling.domain.securityassessment;

/** Why the assessment is made: the five cases of Art. 3, in its order. */
public enum AssessmentTrigger {
    /** (一) the service, or a function with the attribute, goes online. */
    LAUNCH,
    /** (二) a new technology or application changes the service's functions, implementation or resources. */
    NEW_TECHNOLOGY,
    /** (三) users grew so much that the attribute changed significantly. */
    USER_GROWTH,
    /** (四) illegal or harmful information spread: the measures in place did not contain the risk. */
    HARMFUL_SPREAD,
    /** (五) a city-level or higher CAC, or the police, asked for it in writing. */
    AUTHORITY_NOTICE
}
