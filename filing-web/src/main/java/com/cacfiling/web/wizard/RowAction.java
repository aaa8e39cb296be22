package com.cacfiling.web.wizard;

import java.util.Collections;
import java.util.List;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Adds, removes and reorders repeating rows (products, flow steps, risks, measures) on the server, so the wizard
 * works without scripts. The action names the list by its form path: {@code add:products},
 * {@code remove:assessment.flow:2}, {@code up:products:1}, {@code down:assessment.risks[0].measures:0}.
 */
final class RowAction {

    private RowAction() {
    }

    /** Applies the action to the form; returns the anchor to come back to, or null when it is not a row action. */
    @SuppressWarnings("unchecked")
    static String apply(Object form, String action) {
        if (action == null || !action.matches("(add|remove|up|down):[A-Za-z0-9_.\\[\\]]+(:\\d+)?")) {
            return null;
        }
        String[] parts = action.split(":");
        String path = parts[1];
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
        if (!wrapper.isReadableProperty(path)) {
            return null;
        }
        List<Object> rows = (List<Object>) wrapper.getPropertyValue(path);
        int index = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
        switch (parts[0]) {
            case "add" -> {
                Class<?> type = wrapper.getPropertyTypeDescriptor(path).getElementTypeDescriptor().getType();
                rows.add(BeanUtils.instantiateClass(type));
                index = rows.size() - 1;
            }
            case "remove" -> {
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
                index = Math.max(0, index - 1);
            }
            case "up" -> {
                if (index > 0 && index < rows.size()) {
                    Collections.swap(rows, index, index - 1);
                    index--;
                }
            }
            case "down" -> {
                if (index >= 0 && index < rows.size() - 1) {
                    Collections.swap(rows, index, index + 1);
                    index++;
                }
            }
            default -> {
                return null;
            }
        }
        return WizardView.anchor(path);
    }
}
