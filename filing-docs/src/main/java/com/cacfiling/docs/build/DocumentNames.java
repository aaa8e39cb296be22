package com.cacfiling.docs.build;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.DocumentKind;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.FilingRole;

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

    /**
     * The running header of the entity's own documents (the responsibility table): one per entity, shared by all its
     * filings, so it names the entity and no algorithm.
     */
    public static String entityHeader(Dossier dossier, Labels l) {
        return l.value(dossier.entity().name()).value();
    }

    public static String title(DocumentKind kind, Labels l) {
        return l.text("doc." + kind.key() + ".title");
    }

    /**
     * e.g. 算法安全自评估报告-灵犀对话生成算法.pdf (a technical supporter's with -服务技术支持者), or for the entity's responsibility table
     * 落实算法安全主体责任基本情况-北京灵犀智能科技有限公司.pdf; characters file systems refuse are replaced.
     */
    public static String fileName(DocumentKind kind, Dossier dossier, Labels l, DocumentFormat format) {
        String owner = kind == DocumentKind.RESPONSIBILITY_TABLE ? dossier.entity().name() : dossier.algorithmName();
        String name = owner == null || owner.isBlank() ? l.text("file.unnamed") : owner;
        // A dual-role pair's two reports, disclosures and letters differ but named the same algorithm: saved side by
        // side, the supporter's overwrote the provider's (found in a walk). The supporter's name says its role.
        String role = kind != DocumentKind.RESPONSIBILITY_TABLE ? roleSuffix(dossier, l) : "";
        return safe(l.text("file." + kind.key()) + "-" + name + role) + "." + format.extension();
    }

    /** "-服务技术支持者" for a technical supporter's own files (a pair's two differ), nothing for a provider's. */
    public static String roleSuffix(Dossier dossier, Labels l) {
        return dossier.filing().role() == FilingRole.TECHNICAL_SUPPORTER
                ? "-" + l.text("role." + FilingRole.TECHNICAL_SUPPORTER) : "";
    }

    public static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }
}
