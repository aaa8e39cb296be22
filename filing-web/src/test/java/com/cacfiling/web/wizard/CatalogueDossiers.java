package com.cacfiling.web.wizard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.Step3;
import com.cacfiling.domain.form.FieldGroup;
import com.cacfiling.domain.form.FieldKind;
import com.cacfiling.domain.form.FieldSpec;
import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.reference.OptionList;
import com.cacfiling.domain.reference.ReferenceCatalog;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid dossiers made from the field catalogue itself: every field a value of its kind (texts with CJK, markup
 * characters, inner line breaks and spaces; dates; numbers; codes in any order; identifiers with valid check codes).
 * {@code fill} is the chance that an optional value is present; 1.0 gives the maximal dossier with three rows per
 * group.
 */
final class CatalogueDossiers {

    /** The parts of a dossier a user fills. */
    record Parts(EntityProfile entity, AlgorithmProfile algorithm, Step3 step3) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TEXT = "灵犀算法安全评估模型数据服务用户内容生成标识审核 abcXYZ0123<>&\"'·，。；：（）-_/";
    private static final List<String> RESIDENT_IDS = List.of("110105198503120020", "330106199007081511");
    private static final List<String> PHONES = List.of("13800001234", "13900001111", "010-82345678");
    private static final List<String> EMAILS = List.of("legal@example.cn", "a.b+c@mail.example.com");
    private static final List<String> ICP_NUMBERS = List.of("京ICP备2021012345号-1", "沪ICP备12345678号");

    private final Random random;
    private final double fill;
    private final FormFields fields = FormFields.current();

    CatalogueDossiers(long seed, double fill) {
        this.random = new Random(seed);
        this.fill = fill;
    }

    Parts next(FilingRole role) {
        ObjectNode root = NODES.objectNode();
        root.putObject("entity");
        root.putObject("algorithm");
        root.putObject("step3").put("kind", role == FilingRole.SERVICE_PROVIDER ? "PRODUCTS" : "SUPPORT_PLAN");
        for (StepSpec step : fields.steps()) {
            for (FieldGroup group : step.groupsFor(role)) {
                for (FieldSpec field : group.fields()) {
                    int dot = field.path().lastIndexOf('.');
                    ObjectNode container = objectAt(root, field.path().substring(0, dot));
                    value(field, container, field.path().substring(dot + 1));
                }
            }
        }
        return new Parts(DomainJson.fromTree(root.get("entity"), EntityProfile.class),
                DomainJson.fromTree(root.get("algorithm"), AlgorithmProfile.class),
                DomainJson.fromTree(root.get("step3"), Step3.class));
    }

    private void value(FieldSpec field, ObjectNode container, String name) {
        boolean maximal = fill >= 1.0;
        if (field.kind() == FieldKind.GROUP) {
            int rows = maximal ? 3 : random.nextInt(4);
            ArrayNode array = container.putArray(name);
            for (int i = 0; i < rows; i++) {
                ObjectNode row = array.addObject();
                field.fields().forEach(child -> value(child, row, child.name()));
            }
            return;
        }
        if (field.kind() == FieldKind.KEYED_GROUP) {
            ArrayNode array = container.putArray(name);
            for (String key : FormFields.enumConstants(field.options())) {
                if (maximal || random.nextDouble() < fill) {
                    ObjectNode row = array.addObject().put(field.keyProperty(), key);
                    field.fields().forEach(child -> row.put(child.name(), text(20, false)));
                }
            }
            return;
        }
        if (!maximal && random.nextDouble() > fill) {
            return;
        }
        switch (field.kind()) {
            case TEXT -> container.put(name, text(Math.min(30, field.characterLimit()), false));
            case LONG_TEXT -> container.put(name, text(80, true));
            case ZI_TEXT -> container.put(name, text(120, true).strip());
            case DATE -> container.put(name, LocalDate.of(2000, 1, 1).plusDays(random.nextInt(11_000)).toString());
            case INTEGER -> container.put(name, (long) random.nextInt(field.max() == null ? 100_000
                    : Math.min(Integer.MAX_VALUE - 1, field.max().intValue())));
            case DECIMAL -> container.put(name, BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(3)));
            case YES_NO -> container.put(name, random.nextBoolean());
            case SINGLE_CHOICE -> container.put(name, pick(codes(field)));
            case MULTI_CHOICE -> {
                List<String> codes = new ArrayList<>(codes(field));
                Collections.shuffle(codes, random);
                ArrayNode array = container.putArray(name);
                codes.subList(0, 1 + random.nextInt(Math.min(3, codes.size()))).forEach(array::add);
            }
            case EVIDENCE_LINKS -> container.putArray(name).add("ev-" + random.nextInt(1000));
            case LINES -> {
                ArrayNode array = container.putArray(name);
                for (int i = 0; i <= random.nextInt(3); i++) {
                    array.add(text(20, false).strip().replace("\n", ""));
                }
            }
            case IDENTIFIER -> container.put(name, switch (field.identifier()) {
                case CREDIT_CODE -> creditCode();
                case RESIDENT_ID -> pick(RESIDENT_IDS);
                case PHONE -> pick(PHONES);
                case EMAIL -> pick(EMAILS);
                case ICP_NUMBER -> pick(ICP_NUMBERS);
                case MODEL_FILING_NUMBER -> "Beijing-YunQue-20230821";
                case FILING_NUMBER -> "网信算备110108823483901230031号";
                case POSTAL_CODE -> String.format("%06d", random.nextInt(1_000_000));
                case WEB_ADDRESS -> "https://api.example.cn/v" + random.nextInt(10);
            });
            default -> throw new IllegalStateException(field.kind().name());
        }
    }

    private List<String> codes(FieldSpec field) {
        if (field.usesEnum()) {
            return FormFields.enumConstants(field.options());
        }
        OptionList list = Arrays.stream(OptionList.values()).filter(l -> l.key().equals(field.options())).findFirst()
                .orElseThrow();
        return ReferenceCatalog.standard().current().options(list).stream().map(o -> o.code()).toList();
    }

    /** A non-blank text; with inner spaces and, where allowed, line breaks (never a leading or trailing one). */
    private String text(int maxLength, boolean multiline) {
        int length = 1 + random.nextInt(Math.max(1, maxLength));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(TEXT.charAt(random.nextInt(TEXT.length())));
            if (multiline && random.nextInt(25) == 0) {
                text.append('\n');
            }
        }
        String result = text.toString().strip();
        return result.isEmpty() ? "值" : result;
    }

    /** Unique across the test database (credit codes identify companies), so not from the seeded random. */
    private static String creditCode() {
        return com.cacfiling.web.TestFixtures.uniqueCreditCode();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static ObjectNode objectAt(ObjectNode root, String path) {
        ObjectNode node = root;
        for (String name : path.split("\\.")) {
            node = node.has(name) ? (ObjectNode) node.get(name) : node.putObject(name);
        }
        return node;
    }
}
