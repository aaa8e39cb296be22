package com.cacfiling.domain.identifiers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** ICP 备案号: province abbreviation + {@code ICP备} + digits + {@code 号}, optionally {@code -N} per site. */
public record IcpNumber(@JsonValue String value) {

    static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final Pattern SHAPE = Pattern.compile("([" + PROVINCES + "])ICP备(\\d{6,12})号(?:-(\\d{1,4}))?");
    static final String KEY = "identifier.icp.invalid";

    @JsonCreator
    public IcpNumber {
        value = Values.compact(Values.require(value, KEY)).replace("icp", "ICP");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(KEY, value);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    public String province() {
        Matcher matcher = SHAPE.matcher(value);
        matcher.matches();
        return matcher.group(1);
    }

    /** The entity's ICP number without the per-site suffix: 浙ICP备2026044830号-1 → 浙ICP备2026044830号. */
    public String entityNumber() {
        int dash = value.indexOf('-');
        return dash < 0 ? value : value.substring(0, dash);
    }

    @Override
    public String toString() {
        return value;
    }
}
