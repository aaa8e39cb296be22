package com.cacfiling.docs.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.DossierDocuments;
import com.cacfiling.docs.build.DocumentNames;
import com.cacfiling.docs.build.Labels;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.dossier.DossierJson;
import com.cacfiling.domain.form.PersonalData;
import com.cacfiling.rules.Evaluation;
import com.cacfiling.rules.FilingRules;

/**
 * One ZIP with everything for the upload and the record: the four documents as PDF and DOCX in Chinese and
 * English, the JSON dossier, the findings report in both languages, and a manifest with each file's SHA-256.
 */
public final class DossierBundle {

    public static final String MANIFEST = "manifest.json";

    private DossierBundle() {
    }

    /** The folder of the evidence files in the ZIP. */
    public static final String EVIDENCE_FOLDER = "evidence/";

    /** The bundle's files by path, in order; the manifest is computed over these. */
    public static Map<String, byte[]> files(Dossier dossier, LocalDate today) {
        return files(dossier, today, Map.of());
    }

    /**
     * The bundle's files, with the uploaded evidence files ({@code evidence} by evidence id: the bytes as uploaded,
     * which the application stores) under {@code evidence/}.
     */
    public static Map<String, byte[]> files(Dossier dossier, LocalDate today, Map<String, byte[]> evidence) {
        return files(dossier, today, evidence, false);
    }

    /**
     * As {@link #files(Dossier, LocalDate, Map)}; {@code fullIdNumbers} puts the resident ID numbers into
     * {@code dossier.json} in full (the officer's audited submission copy). By default they are masked there, as in
     * every document: the ZIP leaves the company.
     */
    public static Map<String, byte[]> files(Dossier dossier, LocalDate today, Map<String, byte[]> evidence,
            boolean fullIdNumbers) {
        return files(dossier, today, evidence, fullIdNumbers, List.of());
    }

    /** As above; the findings reports also name the values typed that are not valid yet ({@code pending}). */
    public static Map<String, byte[]> files(Dossier dossier, LocalDate today, Map<String, byte[]> evidence,
            boolean fullIdNumbers, List<com.cacfiling.docs.PendingValue> pending) {
        return files(dossier, today, evidence, fullIdNumbers, pending, java.util.Set.of());
    }

