package com.cacfiling.web.labelling;

import java.io.Serializable;
import java.util.List;

import com.cacfiling.domain.labelling.AigcLabelReport;

/**
 * The result of an upload check as the page says it: the file's name, the format read, the verdict, where the label
 * was, its fields in the standard's order, and the problems (message key and the field it concerns). Serializable:
 * it reaches the result page as a flash attribute, kept in the session, which is stored in the database.
 */
public record SampleCheck(String fileName, String format, String verdict, String place, String placeName,
        List<Field> fields, List<Problem> problems) implements Serializable {

    public record Field(String name, String value) implements Serializable {
    }

    public record Problem(String key, String field) implements Serializable {
    }

    static SampleCheck of(String fileName, AigcLabelReport report) {
        return new SampleCheck(fileName, report.format().name(), report.verdict().name(), report.place().name(),
                report.placeName(),
                report.fields().entrySet().stream().map(e -> new Field(e.getKey(), e.getValue())).toList(),
                report.problems().stream().map(p -> new Problem("labelling.sample.problem." + p.code(), p.field()))
                        .toList());
    }
}
