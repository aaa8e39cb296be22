package com.cacfiling.domain.largemodel;

/** How a registered service calls the filed model it uses. */
public enum CallMethod {
    API,
    SDK,
    PRIVATE_DEPLOYMENT,
    OTHER
}
