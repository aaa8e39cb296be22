package com.cacfiling.domain.form;

import java.util.List;

import com.cacfiling.domain.filing.FilingRole;

/**
 * One wizard step of the form: its name (as the rules' steps are named), its groups and the legal basis of its
 * required fields ({@code REGULATION:article}), when it differs from the form's.
 */
public record StepSpec(String step, String legalBasis, List<FieldGroup> groups) {

    public StepSpec {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    StepSpec resolved(String formBasis) {
        return new StepSpec(step, legalBasis == null ? formBasis : legalBasis, groups.stream()
                .map(group -> new FieldGroup(group.group(), group.roles(),
                        group.fields().stream().map(field -> field.under(null, null)).toList()))
                .toList());
    }

    /** The groups a filing of this role sees, each with the fields asked of that role. */
    public List<FieldGroup> groupsFor(FilingRole role) {
        return groups.stream().filter(group -> group.appliesTo(role)).map(group -> group.forRole(role)).toList();
    }

    /** The top-level fields a filing of this role sees and saves on this step. */
    public List<FieldSpec> fieldsFor(FilingRole role) {
        return groupsFor(role).stream().flatMap(group -> group.fields().stream()).toList();
    }

    /** The top-level fields asked of this dossier on this step: the role's, less those whose condition fails. */
    public List<FieldSpec> fieldsFor(FilingRole role, DossierTree tree) {
        return groupsFor(role).stream().flatMap(group -> group.fields().stream())
                .filter(field -> field.isShown(tree)).toList();
    }
}
