package com.cacfiling.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.domain.sample.SampleDossiers;

/** Writes every document of the sample filing to a folder, for a look by eye. Not a test. */
public final class RenderSmokeMain {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/docs-out");
        Files.createDirectories(out);
        var dossier = SampleDossiers.completeProvider();
        for (int round = 0; round < Integer.getInteger("rounds", 3); round++) {
            long start = System.nanoTime();
            byte[] zip = DossierBundle.zip(dossier, LocalDate.of(2026, 12, 1));
            System.out.println("bundle " + zip.length + " bytes in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        for (Locale locale : DossierDocuments.LANGUAGES) {
            for (DocumentKind kind : DocumentKind.values()) {
                for (DocumentFormat format : DocumentFormat.values()) {
                    long start = System.nanoTime();
                    byte[] bytes = DossierDocuments.render(kind, format, dossier, locale, LocalDate.of(2026, 12, 1));
                    String name = kind.key() + "-" + locale.getLanguage() + "." + format.extension();
                    Files.write(out.resolve(name), bytes);
                    System.out.println(name + " " + bytes.length + " bytes " + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
            }
        }
    }
}
