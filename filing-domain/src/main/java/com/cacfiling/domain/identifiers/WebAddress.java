package com.cacfiling.domain.identifiers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An absolute http(s) address with a host, e.g. a product's website. */
public record WebAddress(@JsonValue String value) {

    static final String KEY = "identifier.url.invalid";

    @JsonCreator
    public WebAddress {
        value = Values.require(value, KEY).strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || !uri.getHost().contains(".") && !uri.getHost().equals("localhost")) {
                throw new InvalidValueException(KEY, value);
            }
        }
        catch (URISyntaxException ex) {
            throw new InvalidValueException(KEY, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
