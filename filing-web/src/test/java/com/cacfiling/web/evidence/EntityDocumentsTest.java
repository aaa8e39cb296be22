package com.cacfiling.web.evidence;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.cacfiling.domain.sample.SampleDossiers;
import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15: Step 1's uploads (business licence, ID document images, the signed commitment letter) are the company's
 * evidence: checked by content like the assessment's evidence, shared by the company's filings, out of reach of
 * other companies.
 */
@PortalTest
class EntityDocumentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Document entityStep(PortalUser user, FilingRecord filing) throws Exception {
        return Jsoup.parse(mvc.perform(get("/filings/{id}/steps/entity", filing.getId()).with(user(user)))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aLicenceScanIsUploadedCheckedSharedAndRemoved() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        FilingRecord other = fixtures.filing(company, "另一算法");
        assertThat(entityStep(officer, filing).select("#entity-documents .missing")).hasSize(5);
        assertThat(entityStep(officer, filing).select("#entity-documents-signed").text()).contains("签字盖章", "合并为一个 PDF");

        byte[] scan = png();
        mvc.perform(multipart("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId())
                        .file(new MockMultipartFile("file", "营业执照.png", "image/png", scan))
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "entityDocument.uploaded"));
        // A text file named like an image is refused by its content.
        mvc.perform(multipart("/filings/{id}/entity-documents/LEGAL_REPRESENTATIVE_ID", filing.getId())
                        .file(new MockMultipartFile("file", "id.png", "image/png", "not an image".getBytes()))
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("uploadError", "upload.wrongType"));

        Document shared = entityStep(officer, other);
        assertThat(shared.select("#entity-document-BUSINESS_LICENCE a").text()).isEqualTo("营业执照.png");
        assertThat(shared.select("#entity-document-LEGAL_REPRESENTATIVE_ID .missing").text()).isEqualTo("尚未上传");
        mvc.perform(get("/filings/{id}/entity-documents/BUSINESS_LICENCE", other.getId()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(scan));

        mvc.perform(post("/filings/{id}/entity-documents/BUSINESS_LICENCE/delete", filing.getId())
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "entityDocument.deleted"));
        mvc.perform(get("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId()).with(user(officer)))
                .andExpect(status().isNotFound());
        // Not a filing version, but audited: who uploaded and removed which file.
        assertThat(jdbc.queryForList("select action || ' ' || detail from change_log where company_id = ? "
                        + "and action like 'ENTITY_DOCUMENT_%' and actor = ? order by id", String.class,
                company.getId(), officer.getUsername()))
                .containsExactly("ENTITY_DOCUMENT_UPLOADED BUSINESS_LICENCE: 营业执照.png",
                        "ENTITY_DOCUMENT_DELETED BUSINESS_LICENCE: 营业执照.png");
    }

    /**
     * Found in a walk: a filing without any of Step 1's uploads was "ready" and approved. The rules see no files;
     * the review and the workflow page name what is missing until the filing is submitted.
     */
    @Test
    void theReviewAndTheWorkflowNameTheUploadsStillMissing() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        Document review = Jsoup.parse(mvc.perform(get("/filings/{id}/steps/review", filing.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(review.select("#missing-uploads li").eachText()).containsExactly("营业执照扫描件",
                "法定代表人身份证件照片", "算法安全责任人身份证件照片", "签字盖章的算法备案承诺书", "盖章的落实算法安全主体责任基本情况（含附件）");
        assertThat(review.select("#missing-uploads a").attr("href"))
                .isEqualTo("/filings/" + filing.getId() + "/steps/entity#entity-documents");
        mvc.perform(multipart("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId())
                        .file(new MockMultipartFile("file", "营业执照.png", "image/png", png()))
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "entityDocument.uploaded"));
        Document workflow = Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId())
                .with(user(consultant)).param("lang", "en")).andReturn().getResponse().getContentAsString());
        assertThat(workflow.select("#missing-uploads h2").text()).isEqualTo("Step 1 uploads are missing");
        assertThat(workflow.select("#missing-uploads li")).hasSize(4);
        assertThat(workflow.select("#missing-uploads li").eachText()).contains("Stamped responsibility table (with its attachments)");
        assertThat(workflow.select("#missing-uploads-link")).hasSize(1);

        // Only ID photos left: the consultant, who may not upload them, is not sent to Step 1 for them (found in a
        // walk); the officer is.
        for (String kind : java.util.List.of("SIGNED_COMMITMENT_LETTER", "STAMPED_RESPONSIBILITY_TABLE")) {
            mvc.perform(multipart("/filings/{id}/entity-documents/" + kind, filing.getId())
                            .file(new MockMultipartFile("file", kind + ".png", "image/png", png()))
                            .with(user(officer)).with(csrf()))
                    .andExpect(flash().attribute("message", "entityDocument.uploaded"));
        }
        Document consultants = Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId())
                .with(user(consultant))).andReturn().getResponse().getContentAsString());
        assertThat(consultants.select("#missing-uploads li")).hasSize(2);
        assertThat(consultants.select("#missing-uploads-link")).isEmpty();
        assertThat(consultants.select("#missing-uploads-by-officers").text()).contains("由公司的合规专员在第一步上传");
        Document officers = Jsoup.parse(mvc.perform(get("/filings/{id}/workflow", filing.getId())
                .with(user(officer))).andReturn().getResponse().getContentAsString());
        assertThat(officers.select("#missing-uploads-link")).hasSize(1);
        assertThat(officers.select("#missing-uploads-by-officers")).isEmpty();
    }

    @Autowired
    com.cacfiling.web.filing.FilingService filings;

    /**
     * Found in a review: the uploads were the company's current files for every filing, so replacing the signed
     * letter (or deleting the licence) through a draft changed what a filing in review or submitted showed and
     * zipped. A filing leaving the drafts keeps its own copy, as it keeps Step 1's values; back in draft it reads the
     * company's files again.
     */
    @Test
    void aFilingSentForReviewKeepsItsUploadsWhateverADraftChangesLater() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord submitted = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        FilingRecord draft = fixtures.filing(company, "另一算法");
        byte[] first = png();
        mvc.perform(multipart("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER", submitted.getId())
                .file(new MockMultipartFile("file", "承诺书-第一版.png", "image/png", first))
                .with(user(officer)).with(csrf()));
        mvc.perform(multipart("/filings/{id}/entity-documents/BUSINESS_LICENCE", submitted.getId())
                .file(new MockMultipartFile("file", "营业执照.png", "image/png", first))
                .with(user(officer)).with(csrf()));
        filings.transition(officer, submitted.getId(), (f, a) -> f.submitForReview(a));

        java.awt.image.BufferedImage other = new java.awt.image.BufferedImage(60, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(other, "png", out);
        byte[] second = out.toByteArray();
        mvc.perform(multipart("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER", draft.getId())
                        .file(new MockMultipartFile("file", "承诺书-另一算法.png", "image/png", second))
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "entityDocument.uploaded"));
        mvc.perform(post("/filings/{id}/entity-documents/BUSINESS_LICENCE/delete", draft.getId())
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "entityDocument.deleted"));

        mvc.perform(get("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER", submitted.getId())
                .with(user(officer))).andExpect(status().isOk()).andExpect(content().bytes(first));
        mvc.perform(get("/filings/{id}/entity-documents/BUSINESS_LICENCE", submitted.getId())
                .with(user(officer))).andExpect(status().isOk()).andExpect(content().bytes(first));
        Document kept = entityStep(officer, submitted);
        assertThat(kept.select("#entity-document-SIGNED_COMMITMENT_LETTER a").text()).isEqualTo("承诺书-第一版.png");
        assertThat(kept.select("#entity-document-BUSINESS_LICENCE a").text()).isEqualTo("营业执照.png");
        mvc.perform(get("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER", draft.getId())
                .with(user(officer))).andExpect(status().isOk()).andExpect(content().bytes(second));
        mvc.perform(get("/filings/{id}/entity-documents/BUSINESS_LICENCE", draft.getId())
                .with(user(officer))).andExpect(status().isNotFound());

        // Returned to draft: the company's current files again, as its Step 1 values; its letter is its own.
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        filings.transition(consultant, submitted.getId(), (f, a) -> f.returnForRework(a, "请补充"));
        mvc.perform(get("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER", submitted.getId())
                .with(user(officer))).andExpect(status().isOk()).andExpect(content().bytes(first));
        mvc.perform(get("/filings/{id}/entity-documents/BUSINESS_LICENCE", submitted.getId())
                .with(user(officer))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForList("select kind from filing_entity_document where filing_id = ?",
                String.class, submitted.getId())).containsExactly("SIGNED_COMMITMENT_LETTER");
    }

    /**
     * Found in a walk: the signed letter names the algorithm and its role, yet it was one file of the company's, so
     * the letter uploaded for one algorithm went into another algorithm's dossier. Each filing has its own.
     */
    @Autowired
    EntityDocuments entityDocuments;

    @Test
    void eachFilingHasItsOwnSignedCommitmentLetter() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        FilingRecord other = fixtures.filing(company, "另一算法");
        mvc.perform(multipart("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER", filing.getId())
                        .file(new MockMultipartFile("file", "承诺书.png", "image/png", png()))
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "entityDocument.uploaded"));
        mvc.perform(multipart("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId())
                .file(new MockMultipartFile("file", "营业执照.png", "image/png", png())).with(user(officer)).with(csrf()));

        Document own = entityStep(officer, filing);
        assertThat(own.select("#entity-document-SIGNED_COMMITMENT_LETTER a").text()).isEqualTo("承诺书.png");
        assertThat(own.select("#entity-document-SIGNED_COMMITMENT_LETTER th .hint").text()).contains("本备案专用");
        Document others = entityStep(officer, other);
        assertThat(others.select("#entity-document-SIGNED_COMMITMENT_LETTER .missing").text()).isEqualTo("尚未上传");
        assertThat(others.select("#entity-document-BUSINESS_LICENCE a").text()).isEqualTo("营业执照.png");
        mvc.perform(get("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER", other.getId()).with(user(officer)))
                .andExpect(status().isNotFound());
        assertThat(entityDocuments.forDossier(filing.getId()).files().keySet())
                .anyMatch(path -> path.contains("承诺书"));
        assertThat(entityDocuments.forDossier(other.getId()).files().keySet())
                .noneMatch(path -> path.contains("承诺书")).anyMatch(path -> path.contains("营业执照"));

        // One and the same file as the licence and both ID photos (and here the letter, the same blank image) is named
        // on Step 1 and the review (found in a walk).
        byte[] licence = jdbc.queryForObject("select content from entity_document where company_id = ? and kind = ?",
                byte[].class, company.getId(), "BUSINESS_LICENCE");
        for (String kind : List.of("LEGAL_REPRESENTATIVE_ID", "SECURITY_OFFICER_ID")) {
            mvc.perform(multipart("/filings/{id}/entity-documents/" + kind, filing.getId())
                    .file(new MockMultipartFile("file", kind + ".png", "image/png", licence))
                    .with(user(officer)).with(csrf()));
        }
        assertThat(entityStep(officer, filing).select(".same-uploads").text())
                .isEqualTo("以下上传的是同一个文件：营业执照扫描件、法定代表人身份证件照片、算法安全责任人身份证件照片、"
                        + "签字盖章的算法备案承诺书。请核对是否传错。");
        assertThat(Jsoup.parse(mvc.perform(get("/filings/{id}/steps/review", filing.getId()).with(user(officer)))
                .andReturn().getResponse().getContentAsString()).select(".same-uploads")).hasSize(1);

        // Removed from one filing, the other is untouched, and the audit says which.
        mvc.perform(post("/filings/{id}/entity-documents/SIGNED_COMMITMENT_LETTER/delete", filing.getId())
                        .with(user(officer)).with(csrf()))
                .andExpect(flash().attribute("message", "entityDocument.deleted"));
        assertThat(entityStep(officer, filing).select("#entity-document-SIGNED_COMMITMENT_LETTER .missing"))
                .hasSize(1);
        assertThat(jdbc.queryForList("select detail from change_log where company_id = ? and action = ?",
                String.class, company.getId(), "ENTITY_DOCUMENT_DELETED"))
                .containsExactly("SIGNED_COMMITMENT_LETTER: 承诺书.png");
    }

    @Test
    void anotherCompanyReachesNothingAndAnUnknownKindIsNoPage() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        mvc.perform(multipart("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId())
                .file(new MockMultipartFile("file", "licence.png", "image/png", png()))
                .with(user(officer)).with(csrf()));
        PortalUser stranger = PortalUser.of(fixtures.officer(fixtures.company()));
        mvc.perform(get("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId()).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId())
                        .file(new MockMultipartFile("file", "x.png", "image/png", png()))
                        .with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/filings/{id}/entity-documents/PASSPORT", filing.getId()).with(user(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId()).with(user(officer)))
                .andExpect(status().isOk());
    }

    /**
     * Found in a walk: no Step 1 upload was in any dossier ZIP. The masked ZIP, which leaves the company, has the
     * licence and the commitment letter and names the ID photos it withholds; the officer's submission copy has all
     * four; only the company's officers open an ID photo.
     */
    @Test
    void theUploadsGoIntoTheDossierZipAndTheIdPhotosOnlyIntoTheSubmissionCopy() throws Exception {
        Company company = fixtures.company();
        PortalUser officer = PortalUser.of(fixtures.officer(company));
        PortalUser consultant = PortalUser.of(fixtures.consultant(company));
        FilingRecord filing = fixtures.filing(company, SampleDossiers.ALGORITHM_NAME);
        java.util.Map<String, String> uploads = java.util.Map.of("BUSINESS_LICENCE", "licence.png",
                "LEGAL_REPRESENTATIVE_ID", "legal-id.png", "SECURITY_OFFICER_ID", "officer-id.png",
                "SIGNED_COMMITMENT_LETTER", "letter.png", "STAMPED_RESPONSIBILITY_TABLE", "responsibility.png");
        mvc.perform(get("/filings/{id}/dossier.zip", filing.getId()).with(user(consultant))).andExpect(status().isOk());
        for (var upload : uploads.entrySet()) {
            mvc.perform(multipart("/filings/{id}/entity-documents/{kind}", filing.getId(), upload.getKey())
                            .file(new MockMultipartFile("file", upload.getValue(), "image/png", png()))
                            .with(user(officer)).with(csrf()))
                    .andExpect(flash().attribute("message", "entityDocument.uploaded"));
        }

        java.util.Map<String, byte[]> masked = unzip(mvc.perform(get("/filings/{id}/dossier.zip", filing.getId())
                .with(user(consultant))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(masked.keySet()).as("a ZIP made before the uploads is not served again")
                .contains("entity/营业执照扫描件-licence.png", "entity/签字盖章的算法备案承诺书-letter.png",
                        "entity/盖章的落实算法安全主体责任基本情况（含附件）-responsibility.png")
                .noneMatch(path -> path.contains("id.png"));
        assertThat(new String(masked.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"withheldPersonalData\": [\"法定代表人身份证件照片\", \"算法安全责任人身份证件照片\"]")
                .contains("entity/营业执照扫描件-licence.png");
        java.util.Map<String, byte[]> copy = unzip(mvc.perform(post("/filings/{id}/submission-copy.zip",
                filing.getId()).with(user(officer)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(copy.keySet()).contains("entity/营业执照扫描件-licence.png",
                "entity/法定代表人身份证件照片-legal-id.png", "entity/算法安全责任人身份证件照片-officer-id.png",
                "entity/签字盖章的算法备案承诺书-letter.png");
        assertThat(new String(copy.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("withheldPersonalData").contains("entity/法定代表人身份证件照片-legal-id.png");

        mvc.perform(get("/filings/{id}/entity-documents/LEGAL_REPRESENTATIVE_ID", filing.getId())
                .with(user(consultant))).andExpect(status().isNotFound());
        // Nor replaces or removes it (found in a walk: a consultant replaced the officer's photo).
        mvc.perform(multipart("/filings/{id}/entity-documents/LEGAL_REPRESENTATIVE_ID", filing.getId())
                        .file(new MockMultipartFile("file", "other.png", "image/png", png()))
                        .with(user(consultant)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/filings/{id}/entity-documents/LEGAL_REPRESENTATIVE_ID/delete", filing.getId())
                .with(user(consultant)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/filings/{id}/entity-documents/BUSINESS_LICENCE", filing.getId())
                .with(user(consultant))).andExpect(status().isOk());
        mvc.perform(get("/filings/{id}/entity-documents/LEGAL_REPRESENTATIVE_ID", filing.getId())
                .with(user(officer))).andExpect(status().isOk());
        Document consultantsStep = entityStep(consultant, filing);
        assertThat(consultantsStep.select("#entity-document-LEGAL_REPRESENTATIVE_ID a")).isEmpty();
        assertThat(consultantsStep.select("#entity-document-LEGAL_REPRESENTATIVE_ID form")).isEmpty();
        assertThat(consultantsStep.select("#entity-document-LEGAL_REPRESENTATIVE_ID").text())
                .contains("legal-id.png", "仅本公司合规专员可以打开");
        assertThat(entityStep(officer, filing).select("#entity-document-LEGAL_REPRESENTATIVE_ID a").text())
                .isEqualTo("legal-id.png");
    }

    private static java.util.Map<String, byte[]> unzip(byte[] zip) throws Exception {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
