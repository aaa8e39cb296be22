package com.cacfiling.rules;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.cacfiling.domain.form.FormFields;
import com.cacfiling.domain.form.StepSpec;
import com.cacfiling.domain.reference.ReferenceCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every citation of every rule in one place, with the source it was checked against: the test lists them from the
 * policies' sources and the field catalogue, requires a recorded source for each, and generates
 * {@code docs/legal-basis.md}. It fails when the file is stale; {@code -Dlegal-basis.update=true} rewrites it.
 */
class LegalBasisDocumentTest {

    /** The rules that cite: the filing's policies and the security assessment's checks. */
    private static final List<Path> POLICIES = List.of(Path.of("src/main/java/com/cacfiling/rules/policies"),
            Path.of("src/main/java/com/cacfiling/rules/securityassessment"));
    private static final Path DOCUMENT = Path.of("../docs/legal-basis.md");

    @Test
    void policiesCiteOnlyRecordedCitations() throws IOException {
        for (Path source : policySources()) {
            String text = Files.readString(source);
            // A basis written inline would escape the record of sources; RequiredFieldsPolicy parses the catalogue's.
            if (!source.getFileName().toString().equals("RequiredFieldsPolicy.java")) {
                assertThat(text).as(source.toString()).doesNotContain("LegalBasis.of(");
            }
        }
        Citations.Sources sources = Citations.sources();
        for (LegalBasis basis : everyCitation().keySet()) {
            assertThat(sources.citations()).as("source recorded for " + basis.key()).containsKey(basis.key());
            assertThat(sources.regulations()).as("regulation recorded for " + basis.key())
                    .containsKey(basis.regulation().name());
            Citations.CitationSource source = sources.citations().get(basis.key());
            assertThat(source.verified()).isIn("PRIMARY", "QUOTED", "UNVERIFIED");
            assertThat(source.source()).as(basis.key()).isNotEmpty();
            assertThat(source.says()).as(basis.key()).isNotBlank();
        }
    }

    @Test
    void docsLegalBasisListsEveryCitationAndIsUpToDate() throws IOException {
        String generated = document();
        String current = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "";
        if (Boolean.getBoolean("legal-basis.update")) {
            Files.writeString(DOCUMENT, generated);
            return;
        }
        if (!generated.equals(current)) {
            fail("docs/legal-basis.md is stale: run this test with -Dlegal-basis.update=true and commit the file");
        }
        for (LegalBasis basis : everyCitation().keySet()) {
            assertThat(current).contains(basis.key());
        }
    }

    /** Each citation with the rules (rule codes, or the form's completeness per step) that cite it. */
    private static Map<LegalBasis, TreeSet<String>> everyCitation() throws IOException {
        Map<String, LegalBasis> constants = Citations.all();
        Map<LegalBasis, TreeSet<String>> cited = new LinkedHashMap<>();
        Pattern reference = Pattern.compile("Citations\\.([A-Z_0-9]+)");
        Pattern rule = Pattern.compile("RULE = \"([A-Z_]+)\"");
        for (Path source : policySources()) {
            String text = Files.readString(source);
            Matcher code = rule.matcher(text);
            // The completeness policy has no single code: its own citation is Step 3's for generative synthesis.
            String name = code.find() ? code.group(1) : "STEP3_COMPLETE (generative synthesis)";
            Matcher matcher = reference.matcher(text);
            while (matcher.find()) {
                LegalBasis basis = constants.get(matcher.group(1));
                assertThat(basis).as(matcher.group(1) + " in " + source).isNotNull();
                cited.computeIfAbsent(basis, b -> new TreeSet<>()).add(name);
            }
        }
        for (String version : ReferenceCatalog.standard().versionNames()) {
            FormFields form;
            try {
                form = FormFields.forVersion(version);
            }
            catch (RuntimeException noFieldCatalogue) {
                continue; // older form versions carry option lists only
            }
            for (StepSpec step : form.steps()) {
                if (step.legalBasis() != null) {
                    String[] parts = step.legalBasis().split(":", 2);
                    LegalBasis basis = LegalBasis.of(Regulation.valueOf(parts[0]), parts.length > 1 ? parts[1] : null);
                    cited.computeIfAbsent(basis, b -> new TreeSet<>()).add("required fields of " + step.step());
                }
            }
        }
        return cited;
    }

