package com.cacfiling.domain.reference;

/**
 * Where an option list of the form comes from. The CAC's own screens are not public, so only lists that the seed
 * material names are confirmed; the others are shown to the filer with a hint that the options may differ from the
 * CAC system's (and, where the list has one, that "other (describe)" takes what is missing).
 */
public enum ListProvenance {
    /** Listed by the seed articles (the reference the form was rebuilt from). */
    SEED,
    /** Used by filing agencies' material; not confirmed as the official dropdown. */
    PRACTITIONER,
    /** The portal's own list, to be confirmed against the CAC system. */
    PORTAL;

    /** Whether the filer should be told the options are not confirmed. */
    public boolean isUnconfirmed() {
        return this != SEED;
    }
}
