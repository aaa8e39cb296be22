package com.cacfiling.web.system;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Values of a request that are not valid, each at its path with a message of the bundles: answered under /api/ as
 * problem JSON with every problem in the caller's language (never a field's Java name with a validator's sentence or
 * a regular expression, as before), elsewhere as the "invalid request" page.
 */
public class InvalidRequestException extends RuntimeException {

    /** One value not valid: where, and what is wrong in words. */
    public record Problem(String path, MessageSourceResolvable message) {
    }

    private final List<Problem> problems;

    public InvalidRequestException(List<Problem> problems) {
        super(problems.stream().map(Problem::path).toList().toString());
        this.problems = List.copyOf(problems);
    }

    /** One value not valid, said by {@code key} with {@code arguments}. */
    public static InvalidRequestException at(String path, String key, Object... arguments) {
        return new InvalidRequestException(List.of(new Problem(path,
                new DefaultMessageSourceResolvable(new String[] {key}, arguments, null))));
    }

    public List<Problem> problems() {
        return problems;
    }
}
