package com.cacfiling.web.privacy;

import com.cacfiling.domain.identifiers.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * For pages: a text as a reader sees it, with resident ID numbers written into it masked for readers outside the
 * company (comments, upload names). Found in a review: they reached consultants in full.
 */
@Component("personalTexts")
public class PersonalTexts {

    /** {@code idsMasked} null (a page that did not say) masks: the safe side. */
    public String shown(String text, Boolean idsMasked) {
        return Boolean.FALSE.equals(idsMasked) ? text : ResidentIdNumber.maskedIn(text);
    }
}
