package com.cacfiling.domain.labelling;

import java.util.List;
import java.util.Map;

/**
 * What the metadata of a sample file says about its implicit label: the format, where the label was found (a
 * {@link Place} and the name of the structure, e.g. the PNG chunk's keyword), its fields as found, and what is
 * wrong with it. {@code verdict} sums it up.
 */
public record AigcLabelReport(SampleFormat format, Verdict verdict, Place place, String placeName,
        Map<String, String> fields, List<Problem> problems) {

    /** Whether the file carries a usable implicit label. */
    public enum Verdict {
        /** An AIGC label with Label "1" and the producer's fields. */
        LABELLED,
        /** An AIGC label is there, but something the standard asks for is missing or wrong. */
        INCOMPLETE,
        /** The metadata were read and hold no AIGC label. */
        NOT_LABELLED,
        /** Not a PNG, JPEG, MP3 or MP4 file, or its structure is broken. */
        UNREADABLE
    }

    /** The metadata structure that carried the label. */
    public enum Place {
        PNG_TEXT_CHUNK, PNG_XMP, JPEG_XMP, JPEG_COMMENT, ID3_FRAME, MP4_USER_DATA, MP4_XMP, NONE
    }

    /** Problems, each with the field it concerns (or null). */
    public record Problem(String code, String field) {
    }

    public AigcLabelReport {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
    }
}
