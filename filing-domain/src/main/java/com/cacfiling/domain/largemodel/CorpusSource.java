package com.cacfiling.domain.largemodel;

/** Where training corpus comes from (part (2) of the form): open source, collected by the filer, or bought. */
public enum CorpusSource {
    OPEN_SOURCE,
    SELF_COLLECTED,
    COMMERCIAL
}
