package com.cacfiling.domain.algorithm;

public enum EvidenceKind {
    SCREENSHOT, DOCUMENT
}
