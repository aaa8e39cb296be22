package com.cacfiling.docs.pdf;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.DossierDocuments;
import com.cacfiling.domain.sample.SampleDossiers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's own commitment letter uploaded where the signed one belongs is an unsigned filing (found in a walk):
 * the portal knows its own PDFs by their properties, and a signature added since makes the file the signed one.
 */
class PortalPdfTest {

    private static byte[] letter() {
        return DossierDocuments.render(DocumentKind.COMMITMENT_LETTER, DocumentFormat.PDF,
                SampleDossiers.completeProvider(), Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 12, 5));
    }

    @Test
    void everyPortalPdfNamesItsProgramItsAuthorAndWhichDocumentItIs() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(letter())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getCreator()).isEqualTo("CAC Filing Portal");
            assertThat(info.getAuthor()).isEqualTo(SampleDossiers.completeProvider().entity().name());
            assertThat(info.getTitle()).isEqualTo("算法备案承诺书");
            assertThat(info.getCustomMetadataValue(PortalPdf.DOCUMENT_KEY)).isEqualTo("commitment");
        }
    }

    @Test
    void thePortalsOwnLetterIsKnownAsUnsigned() {
        assertThat(PortalPdf.isUnsignedPortalDocument(letter())).isTrue();
        assertThat(PortalPdf.isUnsignedPortalDocument(DossierDocuments.render(DocumentKind.RESPONSIBILITY_TABLE,
                DocumentFormat.PDF, SampleDossiers.completeProvider(), Locale.ENGLISH, LocalDate.of(2026, 12, 5))))
                .isTrue();
    }

    @Test
    void aLetterSignedElectronicallySinceIsNot() throws Exception {
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        try (PDDocument pdf = Loader.loadPDF(letter())) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("法定代表人");
            // The signature's bytes are not checked here, only that the file carries a signature since.
            pdf.addSignature(signature, content -> new byte[] {0x30, 0x00});
            pdf.saveIncremental(signed);
        }
        assertThat(PortalPdf.isUnsignedPortalDocument(signed.toByteArray())).isFalse();
    }

    @Test
    void anotherProgramsPdfOrAFileThatIsNoPdfIsNot() throws Exception {
        ByteArrayOutputStream scan = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.getDocumentInformation().setCreator("Scanner");
            pdf.save(scan);
        }
        assertThat(PortalPdf.isUnsignedPortalDocument(scan.toByteArray())).isFalse();
        assertThat(PortalPdf.isUnsignedPortalDocument("%PDF-1.7 not really".getBytes())).isFalse();
    }
}
