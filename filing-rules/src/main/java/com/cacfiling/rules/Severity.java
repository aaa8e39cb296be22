package com.cacfiling.rules;

/** How much a finding matters: an ERROR blocks "ready for review". */
public enum Severity {
    ERROR, WARNING, INFO
}
