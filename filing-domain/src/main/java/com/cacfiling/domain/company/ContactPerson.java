package com.cacfiling.domain.company;

import com.cacfiling.domain.identifiers.EmailAddress;
import com.cacfiling.domain.identifiers.PhoneNumber;

/** The entity's contact for the filing (agency guides: name, title, mobile, e-mail, office address, post code). */
public record ContactPerson(String name, String title, PhoneNumber mobile, EmailAddress email, String officeAddress,
        String postalCode) {

    public static ContactPerson empty() {
        return new ContactPerson(null, null, null, null, null, null);
    }
}
