package com.cacfiling.domain.company;

import com.cacfiling.domain.identifiers.EmailAddress;
import com.cacfiling.domain.identifiers.PhoneNumber;
import com.cacfiling.domain.identifiers.ResidentIdNumber;

/**
 * A natural person the form asks about (legal representative, algorithm security officer, contact, head of the
 * algorithm-security body). Every part may still be missing in a draft.
 */
public record Person(String name, String title, ResidentIdNumber idNumber, PhoneNumber phone, EmailAddress email) {

    public static Person empty() {
        return new Person(null, null, null, null, null);
    }
}
