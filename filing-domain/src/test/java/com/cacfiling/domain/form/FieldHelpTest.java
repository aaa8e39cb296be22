package com.cacfiling.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import com.cacfiling.domain.filing.FilingRole;
import org.junit.jupiter.api.Test;

/**
 * The help under the fields ({@code help.<path>} or {@code help.<path>.<ROLE>}) is said of fields the forms have, in
 * both languages: a help key with a typo or for a field since renamed would silently show nothing.
 */
class FieldHelpTest {

    @Test
    void everyHelpTextIsOfAFieldOfAFormAndInBothLanguages() throws IOException {
        Properties zh = bundle("fields.properties");
        Properties en = bundle("fields_en.properties");
        Set<String> helpZh = helpKeys(zh);
        assertThat(helpZh).hasSizeGreaterThan(30).isEqualTo(helpKeys(en));
        Set<String> roles = Arrays.stream(FilingRole.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> paths = FormFields.current().all().stream().map(FieldSpec::plainPath)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        paths.addAll(FormFields.read("model-fields-2025.1.yaml").all().stream().map(FieldSpec::plainPath).toList());
        for (String key : helpZh) {
            String path = key.substring("help.".length());
            String last = path.substring(path.lastIndexOf('.') + 1);
            if (roles.contains(last)) {
                path = path.substring(0, path.lastIndexOf('.'));
            }
            assertThat(paths).as(key).contains(path);
            assertThat(zh.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
            assertThat(en.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
        }
    }

    private static Set<String> helpKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("help.")).collect(Collectors.toSet());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FieldHelpTest.class.getResourceAsStream("/com/cacfiling/domain/reference/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
