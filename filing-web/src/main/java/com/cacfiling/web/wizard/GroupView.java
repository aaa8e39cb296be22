package com.cacfiling.web.wizard;

import java.util.List;

/** A fieldset of a step: its legend and fields. */
public record GroupView(String id, String legend, List<FieldView> fields) {
}
