package com.cacfiling.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real PDF readers (poppler-utils): what a filer's viewer and the CAC's systems see. */
public final class Poppler {

    private Poppler() {
    }

    public static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdftotext", "-enc", "UTF-8", "{}", "-");
    }

    /** The text as laid out on the page: a table's row on one line. */
    public static String pdftotextLayout(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdftotext", "-layout", "-enc", "UTF-8", "{}", "-");
    }

    static String pdffonts(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdffonts", "{}");
    }

    /** The images drawn in the PDF, one line each after two header lines. */
    static String pdfimages(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdfimages", "-list", "{}");
    }

    static String pdfinfo(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "pdfinfo", "{}");
    }

    /** Renders page 1 to a PNG at the given resolution and returns the PNG's bytes. */
    static byte[] pdftoppm(byte[] pdf, int page, int dpi) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ppm");
        run(pdf, "pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", String.valueOf(page), "-l",
                String.valueOf(page), "-singlefile", "{}", dir.resolve("page").toString());
        return Files.readAllBytes(dir.resolve("page.png"));
    }

    private static String run(byte[] pdf, String... command) throws IOException, InterruptedException {
        Path file = Files.createTempFile("doc", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> args = new ArrayList<>();
            for (String arg : command) {
                args.add(arg.equals("{}") ? file.toString() : arg);
            }
            Process process;
            try {
                process = new ProcessBuilder(args).redirectErrorStream(true).start();
            }
            catch (IOException ex) {
                throw new IllegalStateException(command[0] + " is not installed: apt-get install poppler-utils", ex);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " failed: " + output);
            }
            return output;
        }
        finally {
            Files.deleteIfExists(file);
        }
    }
}
