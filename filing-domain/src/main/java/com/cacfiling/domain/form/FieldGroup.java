package com.cacfiling.domain.form;

import java.util.List;

import com.cacfiling.domain.filing.FilingRole;

/**
 * A group of fields as the form shows them together (a fieldset). {@code roles}: the filing roles that see it
 * (all when empty).
 */
public record FieldGroup(String group, List<FilingRole> roles, List<FieldSpec> fields) {

    public FieldGroup {
        roles = roles == null ? List.of() : List.copyOf(roles);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public boolean appliesTo(FilingRole role) {
        return roles.isEmpty() || roles.contains(role);
    }

    public String labelKey() {
        return "group." + group;
    }
}
