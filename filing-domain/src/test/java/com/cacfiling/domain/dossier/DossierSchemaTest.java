package com.cacfiling.domain.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import com.cacfiling.domain.identifiers.EmailAddress;
import com.cacfiling.domain.identifiers.FilingNumber;
import com.cacfiling.domain.identifiers.IcpNumber;
import com.cacfiling.domain.identifiers.PhoneNumber;
import com.cacfiling.domain.identifiers.ResidentIdNumber;
import com.cacfiling.domain.identifiers.UnifiedSocialCreditCode;
import com.cacfiling.domain.identifiers.WebAddress;
import com.cacfiling.domain.identifiers.ZiLimitedText;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed JSON Schema ({@code dossier-v3.schema.json}) is the documented contract of the format. It is
 * generated from the format's records; this test fails when the records and the committed schema drift apart.
 * Regenerate with {@code ./mvnw -pl filing-domain test -Dtest=DossierSchemaTest -Ddossier.schema.write=true}.
 */
class DossierSchemaTest {

    private static final Path COMMITTED =
            Path.of("src/main/resources/com/cacfiling/domain/dossier", DossierJson.SCHEMA_RESOURCE);

    /** Value objects appear in the file as strings of a known shape. */
    private static final Map<Class<?>, String[]> STRING_VALUES = Map.of(
            UnifiedSocialCreditCode.class, new String[] {"^[0-9A-HJ-NPQRTUWXY]{18}$", "统一社会信用代码 (GB 32100-2015)"},
            ResidentIdNumber.class, new String[] {"^[0-9]{17}[0-9X]$", "居民身份证号码 (GB 11643-1999)"},
            IcpNumber.class, new String[] {"^.ICP备[0-9]{6,12}号(-[0-9]{1,4})?$", "ICP备案号"},
            FilingNumber.class, new String[] {"^网信算备[0-9]{21}号$", "算法备案编号"},
            PhoneNumber.class, new String[] {"^[0-9-]{7,20}$", "mainland phone number"},
            EmailAddress.class, new String[] {null, "e-mail address"},
            WebAddress.class, new String[] {"^https?://", "http(s) address"},
            ZiLimitedText.class, new String[] {null, "free text limited to 200 字 by the CAC form"});

    private static final Set<String> REQUIRED = Set.of("schemaVersion", "entity", "algorithm", "filing", "id",
            "role", "kind", "formVersion", "status", "profile");

    static String generate() {
        JsonMapper mapper = JsonMapper.builder().build();
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS);
        builder.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            String[] shape = STRING_VALUES.get(type.getErasedType());
            if (shape == null) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string")
                    .put("description", shape[1]);
            if (shape[0] != null) {
                node.put("pattern", shape[0]);
            }
            if (type.getErasedType() == EmailAddress.class) {
                node.put("format", "email");
            }
            return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                    CustomDefinition.AttributeInclusion.NO);
        });
        builder.forFields().withRequiredCheck(field -> REQUIRED.contains(field.getName())
                && field.getDeclaringType().getErasedType().getName().startsWith(DossierDocument.class.getName()));
        ObjectNode schema = new SchemaGenerator(builder.build()).generateSchema(DossierDocument.class);
        allowTypeDiscriminators((ObjectNode) schema.get("$defs"));
        schema.put("$id", "https://cacfiling.com/schema/dossier-v3.schema.json");
        schema.put("title", "CAC Filing Portal dossier, schema version " + DossierJson.SCHEMA_VERSION);
        ((ObjectNode) schema.get("properties").get("schemaVersion")).put("const", DossierJson.SCHEMA_VERSION);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    }

    /**
     * A subtype's own definition forbids additional properties, so it must itself allow the {@code kind}
     * discriminator that its wrapping definition requires.
     */
    private static void allowTypeDiscriminators(ObjectNode definitions) {
        for (String name : definitions.propertyNames()) {
            if (name.endsWith("-2") && definitions.get(name).path("properties").has("kind")) {
                String base = name.substring(0, name.length() - 2) + "-1";
                ((ObjectNode) definitions.get(base).get("properties")).putObject("kind").put("type", "string");
            }
        }
    }

    @Test
    void theCommittedSchemaMatchesTheFormat() throws Exception {
        String generated = generate();
        if (Boolean.getBoolean("dossier.schema.write")) {
            Files.writeString(COMMITTED, generated);
        }
        assertThat(Files.readString(COMMITTED)).as("regenerate with -Ddossier.schema.write=true")
                .isEqualTo(generated);
    }
}
