package com.cacfiling.docs.pdf;

import java.io.IOException;

import com.cacfiling.docs.OfficeProperties;
import com.cacfiling.docs.model.DocumentModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * What the portal writes into every PDF's properties, and reads back from an upload. The commitment letter and the
 * responsibility table are uploaded again signed and stamped; a company that uploads the portal's own file in their
 * place files an unsigned document (found in a walk: accepted as the signed one). A scan of the printed and signed
 * copy carries none of these properties, and a PDF signed electronically (电子签章) carries its signature.
 */
public final class PortalPdf {

    /** The custom property naming which of the portal's documents a PDF is. */
    static final String DOCUMENT_KEY = "CacFilingPortalDocument";

    private PortalPdf() {
    }

    /** The file's properties: the program, the author (the entity) and which document it is. */
    static void stamp(PDDocument pdf, DocumentModel document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreator(OfficeProperties.APPLICATION);
        if (document.author() != null && !document.author().isBlank()) {
            info.setAuthor(document.author());
        }
        info.setCustomMetadataValue(DOCUMENT_KEY, document.kind() != null ? document.kind().key() : "other");
        pdf.setDocumentInformation(info);
    }

    /**
     * Whether the bytes are a PDF the portal wrote and nobody signed electronically since. False for anything else:
     * another program's PDF, a scan, a file that is not a readable PDF.
     */
    public static boolean isUnsignedPortalDocument(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return pdf.getDocumentInformation().getCustomMetadataValue(DOCUMENT_KEY) != null
                    && pdf.getSignatureDictionaries().isEmpty();
        }
        catch (IOException notReadable) {
            return false;
        }
    }
}
