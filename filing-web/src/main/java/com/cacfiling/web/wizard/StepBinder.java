package com.cacfiling.web.wizard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.form.IdentifierType;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.domain.identifiers.InvalidValueException;
import com.cacfiling.domain.identifiers.ZiLimitedText;
import com.cacfiling.web.wizard.TypedInputs.TypedInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a step's posted {@code path=value} pairs into the dossier, field by field as the catalogue describes
 * them. Only the fields the step shows are touched. A value that is not valid for its kind (or over its limit, the
 * same limits the API and imports refuse) is kept as typed, with its message, in {@link TypedInputs}, while the
 * dossier keeps the last valid value. Row actions (add, remove, move) are applied to the posted rows first.
 */
public final class StepBinder {

    /** Longest code a choice may carry: longer is not a code of any list. */
    private static final int MAX_CODE_LENGTH = 80;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The dossier with the step's values, what was typed invalidly, and where to come back to on the page. */
    public record Result(DossierTree tree, TypedInputs typed, String anchor, boolean rowLimitReached,
            com.cacfiling.web.filing.RowChanges rows) {
    }

    private final Map<String, String[]> params;
    private final RowAction action;
    private final DossierTree stored;
    private final FormFields fields;
    /** The values typed invalidly before this save, all of them (a masked one posted back stands for its value). */
    private final TypedInputs storedTyped;
    private TypedInputs typed;
    private String anchor;
    private boolean rowLimitReached;
    private final Map<String, String> movedRows = new java.util.HashMap<>();
    private final java.util.Set<String> removedRows = new java.util.HashSet<>();

    private StepBinder(Map<String, String[]> params, String action, DossierTree stored, TypedInputs typed,
            TypedInputs storedTyped) {
        this.storedTyped = storedTyped;
        this.params = params;
        this.action = RowAction.parse(action);
        this.stored = stored;
        this.fields = stored.fields();
        this.typed = typed;
    }

    /** Binds a step of any catalogue (the large-model filing's too; its groups have no roles, so any role sees them). */
    public static Result bind(StepSpec step, FilingRole role, DossierTree stored, TypedInputs storedTyped,
            Map<String, String[]> params, String action) {
        // A field the page did not show (not asked of this dossier) is not in the form: not saved over either.
        List<FieldSpec> shown = step.fieldsFor(role, stored);
        TypedInputs others = storedTyped.without(path -> shown.stream().anyMatch(field -> covers(field, path)));
        StepBinder binder = new StepBinder(params, action, stored, others, storedTyped);
        DossierTree tree = stored.copy();
        for (FieldSpec field : shown) {
            int dot = field.path().lastIndexOf('.');
            ObjectNode container = tree.objectAt(field.path().substring(0, dot));
            binder.field(field, field.path(), field.path(), container, field.path().substring(dot + 1));
        }
        return new Result(tree, binder.typed, binder.anchor, binder.rowLimitReached,
                new com.cacfiling.web.filing.RowChanges(binder.movedRows, binder.removedRows));
    }

    /**
     * The inputs the user changed on the page, as the page's script lists them when the form is sent ({@code
     * _touched}, one name per line; browsers send a form value's line breaks as CRLF); null without the script, and
     * then the whole form counts as the user's.
     */
    public static java.util.Set<String> touched(Map<String, String[]> params) {
        String[] listed = params.get("_touched");
        return listed == null || listed.length == 0 ? null
                : java.util.Set.copyOf(List.of(listed[0].split("\\R", -1)));
    }

