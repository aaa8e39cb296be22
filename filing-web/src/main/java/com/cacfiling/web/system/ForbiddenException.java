package com.cacfiling.web.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user may see the record but not do this with it (unlike {@link NotFoundException}, nothing is hidden). */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super("Forbidden");
    }
}
