package com.cacfiling.domain.securityassessment;

/** What the assessment examines: the eight items of Art. 5, in its order. */
public enum SecurityMeasure {
    /** (一) a security officer, content reviewers or a security department fitting the service. */
    SECURITY_STAFF,
    /** (二) users' real identities verified, registration details kept. */
    REAL_IDENTITY,
    /** (三) logs (account, time, operation, source and destination address and port, device) and posts kept. */
    LOG_RETENTION,
    /** (四) illegal and harmful information in names, profiles, posts, shares, comments and groups prevented and handled. */
    HARMFUL_INFORMATION,
    /** (五) personal information protected; the spread of harmful information and loss of control prevented. */
    TECHNICAL_SAFEGUARDS,
    /** (六) complaints and reports: a system, published channels, timely handling. */
    COMPLAINTS,
    /** (七) a working arrangement to give the CAC technical and data support. */
    CAC_SUPPORT,
    /** (八) a working arrangement to give the police and state security technical and data support. */
    POLICE_SUPPORT
}
