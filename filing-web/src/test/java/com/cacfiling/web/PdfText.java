package com.cacfiling.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A PDF's text as a reader gets it, through Poppler's pdftotext, with all white space removed for comparing. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("portal-document", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pdftotext failed on the PDF");
            }
            return text.replaceAll("\\s+", "");
        }
        finally {
            Files.deleteIfExists(file);
        }
    }
}
