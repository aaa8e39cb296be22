package com.cacfiling.web.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown both for records that do not exist and for records the current user may not see: answering 404 in
 * both cases keeps other companies' filings from being discovered by probing URLs.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found");
    }
}
