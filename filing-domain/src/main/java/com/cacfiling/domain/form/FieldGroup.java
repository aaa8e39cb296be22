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

    /** The group as a filing of this role sees it: without the fields asked of the other role only. */
    public FieldGroup forRole(FilingRole role) {
        if (fields.stream().allMatch(field -> field.appliesTo(role))) {
            return this;
        }
        return new FieldGroup(group, roles, fields.stream().filter(field -> field.appliesTo(role)).toList());
    }

    public String labelKey() {
        return "group." + group;
    }
}
