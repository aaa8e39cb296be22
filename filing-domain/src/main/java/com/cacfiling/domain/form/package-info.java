/**
 * The CAC form as data: the field catalogue of each form version ({@code fields-<version>.yaml}), read into
 * {@link com.cacfiling.domain.form.FieldSpec} records, and the dossier as a tree addressed by the same paths that
 * findings and comments use. Rendering, binding, completeness, labels and comparisons all read this one definition.
 */
package com.cacfiling.domain.form;
