package com.cacfiling.docs.build;

import java.util.List;

import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.docs.model.Text;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.Policy;
import com.cacfiling.domain.company.PolicyKind;
import com.cacfiling.domain.dossier.Dossier;

/**
 * 落实算法安全主体责任基本情况: 一 the dedicated body, 二 the management policies, 三 attachments. It is the entity's
 * table (one per entity, shared by its filings): titled, headed and named by the entity, never by an algorithm.
 */
public final class ResponsibilityTableBuilder {

    private ResponsibilityTableBuilder() {
    }

    public static DocumentModel build(Dossier dossier, Labels l, String draftWatermark) {
        EntityProfile e = dossier.entity();
        Blocks b = new Blocks();
        b.row(l.text("field.entityName"), l.value(e.name()))
                .row(l.text("field.creditCode"), l.value(e.creditCode()))
                .row(l.text("field.securityOfficer"), l.value(e.securityOfficer().name()))
                .endTable();
        // The body's rows from the catalogue: an optional one left empty (name, dates, the head's title) has none.
        FieldValues fields = new FieldValues(dossier, l);
        b.heading(1, l.text("responsibility.ch1"));
        for (String field : List.of("name", "establishedOn", "setUp", "head.name", "head.title", "head.phone",
                "head.email", "headExperience", "staffRequirements", "staffingSize", "technicalSafeguards")) {
            fields.row(b, "entity.responsibilityTable.body." + field);
        }
        b.endTable();
        b.heading(1, l.text("responsibility.ch2"));
        for (PolicyKind kind : PolicyKind.values()) {
            Policy policy = e.responsibilityTable().policy(kind).orElse(null);
            if (policy == null && !kind.isRequired()) {
                continue;
            }
            b.heading(2, l.text("policy." + kind));
            if (policy == null) {
                b.paragraph(l.missing());
            }
            else {
                String row = "entity.responsibilityTable.policies." + kind + ".";
                fields.row(fields.row(b, row + "title"), row + "content").endTable();
            }
        }
        b.heading(1, l.text("responsibility.ch3"));
        List<String> attachments = e.responsibilityTable().attachments();
        b.list(attachments.isEmpty() ? List.of(Text.of(l.text("value.none")))
                : attachments.stream().map(l::value).toList());
        return new DocumentModel(DocumentKind.RESPONSIBILITY_TABLE, l.language(),
                List.of(l.text("doc.responsibility.title")), l.value(e.name()).value(),
                DocumentNames.entityHeader(dossier, l), false, null, draftWatermark, b.build());
    }
}
