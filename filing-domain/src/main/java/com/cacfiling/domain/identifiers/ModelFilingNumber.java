package com.cacfiling.domain.identifiers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number of a filed generative-AI model as published on product pages: province and model in pinyin, the date,
 * and on later filings a four-digit serial ({@code Beijing-YunQue-20230821}, {@code Hunan-PinCaiMao-202412310003}).
 * The shape is inferred from public examples (a secondary source), not an official specification; only the shape
 * and the date are checked.
 */
public record ModelFilingNumber(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("([A-Z][a-z]+)-([A-Za-z][A-Za-z0-9]*)-(\\d{8})(\\d{4})?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    static final String KEY = "identifier.modelFilingNumber.invalid";

    @JsonCreator
    public ModelFilingNumber {
        value = Values.compact(Values.require(value, KEY));
        Matcher matcher = SHAPE.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidValueException(KEY, value);
        }
        try {
            LocalDate filed = LocalDate.parse(matcher.group(3), DATE);
            if (filed.getYear() < 2023) {
                throw new InvalidValueException(KEY, value);
            }
        }
        catch (DateTimeParseException notADate) {
            throw new InvalidValueException(KEY, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