    private static String document() throws IOException {
        Properties names = bundle("messages.properties");
        Citations.Sources sources = Citations.sources();
        Map<LegalBasis, TreeSet<String>> cited = everyCitation();
        Map<String, LegalBasis> byKey = new TreeMap<>();
        cited.keySet().forEach(basis -> byKey.put(basis.key(), basis));
        StringBuilder md = new StringBuilder();
        md.append("# Legal basis of the portal's rules\n\n")
                .append("Generated by `LegalBasisDocumentTest` (filing-rules) from the policies, the field catalogue and\n")
                .append("`filing-rules/src/main/resources/com/cacfiling/rules/legal-basis.yaml`; do not edit by hand.\n")
                .append("Run the test with `-Dlegal-basis.update=true` after changing a citation or its source.\n\n")
                .append("**Verified:** PRIMARY = the wording read in the official text; QUOTED = the wording read as quoted\n")
                .append("verbatim by an official announcement or another source (named); UNVERIFIED = not confirmed, the note\n")
                .append("says what is missing. A reviewer should treat QUOTED and UNVERIFIED entries as to be confirmed\n")
                .append("against the official text before relying on them in a submission.\n\n");
        md.append("## Citations\n\n| Citation | Cited by | Verified | What it says |\n|---|---|---|---|\n");
        for (Map.Entry<String, LegalBasis> entry : byKey.entrySet()) {
            LegalBasis basis = entry.getValue();
            Citations.CitationSource source = sources.citations().get(entry.getKey());
            md.append("| ").append(cell(names.getProperty("regulation." + basis.regulation().name())))
                    .append(basis.article() == null ? "" : " " + basis.article())
                    .append(basis.article() == null ? "" : " (" + basis.article(java.util.Locale.ENGLISH) + ")")
                    .append("<br>`").append(entry.getKey()).append("`")
                    .append(" | ").append(String.join(", ", cited.get(basis)))
                    .append(" | ").append(source == null ? "MISSING" : source.verified())
                    .append(" | ").append(source == null ? "" : cell(source.says())).append(" |\n");
        }
        md.append("\n## Sources and notes\n\n");
        for (Map.Entry<String, LegalBasis> entry : byKey.entrySet()) {
            Citations.CitationSource source = sources.citations().get(entry.getKey());
            md.append("### `").append(entry.getKey()).append("`\n\n");
            if (source == null) {
                md.append("No source recorded.\n\n");
                continue;
            }
            for (String line : source.source()) {
                md.append("- ").append(line.strip()).append('\n');
            }
            if (source.note() != null && !source.note().isBlank()) {
                md.append("\n").append(source.note().strip()).append('\n');
            }
            md.append('\n');
        }
        md.append("## Regulations\n\n| Regulation | Document | In force | Text |\n|---|---|---|---|\n");
        new TreeMap<>(sources.regulations()).forEach((name, regulation) -> md.append("| ")
                .append(cell(regulation.title())).append(" | ").append(cell(regulation.document())).append(" | ")
                .append(regulation.inForce()).append(" | ")
                .append(regulation.url() == null ? "address not verified" : regulation.url()).append(" |\n"));
        md.append("\n## Rules that cite nothing\n\n")
                .append("These rules check the form's own consistency or reviewers' practice; no article states them,\n")
                .append("so their findings carry no citation rather than an approximate one.\n\n");
        List<String> uncited = new ArrayList<>();
        Pattern rule = Pattern.compile("RULE = \"([A-Z_]+)\"");
        for (Path source : policySources()) {
            String text = Files.readString(source);
            Matcher code = rule.matcher(text);
            if (code.find() && !text.contains("Citations.")) {
                uncited.add(code.group(1));
            }
        }
        new TreeSet<>(uncited).forEach(code -> md.append("- ").append(code).append('\n'));
        md.append("- IDENTIFIERS (the security officer of age): GB 11643 only defines the ID number and was removed;\n")
                .append("  no article requiring the officer's age was found.\n");
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ").strip();
    }

    private static List<Path> policySources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path directory : POLICIES) {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).sorted()
                        .forEach(sources::add);
            }
        }
        return sources;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(LegalBasisDocumentTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
