package com.cacfiling.docs;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;

import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.sample.SampleDossiers;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User text with markup characters, CDATA terminators, quotes, control characters, emoji and very long words is
 * pushed through every free-text field; every document in both formats and languages stays valid and shows the
 * text literally.
 */
class HostileInputTest {

    static final String LONG_WORD = "无空格超长词".repeat(40) + "x".repeat(300);
    static final String HOSTILE = "<script>alert('x')</script> & ]]> \"quoted\" 'single' [[${T(java.lang.Runtime)}]] "
            + "\u0001\u0007\u001B\uFFFE 😀👍 " + LONG_WORD;
    /** The 200-字 fields refuse control characters by type; everything else is fed to them. */
    static final String HOSTILE_PRINTABLE = "<b>bold?</b> & ]]> \"q\" 'q' 😀 " + "长".repeat(30);

    /** Codes, identifiers, dates and ids: typed values that cannot carry free text. */
    static final Set<String> TYPED = Set.of("algorithmType", "usageScenario", "entityType", "certificateType",
            "generationKind", "applicationAreas", "inputModalities", "outputModalities", "outputFormats",
            "trainingDataGeneration", "generativeAlgorithmType", "calculationMethod", "userDataSecurity",
            "refutationMechanism", "harmfulContentMechanism", "form", "deliveryModes", "customerTypes", "kind",
            "role", "status", "formVersion", "id", "evidenceIds", "creditCode", "entityCreditCode", "idNumber",
            "phone", "mobile", "email", "number", "sha256", "contentType", "action", "from", "to", "at",
            "schemaVersion", "launchDate", "establishedOn", "operatingTermEnd", "assessmentDate", "reportDate",
            "sizeBytes", "userCount", "staffingSize", "registeredCapitalWanYuan", "introduction", "explanation",
            "category", "actor", "previousFilingId");

    static Dossier hostileDossier() {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode tree = (ObjectNode) mapper.readTree(DossierJson.write(SampleDossiers.completeProvider()));
        poison(tree);
        ObjectNode details = (ObjectNode) tree.at("/algorithm/profile/details");
        details.put("introduction", HOSTILE_PRINTABLE);
        ((ObjectNode) details.get("riskPrevention")).put("explanation", HOSTILE_PRINTABLE);
        return DossierJson.read(mapper.writeValueAsString(tree));
    }

    private static void poison(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames().stream().toList()) {
                JsonNode child = object.get(name);
                if (child.isString() && !TYPED.contains(name)) {
                    object.put(name, HOSTILE);
                }
                else if (!TYPED.contains(name)) {
                    poison(child);
                }
            }
        }
        else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    array.set(i, HOSTILE);
                }
                else {
                    poison(array.get(i));
                }
            }
        }
    }

    @Test
    void everyDocumentStaysValidAndShowsTheTextLiterally() throws Exception {
        Dossier dossier = hostileDossier();
        assertThat(dossier.entity().registeredAddress()).isEqualTo(HOSTILE);
        for (Locale locale : DossierDocuments.LANGUAGES) {
            for (DocumentKind kind : DocumentKind.values()) {
                byte[] pdf = DossierDocuments.render(kind, DocumentFormat.PDF, dossier, locale, DocumentsTest.TODAY);
                String text = Poppler.pdftotext(pdf);
                assertThat(Poppler.pdfinfo(pdf)).contains("Pages:");
                if (kind != DocumentKind.COMMITMENT_LETTER) {
                    assertThat(text).as(kind + " " + locale).contains("<script>alert('x')</script>", "]]>",
                            "\"quoted\"", "[[${T(java.lang.Runtime)}]]");
                }
                byte[] docx = DossierDocuments.render(kind, DocumentFormat.DOCX, dossier, locale, DocumentsTest.TODAY);
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                     XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    String docxText = extractor.getText();
                    if (kind != DocumentKind.COMMITMENT_LETTER) {
                        assertThat(docxText).contains("<script>alert('x')</script> & ]]>", "😀");
                    }
                    assertThat(docxText).doesNotContain("\u0007");
                }
            }
        }
    }

    @Test
    void aVeryLongWordWrapsInsteadOfRunningOffThePage() throws Exception {
        byte[] pdf = DossierDocuments.render(DocumentKind.PUBLIC_DISCLOSURE, DocumentFormat.PDF, hostileDossier(),
                Locale.SIMPLIFIED_CHINESE, DocumentsTest.TODAY);
        String text = Poppler.pdftotext(pdf);
        assertThat(text.lines().mapToInt(String::length).max().orElse(0)).isLessThan(200);
        assertThat(text.replaceAll("\\s+", "")).contains("x".repeat(300).substring(0, 50));
    }
}
