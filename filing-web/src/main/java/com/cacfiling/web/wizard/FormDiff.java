package com.cacfiling.web.wizard;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/** Field-by-field differences between two form objects of one step: what the other person changed. */
final class FormDiff {

    record Difference(String path, String mine, String theirs) {
    }

    private FormDiff() {
    }

    static List<Difference> between(Object mine, Object theirs) {
        List<Difference> differences = new ArrayList<>();
        compare("", mine, theirs, differences);
        return differences;
    }

    private static void compare(String prefix, Object mine, Object theirs, List<Difference> out) {
        if (isValue(mine) || isValue(theirs)) {
            String a = text(mine);
            String b = text(theirs);
            if (!Objects.equals(a, b)) {
                out.add(new Difference(prefix, a, b));
            }
            return;
        }
        if (mine instanceof List<?> || theirs instanceof List<?>) {
            List<?> a = mine == null ? List.of() : (List<?>) mine;
            List<?> b = theirs == null ? List.of() : (List<?>) theirs;
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                compare(prefix + "[" + i + "]", i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null, out);
            }
            return;
        }
        Object sample = mine != null ? mine : theirs;
        if (sample == null) {
            return;
        }
        BeanWrapper left = mine == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(mine);
        BeanWrapper right = theirs == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(theirs);
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(sample.getClass())) {
            String name = property.getName();
            if (name.equals("class") || name.equals("version") || property.getReadMethod() == null) {
                continue;
            }
            compare(prefix.isEmpty() ? name : prefix + "." + name,
                    left == null ? null : left.getPropertyValue(name),
                    right == null ? null : right.getPropertyValue(name), out);
        }
    }

    private static boolean isValue(Object value) {
        return value != null && (BeanUtils.isSimpleValueType(value.getClass()) || value instanceof Collection<?>
                && ((Collection<?>) value).stream().allMatch(item -> item == null
                        || BeanUtils.isSimpleValueType(item.getClass())));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Collection<?> collection ? String.join(", ",
                collection.stream().map(String::valueOf).toList()) : value.toString();
    }
}
