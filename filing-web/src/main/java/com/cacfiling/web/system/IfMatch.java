package com.cacfiling.web.system;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The If-Match of an API write: required (428 without it), and one entity tag as HTTP writes it, in quotes (400
 * otherwise). Found in a walk: the current ETag sent without its quotes was answered 412 "changed since you read it",
 * and a script that reads again on 412 would have looped.
 */
public final class IfMatch {

    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"");

    private IfMatch() {
    }

    /** The header's tag, stripped; refused when missing or not a quoted tag. */
    public static String required(String header) {
        if (header == null) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "Send the ETag of GET in If-Match");
        }
        String tag = header.strip();
        if (!ENTITY_TAG.matcher(tag).matches()) {
            throw InvalidRequestException.at("If-Match", "api.ifMatch.malformed");
        }
        return tag;
    }
}
