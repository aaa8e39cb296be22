package com.cacfiling.domain.largemodel;

/** How the public reaches the service (part (3) of the form): an app, a website, or an API. */
public enum ModelServiceMode {
    APP,
    WEB,
    API
}