    /**
     * What a save refused for a conflict shows as the user's: the filing as it is now, with the step's fields the user
     * changed in the form ({@code touched}: the names of the inputs whose values differ from what the page showed,
     * and the table a row button acted on) taken from the form. A field the user did not touch keeps the value another
     * user saved meanwhile, so that saving the page again does not put back what the form had shown before. Whole
     * fields: a table any of whose inputs was touched is the form's.
     */
    public static Result mergeTouched(StepSpec step, FilingRole role, DossierTree current, TypedInputs currentTyped,
            Result mine, java.util.Set<String> touched, String action) {
        RowAction rowAction = RowAction.parse(action);
        List<FieldSpec> changed = step.fieldsFor(role, current).stream()
                .filter(field -> touched.stream().anyMatch(name -> covers(field, name))
                        || rowAction != null && covers(field, rowAction.list()))
                .toList();
        DossierTree merged = current.copy();
        for (FieldSpec field : changed) {
            int dot = field.path().lastIndexOf('.');
            ObjectNode container = merged.objectAt(field.path().substring(0, dot));
            JsonNode value = mine.tree().get(field.path());
            if (value.isMissingNode()) {
                container.remove(field.path().substring(dot + 1));
            }
            else {
                container.set(field.path().substring(dot + 1), value.deepCopy());
            }
        }
        java.util.function.Predicate<String> changedPath = path -> changed.stream()
                .anyMatch(field -> covers(field, path));
        TypedInputs typed = currentTyped.without(changedPath);
        for (var entry : mine.typed().entries().entrySet()) {
            if (changedPath.test(entry.getKey())) {
                typed = typed.with(entry.getKey(), entry.getValue());
            }
        }
        return new Result(merged, typed, mine.anchor(), mine.rowLimitReached(),
                com.cacfiling.web.filing.RowChanges.NONE);
    }

    /** Whether a concrete path is the field or inside it (its rows). */
    public static boolean covers(FieldSpec field, String path) {
        return path.equals(field.path()) || path.startsWith(field.path() + "[") || path.startsWith(field.path() + ".");
    }

    /**
     * Binds one field. {@code posted} is where its value is in the request (and in the stored dossier, since pages
     * are rendered from it); {@code target} is where it goes, which differs once rows were moved or removed.
     */
    private void field(FieldSpec field, String posted, String target, ObjectNode container, String name) {
        switch (field.kind()) {
            case GROUP -> rows(field, posted, target, container, name);
            case KEYED_GROUP -> keyedRows(field, posted, target, container, name);
            case MULTI_CHOICE, EVIDENCE_LINKS -> choices(field, posted, container, name);
            case LINES -> lines(field, posted, target, container, name);
            default -> single(field, first(posted), posted, target, container, name);
        }
    }

    private void rows(FieldSpec field, String posted, String target, ObjectNode container, String name) {
        TreeSet<Integer> onThePage = postedRows(posted);
        List<Integer> rows = new ArrayList<>(onThePage);
        if (action != null && action.list().equals(posted)) {
            int at = action.apply(rows);
            anchor = WizardView.anchor(at < 0 ? target : target + "[" + at + "]");
        }
        if (rows.size() > field.rowLimit()) {
            rows = new ArrayList<>(rows.subList(0, field.rowLimit()));
            rowLimitReached = true;
        }
        // Where each row of the page went (comments on a row follow it), and which rows are gone.
        for (int index = 0; index < rows.size(); index++) {
            String from = posted + "[" + rows.get(index) + "]";
            String to = target + "[" + index + "]";
            if (rows.get(index) >= 0 && !from.equals(to)) {
                movedRows.put(from, to);
            }
        }
        for (Integer row : onThePage) {
            if (!rows.contains(row)) {
                removedRows.add(posted + "[" + row + "]");
            }
        }
        ArrayNode bound = NODES.arrayNode();
        for (int index = 0; index < rows.size(); index++) {
            ObjectNode row = bound.addObject();
            for (FieldSpec child : field.fields()) {
                field(child, posted + "[" + rows.get(index) + "]." + child.name(),
                        target + "[" + index + "]." + child.name(), row, child.name());
            }
        }
        container.set(name, bound);
    }

    /** The row indices present in the request: every row posts at least its marker. */
    private TreeSet<Integer> postedRows(String posted) {
        TreeSet<Integer> rows = new TreeSet<>();
        String prefix = posted + "[";
        for (String key : params.keySet()) {
            if (key.startsWith(prefix)) {
                int close = key.indexOf(']', prefix.length());
                if (close > prefix.length() && close - prefix.length() <= 4
                        && key.substring(prefix.length(), close).chars().allMatch(Character::isDigit)) {
                    rows.add(Integer.parseInt(key.substring(prefix.length(), close)));
                }
            }
        }
        return rows;
    }

    private void keyedRows(FieldSpec field, String posted, String target, ObjectNode container, String name) {
        ArrayNode bound = NODES.arrayNode();
        for (String key : FormFields.enumConstants(field.options())) {
            ObjectNode row = NODES.objectNode();
            row.put(field.keyProperty(), key);
            for (FieldSpec child : field.fields()) {
                field(child, posted + "." + key + "." + child.name(), target + "." + key + "." + child.name(), row,
                        child.name());
            }
            if (row.size() > 1) {
                bound.add(row);
            }
        }
        container.set(name, bound);
    }

