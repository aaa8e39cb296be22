/**
 * The large-model filing (生成式人工智能服务上线备案) and the registration (登记) of a service that calls a filed
 * model: the routes, the answers its catalogue ({@code model-fields-<version>.yaml}) chooses from, the content
 * risks of TC260-003 Appendix A, the rows of the keyword list and test bank a filer uploads, and the thresholds those
 * lists are checked against, versioned per standard ({@code model-thresholds.yaml}). The official forms are not
 * public: everything here follows the practitioner sources gathered in the team's domain reference, marked there as
 * secondary.
 */
package com.cacfiling.domain.largemodel;