    /**
     * As above; the rules also read the content types the algorithm's labelling checklist names ({@code
     * labellingOutputs}, kept beside the dossier), so the findings reports and the draft mark say what the review
     * page says.
     */
    public static Map<String, byte[]> files(Dossier dossier, LocalDate today, Map<String, byte[]> evidence,
            boolean fullIdNumbers, List<com.cacfiling.docs.PendingValue> pending,
            java.util.Set<String> labellingOutputs) {
        Evaluation evaluation = FilingRules.evaluate(com.cacfiling.rules.FilingContext.of(dossier, today)
                .withLabellingOutputs(labellingOutputs));
        record Job(String path, DocumentModel model, DocumentFormat format) {
        }
        List<Job> jobs = new ArrayList<>();
        Map<String, byte[]> reports = new LinkedHashMap<>();
        for (Locale locale : DossierDocuments.LANGUAGES) {
            Labels labels = new Labels(locale, dossier.filing().formVersion());
            String folder = labels.language() + "/";
            for (DocumentKind kind : DocumentKind.values()) {
                DocumentModel model = DossierDocuments.model(kind, dossier, locale, today, evaluation, evidence);
                for (DocumentFormat format : DocumentFormat.values()) {
                    jobs.add(new Job(folder + DocumentNames.fileName(kind, dossier, labels, format), model, format));
                }
            }
            reports.put(findingsPath(dossier, labels),
                    FindingsReport.text(evaluation, labels, pending).getBytes(StandardCharsets.UTF_8));
        }
        // The documents are independent: render them on all cores, keep the listing order stable.
        List<byte[]> rendered = jobs.parallelStream().map(job -> DossierDocuments.render(job.model(), job.format()))
                .toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            files.put(jobs.get(i).path(), rendered.get(i));
        }
        files.putAll(reports);
        String json = fullIdNumbers ? DossierJson.write(dossier) : PersonalData.maskedDossierJson(dossier);
        files.put("dossier.json", withoutUnaskedAnswers(json, dossier).getBytes(StandardCharsets.UTF_8));
        for (EvidenceItem item : dossier.filing().algorithm().profile().assessment().evidence()) {
            byte[] content = evidence.get(item.id());
            if (content != null) {
                files.put(evidencePath(item), content);
            }
        }
        return files;
    }

    private static String findingsPath(Dossier dossier, Labels labels) {
        return labels.language() + "/" + DocumentNames.safe(labels.text("file.findings") + "-"
                + DocumentNames.algorithmName(dossier, labels) + DocumentNames.roleSuffix(dossier, labels)) + ".txt";
    }

    /** Where an evidence item's file is in the ZIP: its id keeps two files of the same name apart. */
    public static String evidencePath(EvidenceItem item) {
        return EVIDENCE_FOLDER + DocumentNames.safe(item.id() + "-" + (item.fileName() == null ? "file"
                : item.fileName()));
    }

    public static byte[] zip(Dossier dossier, LocalDate today) {
        return zip(dossier, today, Map.of());
    }

    /** The ZIP; each evidence file's manifest entry also names its item and the measures it supports. */
    public static byte[] zip(Dossier dossier, LocalDate today, Map<String, byte[]> evidence) {
        return zip(dossier, today, evidence, false);
    }

    /** The ZIP; with {@code fullIdNumbers} the unmasked submission copy (see {@link #files(Dossier, LocalDate, Map, boolean)}). */
    public static byte[] zip(Dossier dossier, LocalDate today, Map<String, byte[]> evidence, boolean fullIdNumbers) {
        return write(files(dossier, today, evidence, fullIdNumbers), dossier, today, fullIdNumbers, List.of());
    }

    /** The masked ZIP with the company's uploads that may leave the company, and the names of those withheld. */
    public static byte[] zip(Dossier dossier, LocalDate today, Map<String, byte[]> evidence,
            CompanyDocuments company) {
        return zip(dossier, today, evidence, company, List.of());
    }

    /** As above; the findings reports also name the values typed that are not valid yet. */
    public static byte[] zip(Dossier dossier, LocalDate today, Map<String, byte[]> evidence,
            CompanyDocuments company, List<com.cacfiling.docs.PendingValue> pending) {
        return zip(dossier, today, evidence, company, pending, java.util.Set.of());
    }

    /** As above; the rules also read the labelling checklist's content types (see {@link #files}). */
    public static byte[] zip(Dossier dossier, LocalDate today, Map<String, byte[]> evidence,
            CompanyDocuments company, List<com.cacfiling.docs.PendingValue> pending,
            java.util.Set<String> labellingOutputs) {
        Map<String, byte[]> files = files(dossier, today, evidence, false, pending, labellingOutputs);
        files.putAll(company.files());
        return write(files, dossier, today, false, company.withheld());
    }

    /**
     * The submission copy made from the (masked) ZIP already rendered for the same dossier and day, so no document
     * is rendered twice: {@code dossier.json} in full but without the workflow's history, and without the findings
     * reports. Found in a walk: the copy "only for the CAC" carried the portal's internal warnings and the review's
     * history with the consultant's notes and user names.
     */
    public static byte[] submissionCopy(byte[] maskedZip, Dossier dossier, LocalDate today) {
        return submissionCopy(maskedZip, dossier, today, Map.of());
    }

    /** As {@link #submissionCopy(byte[], Dossier, LocalDate)}, with the uploads the masked ZIP withholds (ID photos). */
    public static byte[] submissionCopy(byte[] maskedZip, Dossier dossier, LocalDate today,
            Map<String, byte[]> personalDocuments) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(maskedZip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            java.util.Set<String> internal = new java.util.HashSet<>();
            for (Locale locale : DossierDocuments.LANGUAGES) {
                internal.add(findingsPath(dossier, new Labels(locale, dossier.filing().formVersion())));
            }
            internal.add(MANIFEST);
            while ((entry = in.getNextEntry()) != null) {
                if (!internal.contains(entry.getName())) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        files.put("dossier.json", withoutHistory(withoutUnaskedAnswers(DossierJson.write(dossier), dossier))
                .getBytes(StandardCharsets.UTF_8));
        files.putAll(personalDocuments);
        return write(files, dossier, today, true, List.of());
    }

    private static byte[] write(Map<String, byte[]> files, Dossier dossier, LocalDate today, boolean fullIdNumbers,
            List<String> withheld) {
        Map<String, String> evidenceEntries = evidenceEntries(dossier);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            List<String> manifest = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(ZipEntries.entry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
                manifest.add("    {\"path\": \"" + jsonEscape(file.getKey()) + "\", \"size\": " + file.getValue().length
                        + ", \"sha256\": \"" + sha256(file.getValue()) + "\""
                        + evidenceEntries.getOrDefault(file.getKey(), "") + "}");
            }
            zip.putNextEntry(ZipEntries.entry(MANIFEST));
            String withheldEntry = withheld.isEmpty() ? "" : ",\n  \"withheldPersonalData\": ["
                    + String.join(", ", withheld.stream().map(name -> "\"" + jsonEscape(name) + "\"").toList()) + "]";
            zip.write(("{\n  \"algorithm\": \"" + jsonEscape(String.valueOf(dossier.algorithmName()))
                    + "\",\n  \"generatedFor\": \"" + today
                    + "\",\n  \"residentIdNumbers\": \"" + (fullIdNumbers ? "full" : "masked") + "\""
                    + withheldEntry + ",\n  \"files\": [\n"
                    + String.join(",\n", manifest) + "\n  ]\n}\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /**
     * For each evidence file's path, the rest of its manifest entry: the evidence item and the measures that cite it
     * (risk category, measure area, the measure's description).
     */
    private static Map<String, String> evidenceEntries(Dossier dossier) {
        var assessment = dossier.filing().algorithm().profile().assessment();
        Labels zh = new Labels(Locale.SIMPLIFIED_CHINESE, dossier.filing().formVersion());
        Labels en = new Labels(Locale.ENGLISH, dossier.filing().formVersion());
        Map<String, String> entries = new LinkedHashMap<>();
        for (EvidenceItem item : assessment.evidence()) {
            List<String> measures = new ArrayList<>();
            for (RiskAssessment risk : assessment.risks()) {
                for (RiskMeasure measure : risk.measures()) {
                    if (measure.evidenceIds().contains(item.id())) {
                        // The codes stay for programs; their words beside them for the people reading the file.
                        measures.add("{\"risk\": \"" + risk.category() + "\", \"riskName\": \""
                                + words(zh, en, "risk.", risk.category()) + "\", \"measure\": \"" + measure.kind()
                                + "\", \"measureName\": \"" + words(zh, en, "measure.", measure.kind())
                                + "\", \"description\": \"" + jsonEscape(String.valueOf(measure.description()))
                                + "\"}");
                    }
                }
            }
            entries.put(evidencePath(item), ", \"evidenceId\": \"" + jsonEscape(item.id()) + "\", \"title\": \""
                    + jsonEscape(String.valueOf(item.title())) + "\", \"supports\": [" + String.join(", ", measures)
                    + "]");
        }
        return entries;
    }

    private static String words(Labels zh, Labels en, String prefix, Enum<?> code) {
        return code == null ? "" : codeName(zh.text(prefix + code), en.text(prefix + code));
    }

    /**
     * A manifest code's words, Chinese then English ("备案 (Filing)"), written beside the code in both dossiers'
     * manifests: an internal constant alone ("FILING") told the reader nothing (found in a walk).
     */
    public static String codeName(String chinese, String english) {
        return jsonEscape(chinese + " (" + english + ")");
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            }
            else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The dossier's data without the workflow's history (who moved it when, with their notes): the portal's own. */
    static String withoutHistory(String json) {
        tools.jackson.databind.JsonNode root = com.cacfiling.domain.dossier.DomainJson.readTree(json);
        if (root.path("filing") instanceof tools.jackson.databind.node.ObjectNode filing) {
            filing.remove("history");
        }
        return com.cacfiling.domain.dossier.DomainJson.writeIndented(root);
    }

    /**
     * The dossier's data as submitted: without the answers to questions not asked of this filing (a recommendation
     * algorithm's generative-synthesis answers, kept in the draft for when its type changes back), as its documents
     * leave them out. The algorithm's catalogue paths are its profile's in the data ({@code algorithm.x} is
     * {@code /algorithm/profile/x}).
     */
    static String withoutUnaskedAnswers(String json, Dossier dossier) {
        com.cacfiling.domain.form.DossierTree tree = com.cacfiling.domain.form.DossierTree.of(dossier);
        List<String> hidden = tree.fields().hiddenPatterns(tree);
        if (hidden.isEmpty()) {
            return json;
        }
        tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode)
                com.cacfiling.domain.dossier.DomainJson.readTree(json);
        for (String path : hidden) {
            if (!path.startsWith("algorithm.") || path.contains("[") || path.contains("*")) {
                continue;
            }
            String[] names = path.substring("algorithm.".length()).split("\\.");
            tools.jackson.databind.JsonNode parent = root.path("algorithm").path("profile");
            for (int i = 0; i < names.length - 1; i++) {
                parent = parent.path(names[i]);
            }
            if (parent instanceof tools.jackson.databind.node.ObjectNode object) {
                object.remove(names[names.length - 1]);
            }
        }
        return com.cacfiling.domain.dossier.DomainJson.writeIndented(root);
    }
}