    private void choices(FieldSpec field, String posted, ObjectNode container, String name) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String value : all(posted)) {
            if (!value.isBlank() && value.length() <= MAX_CODE_LENGTH) {
                chosen.add(value);
            }
        }
        JsonNode before = stored.get(posted);
        if (before.isArray() && new HashSet<>(texts(before)).equals(chosen) && before.size() == chosen.size()) {
            container.set(name, before.deepCopy()); // same choices: keep their stored order
            return;
        }
        ArrayNode bound = container.putArray(name);
        chosen.forEach(bound::add);
    }

    private void lines(FieldSpec field, String posted, String target, ObjectNode container, String name) {
        String raw = normalise(first(posted));
        ArrayNode bound = container.putArray(name);
        if (raw == null) {
            return;
        }
        if (raw.length() > field.characterLimit()) {
            container.remove(name);
            keepTyped(target, raw, "form.invalid.tooLong", field.characterLimit(), raw.length());
            return;
        }
        Arrays.stream(raw.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).forEach(bound::add);
    }

    private void single(FieldSpec field, String value, String posted, String target, ObjectNode container,
            String name) {
        String raw = normalise(value);
        if (raw == null || raw.isBlank()) {
            container.remove(name);
            return;
        }
        switch (field.kind()) {
            case TEXT, LONG_TEXT -> {
                if (raw.length() > field.characterLimit()) {
                    reject(container, name, posted, target, raw, "form.invalid.tooLong", field.characterLimit(), raw.length());
                }
                else {
                    container.put(name, raw);
                }
            }
            case ZI_TEXT -> {
                try {
                    if (raw.length() > field.characterLimit()) {
                        // Said against the field's own limit, the 200 字 its counter shows (found in a walk: the
                        // message named 2000 characters beside a counter of 200).
                        reject(container, name, posted, target, raw, "form.invalid.tooLongZi", ZiLimitedText.LIMIT,
                                raw.length(), field.characterLimit());
                    }
                    else {
                        container.put(name, new ZiLimitedText(raw).text());
                    }
                }
                catch (InvalidValueException invalid) {
                    reject(container, name, posted, target, raw, invalid.messageKey());
                }
            }
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(raw.strip());
                    // A year no date of the form has, as the API refuses it (FormLimits): a digit dropped or swapped
                    // in the picker (found in a walk: 0202-09-28 for 2026 was taken, "overdue by 468,033 working days").
                    if (!com.cacfiling.domain.form.FormLimits.isPlausible(date)) {
                        reject(container, name, posted, target, raw, "form.invalid.date.year");
                        break;
                    }
                    container.put(name, date.toString());
                }
                catch (DateTimeParseException notADate) {
                    // Shown again as text, without a date picker: the message says how to type it (found in a
                    // re-check: it pointed to the picker).
                    reject(container, name, posted, target, raw, "form.invalid.date.typed");
                }
            }
            case INTEGER -> number(field, raw, posted, target, container, name, true);
            case DECIMAL -> number(field, raw, posted, target, container, name, false);
            case YES_NO -> {
                switch (raw) {
                    case "true" -> container.put(name, true);
                    case "false" -> container.put(name, false);
                    default -> container.remove(name);
                }
            }
            case SINGLE_CHOICE -> {
                boolean known = field.usesEnum() ? FormFields.enumConstants(field.options()).contains(raw)
                        : raw.length() <= MAX_CODE_LENGTH;
                if (known) {
                    container.put(name, raw);
                }
                else {
                    reject(container, name, posted, target, raw, "form.invalid.option");
                }
            }
            case IDENTIFIER -> {
                String kept = storedNumberMaskedAs(field, posted, raw);
                if (kept != null) {
                    container.put(name, kept);
                    return;
                }
                TypedInputs.TypedInput typedBefore = typedNumberMaskedAs(field, posted, raw);
                if (typedBefore != null) {
                    reject(container, name, posted, target, typedBefore.raw(), typedBefore.messageKey(),
                            typedBefore.arguments().toArray());
                    return;
                }
                // An identifier with a limit of its own (a web address): no longer than the catalogue says.
                if (field.characterLimit() > 0 && raw.length() > field.characterLimit()) {
                    reject(container, name, posted, target, raw, "form.invalid.tooLong", field.characterLimit(),
                            raw.length());
                    return;
                }
                try {
                    container.put(name, field.identifier().canonical(raw));
                }
                catch (InvalidValueException invalid) {
                    reject(container, name, posted, target, raw, invalid.messageKey());
                }
            }
            default -> throw new IllegalStateException("Not a single-valued kind: " + field.kind());
        }
    }

    /**
     * The page shows a stored resident ID number masked; posted back unchanged, the mask stands for the stored number
     * (and for the number the field's suggestion offered, taken with one click). Anything else typed is a new value.
     */
    private String storedNumberMaskedAs(FieldSpec field, String posted, String raw) {
        if (field.identifier() != IdentifierType.RESIDENT_ID || !PersonalData.isMasked(raw.strip())) {
            return null;
        }
        for (JsonNode candidate : new JsonNode[] {stored.get(posted),
                field.suggestFrom() == null ? null : stored.get(field.suggestFrom())}) {
            if (candidate != null && candidate.isString() && raw.strip().equals(PersonalData.mask(candidate.asString()))) {
                return candidate.asString();
            }
        }
        return null;
    }

    /**
     * A consultant sees a resident ID number typed invalidly masked ({@link TypedInputs#withResidentIdsMasked()});
     * posted back unchanged, the mask stands for what the company's officer typed, which stays as it was.
     */
    private TypedInputs.TypedInput typedNumberMaskedAs(FieldSpec field, String posted, String raw) {
        TypedInputs.TypedInput before = storedTyped.at(posted);
        if (field.identifier() != IdentifierType.RESIDENT_ID || before == null || raw.equals(before.raw())) {
            return null;
        }
        return raw.strip().equals(PersonalData.maskTyped(before.raw())) ? before : null;
    }

    private void number(FieldSpec field, String raw, String posted, String target, ObjectNode container, String name,
            boolean integer) {
        BigDecimal number;
        try {
            number = new BigDecimal(withoutDigitGrouping(raw.strip()));
            if (integer && number.stripTrailingZeros().scale() > 0) {
                reject(container, name, posted, target, raw, "form.invalid.integer");
                return;
            }
        }
        catch (NumberFormatException notANumber) {
            reject(container, name, posted, target, raw, integer ? "form.invalid.integer" : "form.invalid.number");
            return;
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            reject(container, name, posted, target, raw, "form.invalid.min", field.min().toPlainString());
            return;
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            reject(container, name, posted, target, raw, "form.invalid.max", field.max().toPlainString());
            return;
        }
        if (integer) {
            container.put(name, number.longValueExact());
        }
        else {
            container.put(name, number);
        }
    }

    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern
            .compile("[+-]?\\d{1,3}([,，]\\d{3})+(\\.\\d+)?");

    /**
     * A number written with its thousands separated (4,000 or 4，000), as people write counts: read as the number
     * (found in a walk: 4,000 was refused as no integer). A comma anywhere else stays an error.
     */
    static String withoutDigitGrouping(String typed) {
        return GROUPED.matcher(typed).matches() ? typed.replace(",", "").replace("，", "") : typed;
    }

    /**
     * A typed value that is not valid: kept as typed with its message; the dossier keeps the last valid value (none if
     * there was none), so documents and the dashboard go on showing what was valid until the user corrects it.
     */
    private void reject(ObjectNode container, String name, String posted, String target, String raw, String key,
            Object... args) {
        JsonNode previous = stored.get(posted);
        if (previous.isMissingNode() || previous.isNull()) {
            container.remove(name);
        }
        else {
            container.set(name, previous.deepCopy());
        }
        keepTyped(target, raw, key, args);
    }

    private void keepTyped(String target, String raw, String key, Object... args) {
        typed = typed.with(target, new TypedInput(raw, key, Arrays.stream(args).map(String::valueOf).toList()));
    }

    private String first(String path) {
        String[] values = params.get(path);
        return values == null || values.length == 0 ? null : values[0];
    }

    private List<String> all(String path) {
        String[] values = params.get(path);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    /** Browsers send line breaks in text areas as CRLF; the dossier keeps LF, so an unchanged text stays equal. */
    private static String normalise(String value) {
        return value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
