package com.cacfiling.domain.dossier;

import java.util.List;
import java.util.stream.Collectors;

/** A dossier file that cannot be read: every problem names the JSON path and what is wrong there. */
public class DossierFormatException extends RuntimeException {

    /** One problem: a JSON path such as {@code $.entity.creditCode} and the reason. */
    public record Problem(String path, String reason) {

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
