package com.cacfiling.docs.largemodel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.bundle.DossierBundle;
import com.cacfiling.docs.bundle.ZipEntries;
import com.cacfiling.docs.build.DocumentNames;
import com.cacfiling.rules.Finding;

/**
 * The large-model dossier as one ZIP, in the reviewer's folder order: each document as PDF and DOCX (Chinese, as
 * filed), the keyword list and the test bank as the reviewer's workbooks, what the checks found in both languages,
 * the documents in English under {@code en/}, and a manifest with each file's size and SHA-256 (a code such as the
 * route with its words beside it, as the algorithm dossier's manifest).
 */
public final class ModelDossierZip {

    /** The folder of the English documents, as in the algorithm dossier's ZIP. */
    public static final String ENGLISH_FOLDER = "en/";

    private ModelDossierZip() {
    }

    public static Map<String, byte[]> files(ModelDossier dossier) {
        record Job(String path, ModelDocumentKind kind, DocumentFormat format, Locale locale) {
        }
        // The Chinese documents as filed, in the reviewer's order; the English ones for reading under en/, as the
        // algorithm dossier has them (found in a walk: the English page's ZIP held only the Chinese documents).
        List<Job> jobs = new ArrayList<>();
        int n = 0;
        for (ModelDocumentKind kind : ModelDocumentKind.of(dossier.route())) {
            String base = n + "_" + DocumentNames.safe(ModelDocuments.title(kind, dossier.route(),
                    Locale.SIMPLIFIED_CHINESE));
            String english = ENGLISH_FOLDER + n++ + "_" + DocumentNames.safe(ModelDocuments.title(kind,
                    dossier.route(), Locale.ENGLISH));
            for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX)) {
                jobs.add(new Job(base + "." + format.extension(), kind, format, Locale.SIMPLIFIED_CHINESE));
                jobs.add(new Job(english + "." + format.extension(), kind, format, Locale.ENGLISH));
            }
        }
        // The documents are independent: render them on all cores, keep the listing order stable.
        List<byte[]> rendered = jobs.parallelStream()
                .map(job -> ModelDocuments.render(job.kind(), job.format(), dossier, job.locale())).toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, byte[]> englishFiles = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            (jobs.get(i).locale() == Locale.ENGLISH ? englishFiles : files).put(jobs.get(i).path(), rendered.get(i));
        }
        files.put(n++ + "_拦截关键词列表.xlsx", ReviewerSheets.keywordList(dossier.lists().keywords()));
        files.put(n + "_评估测试题.xlsx", ReviewerSheets.testBank(dossier.lists().contentBank(),
                dossier.lists().shouldRefuse(), dossier.lists().nonRefusal()));
        files.put("findings-zh.txt", findings(dossier, Locale.SIMPLIFIED_CHINESE).getBytes(StandardCharsets.UTF_8));
        files.put("findings-en.txt", findings(dossier, Locale.ENGLISH).getBytes(StandardCharsets.UTF_8));
        files.putAll(englishFiles);
        return files;
    }

    public static byte[] zip(ModelDossier dossier) {
        Map<String, byte[]> files = files(dossier);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            List<String> manifest = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(ZipEntries.entry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
                manifest.add("    {\"path\": \"" + json(file.getKey()) + "\", \"size\": " + file.getValue().length
                        + ", \"sha256\": \"" + DossierBundle.sha256(file.getValue()) + "\"}");
            }
            zip.putNextEntry(ZipEntries.entry(DossierBundle.MANIFEST));
            // "name": what the filing is called (a registration: its service); "model": the model's own name.
            zip.write(("{\n  \"name\": \"" + json(dossier.name()) + "\",\n  \"model\": \""
                    + json(dossier.tree().get("model.basics.modelName").asString("")) + "\",\n  \"route\": \""
                    + dossier.route() + "\",\n  \"routeName\": \"" + DossierBundle.codeName(
                            new ModelLabels(Locale.SIMPLIFIED_CHINESE).text("model.route." + dossier.route()),
                            new ModelLabels(Locale.ENGLISH).text("model.route." + dossier.route()))
                    + "\",\n  \"standard\": \"" + json(dossier.thresholds().standard()) + "\",\n  \"generatedFor\": \""
                    + dossier.today() + "\",\n  \"files\": [\n" + String.join(",\n", manifest) + "\n  ]\n}\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** What the checks found, as plain text in one language. */
    public static String findings(ModelDossier dossier, Locale locale) {
        ModelLabels l = new ModelLabels(locale);
        StringBuilder out = new StringBuilder(l.text("model.doc.findings.title", dossier.name())).append("\n\n");
        // As the review page: a value typed invalidly is an error in its own words, and the rules' findings at its
        // field (which speak of the empty answer: "required") give way to it (found in a walk).
        java.util.Set<String> typedAt = new java.util.HashSet<>();
        for (com.cacfiling.docs.PendingValue value : dossier.pending()) {
            typedAt.add(value.fieldPath());
            out.append('[').append(l.text("severity.ERROR")).append("] ").append(l.label(value.fieldPath()))
                    .append('\n').append("    ").append(value.message(locale)).append('\n');
        }
        List<Finding> shown = dossier.evaluation().findings().stream()
                .filter(finding -> !typedAt.contains(finding.fieldPath()))
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        if (shown.isEmpty() && typedAt.isEmpty()) {
            out.append(l.text("model.doc.report.noFindings")).append('\n');
        }
        for (Finding finding : shown) {
            out.append('[').append(l.text("severity." + finding.severity())).append("] ")
                    .append(l.label(finding.fieldPath())).append('\n').append("    ").append(l.message(finding))
                    .append('\n');
            String basis = l.basis(finding);
            if (basis != null) {
                out.append("    ").append(basis).append('\n');
            }
        }
        return out.toString();
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
