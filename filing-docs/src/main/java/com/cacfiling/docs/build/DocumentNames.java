package com.cacfiling.docs.build;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.domain.dossier.Dossier;

/** Titles, running headers and file names as filers use them: document title + algorithm name. */
public final class DocumentNames {

    private DocumentNames() {
    }

    public static String algorithmName(Dossier dossier, Labels l) {
        return l.value(dossier.algorithmName()).value();
    }

    public static String runningHeader(Dossier dossier, Labels l) {
        return l.value(dossier.entity().name()).value() + " · " + algorithmName(dossier, l);
    }

    public static String title(DocumentKind kind, Labels l) {
        return l.text("doc." + kind.key() + ".title");
    }

    /** e.g. 算法安全自评估报告-灵犀对话生成算法.pdf; characters file systems refuse are replaced. */
    public static String fileName(DocumentKind kind, Dossier dossier, Labels l, DocumentFormat format) {
        String name = dossier.algorithmName() == null || dossier.algorithmName().isBlank()
                ? l.text("file.unnamed") : dossier.algorithmName();
        return safe(l.text("file." + kind.key()) + "-" + name) + "." + format.extension();
    }

    public static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }
}
