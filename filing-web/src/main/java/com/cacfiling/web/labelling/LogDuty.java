package com.cacfiling.web.labelling;

/** Unlabelled output on a user's request (Labelling Measures Art. 9): not offered, or offered with its log kept. */
public enum LogDuty {
    NOT_OFFERED, LOGGED_SIX_MONTHS, NOT_LOGGED
}
