package com.cacfiling.docs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DossierBundleTest {

    @Test
    void theZipHoldsAllDocumentsTheDossierTheFindingsAndAVerifiableManifest() throws Exception {
        byte[] zip = DossierBundle.zip(SampleDossiers.completeProvider(), DocumentsTest.TODAY);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).hasSize(4 * 2 * 2 + 2 + 1 + 1);
        assertThat(entries).containsKeys("zh-CN/算法安全自评估报告-灵犀对话生成算法.pdf",
                "zh-CN/落实算法安全主体责任基本情况-北京灵犀智能科技有限公司.docx", "zh-CN/拟公示内容-灵犀对话生成算法.pdf",
                "zh-CN/算法备案承诺书-灵犀对话生成算法.docx", "en/Algorithm security self-assessment report-灵犀对话生成算法.pdf",
                "zh-CN/检查结果-灵犀对话生成算法.txt", "dossier.json", "manifest.json");

        JsonNode manifest = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
        assertThat(manifest.get("files")).hasSize(entries.size() - 1);
        for (JsonNode file : manifest.get("files")) {
            byte[] content = entries.get(file.get("path").asString());
            assertThat(content).as(file.get("path").asString()).isNotNull();
            assertThat(file.get("sha256").asString()).isEqualTo(DossierBundle.sha256(content));
            assertThat(file.get("size").asLong()).isEqualTo(content.length);
        }
        // The ZIP leaves the company: resident ID numbers masked, the rest the dossier as written.
        assertThat(new String(entries.get("dossier.json"), StandardCharsets.UTF_8))
                .isEqualTo(PersonalData.maskedDossierJson(SampleDossiers.completeProvider()))
                .doesNotContain("110105198503120020").contains("110105********0020");
        assertThat(manifest.get("residentIdNumbers").asString()).isEqualTo("masked");

        // The officer's submission copy: the same files, dossier.json in full, the manifest still verifiable.
        Map<String, byte[]> copy = new LinkedHashMap<>();
        byte[] copyZip = DossierBundle.submissionCopy(zip, SampleDossiers.completeProvider(), DocumentsTest.TODAY);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(copyZip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                copy.put(entry.getName(), in.readAllBytes());
            }
        }
        // Without the portal's own material (found in a walk): the findings reports and the workflow's history.
        assertThat(copy.keySet()).isEqualTo(entries.keySet().stream().filter(name -> !name.endsWith(".txt"))
                .collect(java.util.stream.Collectors.toSet()));
        var copied = DossierJson.read(new String(copy.get("dossier.json"), StandardCharsets.UTF_8));
        assertThat(copied.entity()).isEqualTo(SampleDossiers.completeProvider().entity());
        assertThat(copied.filing().algorithm().profile())
                .isEqualTo(SampleDossiers.completeProvider().filing().algorithm().profile());
        assertThat(copied.filing().step3()).isEqualTo(SampleDossiers.completeProvider().filing().step3());
        assertThat(copied.filing().history()).isEmpty();
        var reviewed = SampleDossiers.completeProvider();
        var actor = new com.cacfiling.domain.filing.Actor("consultant.wang", java.time.Instant.parse(
                "2026-11-20T02:00:00Z"));
        reviewed.filing().submitForReview(actor);
        reviewed.filing().returnForRework(actor, "请核对用户数量的口径后重新提交。");
        String reviewedCopy = unzipped(DossierBundle.submissionCopy(DossierBundle.zip(reviewed, DocumentsTest.TODAY),
                reviewed, DocumentsTest.TODAY)).get("dossier.json");
        assertThat(reviewedCopy).contains("110105198503120020").doesNotContain("consultant.wang", "请核对用户数量");
        assertThat(DossierJson.read(reviewedCopy).filing().history()).isEmpty();
        JsonNode copyManifest = JsonMapper.builder().build().readTree(copy.get("manifest.json"));
        assertThat(copyManifest.get("residentIdNumbers").asString()).isEqualTo("full");
        for (JsonNode file : copyManifest.get("files")) {
            assertThat(file.get("sha256").asString()).isEqualTo(DossierBundle.sha256(copy.get(file.get("path").asString())));
        }
        assertThat(new String(entries.get("zh-CN/检查结果-灵犀对话生成算法.txt"), StandardCharsets.UTF_8))
                .contains("备案检查结果", "错误 0 项", "备案期限为 2026年12月29日".substring(0, 5));
        // The findings cite the article as each language's readers do.
        assertThat(new String(entries.get("zh-CN/检查结果-灵犀对话生成算法.txt"), StandardCharsets.UTF_8)).contains("第二十四条");
        String englishFindings = entries.entrySet().stream()
                .filter(e -> e.getKey().startsWith("en/") && e.getKey().endsWith(".txt"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(englishFindings).contains("Art. 24").doesNotContain("第二十四条");
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".pdf")) {
                assertThat(entry.getValue().length).as(entry.getKey()).isLessThan(1_000_000);
                assertThat(new String(entry.getValue(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
        }
    }

    @Test
    void theDataOfARecommendationAlgorithmLeavesOutTheGenerativeAnswersItStillHoldsFromBefore() throws Exception {
        com.cacfiling.domain.dossier.Dossier push = SampleDossiers.completeProvider();
        var profile = push.filing().algorithm().profile();
        var basics = profile.basics();
        push.filing().algorithm().update(profile.withBasics(new com.cacfiling.domain.algorithm.AlgorithmBasics(
                "PERSONALISED_PUSH", basics.name(), basics.launchDate(), basics.applicationAreas(),
                basics.applicationAreasOther())));
        assertThat(DossierJson.write(push)).contains("\"implicitLabel\"", "\"generativeAlgorithmType\"");
        byte[] zip = DossierBundle.zip(push, DocumentsTest.TODAY);
        String json = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals("dossier.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(json).doesNotContain("\"implicitLabel\"", "\"explicitLabel\"", "\"refutationMechanism\"",
                "\"generativeAlgorithmType\"").contains("\"harmfulContentMechanism\"", "PERSONALISED_PUSH");
        // Still the dossier's shape: the algorithm's profile with its other answers.
        JsonNode details = JsonMapper.builder().build().readTree(json).path("algorithm").path("profile")
                .path("details");
        assertThat(details.path("riskPrevention").path("userDataSecurity").asString()).isNotBlank();
        assertThat(details.path("model").path("calculationMethod").asString()).isNotBlank();
    }

    @Test
    void uploadedEvidenceIsInTheZipByteForByteAndTheManifestNamesTheMeasuresItSupports() throws Exception {
        byte[] png = DocumentsTest.png(40, 30);
        byte[] zip = DossierBundle.zip(SampleDossiers.completeProvider(), DocumentsTest.TODAY, Map.of("ev-label", png));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.get("evidence/ev-label-label.png")).isEqualTo(png);
        // Items whose bytes the application did not hand over are not invented.
        assertThat(entries.keySet()).filteredOn(path -> path.startsWith("evidence/")).hasSize(1);

        JsonNode manifest = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
        JsonNode entry = null;
        for (JsonNode file : manifest.get("files")) {
            if (file.get("path").asString().equals("evidence/ev-label-label.png")) {
                entry = file;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("sha256").asString()).isEqualTo(DossierBundle.sha256(png));
        assertThat(entry.get("size").asLong()).isEqualTo(png.length);
        assertThat(entry.get("evidenceId").asString()).isEqualTo("ev-label");
        assertThat(entry.get("supports")).hasSize(1);
        assertThat(entry.get("supports").get(0).get("measure").asString()).isEqualTo("LABELLING");
        // The codes with their words beside them, as the large-model manifest's route.
        assertThat(entry.get("supports").get(0).get("measureName").asString())
                .isEqualTo("生成内容标识 (Labelling of generated content)");
        assertThat(entry.get("supports").get(0).get("riskName").asString()).endsWith(")").contains(" (");
        assertThat(entry.get("supports").get(0).get("description").asString()).isEqualTo("生成内容添加显式和隐式标识。");
    }

    /**
     * Found in a walk: a dossier downloaded at 00:00 in Beijing had entries dated 16:00 the day before (the server's
     * UTC); unzipped in China the files looked 8 hours old.
     */
    @Test
    void theZipsEntriesAreDatedInChinasTime() throws Exception {
        byte[] zip = DossierBundle.zip(SampleDossiers.completeProvider(), DocumentsTest.TODAY);
        java.time.LocalDateTime beijing = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; entries++) {
                assertThat(java.time.Duration.between(entry.getTimeLocal(), beijing).abs())
                        .as(entry.getName()).isLessThan(java.time.Duration.ofMinutes(5));
            }
        }
        assertThat(entries).isPositive();
    }

    /**
     * Found in a walk: Info-ZIP's unzip listed every Chinese file name garbled (it reads the names of an archive made
     * on MS-DOS, as java.util.zip marks them, in a DOS code page). Each such entry carries the Unicode path field it
     * reads, and where unzip is installed it lists the names as they are.
     */
    @Test
    void theZipsChineseFileNamesReadTheSameInInfoZipsUnzip() throws Exception {
        byte[] zip = DossierBundle.zip(SampleDossiers.completeProvider(), DocumentsTest.TODAY);
        java.util.List<String> chinese = new java.util.ArrayList<>();
        try (var file = org.apache.commons.compress.archivers.zip.ZipFile.builder().setByteArray(zip).get()) {
            for (var entry : java.util.Collections.list(file.getEntries())) {
                if (!entry.getName().chars().allMatch(c -> c < 128)) {
                    chinese.add(entry.getName());
                    var field = (org.apache.commons.compress.archivers.zip.UnicodePathExtraField) entry.getExtraField(
                            org.apache.commons.compress.archivers.zip.UnicodePathExtraField.UPATH_ID);
                    assertThat(field).as(entry.getName()).isNotNull();
                    assertThat(new String(field.getUnicodeName(), StandardCharsets.UTF_8)).isEqualTo(entry.getName());
                }
            }
        }
        assertThat(chinese).anyMatch(name -> name.contains("检查结果"));
        java.nio.file.Path unzip = java.nio.file.Path.of("/usr/bin/unzip");
        if (java.nio.file.Files.isExecutable(unzip)) {
            java.nio.file.Path archive = java.nio.file.Files.createTempFile("dossier", ".zip");
            try {
                java.nio.file.Files.write(archive, zip);
                Process listing = new ProcessBuilder(unzip.toString(), "-Z1", archive.toString())
                        .redirectErrorStream(true).start();
                String listed = new String(listing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                listing.waitFor();
                assertThat(listed.lines().toList()).containsAll(chinese);
            }
            finally {
                java.nio.file.Files.deleteIfExists(archive);
            }
        }
    }

    private static Map<String, String> unzipped(byte[] zip) throws java.io.IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
