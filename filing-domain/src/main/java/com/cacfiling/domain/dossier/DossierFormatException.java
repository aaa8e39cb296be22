package com.cacfiling.domain.dossier;

import java.util.List;
import java.util.stream.Collectors;

/** A dossier file that cannot be read: every problem names the JSON path and what is wrong there. */
public class DossierFormatException extends RuntimeException {

    /**
     * One problem: a JSON path such as {@code $.entity.creditCode} and the reason, in English; where the reason is one
     * the portal words for users, its message key and arguments, so an API answer can say it in the caller's language.
     */
    public record Problem(String path, String reason, String messageKey, List<Object> arguments) {

        public Problem(String path, String reason) {
            this(path, reason, null, List.of());
        }

        public Problem {
            arguments = arguments == null ? List.of() : java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(arguments));
        }

        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    private final List<Problem> problems;

    public DossierFormatException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
