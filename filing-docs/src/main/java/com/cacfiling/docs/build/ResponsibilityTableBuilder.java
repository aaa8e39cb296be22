package com.cacfiling.docs.build;

import java.util.List;

import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.docs.model.Text;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.company.Person;
import com.cacfiling.domain.company.Policy;
import com.cacfiling.domain.company.PolicyKind;
import com.cacfiling.domain.company.SecurityBody;
import com.cacfiling.domain.dossier.Dossier;

/** 落实算法安全主体责任基本情况: 一 the dedicated body, 二 the management policies, 三 attachments. */
public final class ResponsibilityTableBuilder {

    private ResponsibilityTableBuilder() {
    }

    public static DocumentModel build(Dossier dossier, Labels l, String draftWatermark) {
        EntityProfile e = dossier.entity();
        SecurityBody body = e.responsibilityTable().body();
        Person head = body.head();
        Blocks b = new Blocks();
        b.row(l.text("field.entityName"), l.value(e.name()))
                .row(l.text("field.creditCode"), l.value(e.creditCode()))
                .row(l.text("field.securityOfficer"), l.value(e.securityOfficer().name()))
                .endTable();
        b.heading(1, l.text("responsibility.ch1"))
                .row(l.text("body.name"), l.value(body.name()))
                .row(l.text("body.establishedOn"), l.value(body.establishedOn()))
                .row(l.text("body.setUp"), l.value(body.setUp()))
                .row(l.text("body.headName"), l.value(head.name()))
                .row(l.text("body.headTitle"), l.value(head.title()))
                .row(l.text("body.headPhone"), l.value(head.phone()))
                .row(l.text("body.headEmail"), l.value(head.email()))
                .row(l.text("body.headExperience"), l.value(body.headExperience()))
                .row(l.text("body.staffRequirements"), l.value(body.staffRequirements()))
                .row(l.text("body.staffingSize"), l.value(body.staffingSize()))
                .row(l.text("body.technicalSafeguards"), l.value(body.technicalSafeguards()))
                .endTable();
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
                b.row(l.text("policy.title"), l.value(policy.title()))
                        .row(l.text("policy.content"), l.value(policy.content()))
                        .endTable();
            }
        }
        b.heading(1, l.text("responsibility.ch3"));
        List<String> attachments = e.responsibilityTable().attachments();
        b.list(attachments.isEmpty() ? List.of(Text.of(l.text("value.none")))
                : attachments.stream().map(l::value).toList());
        return new DocumentModel(DocumentKind.RESPONSIBILITY_TABLE, l.language(),
                List.of(l.text("doc.responsibility.title")), l.value(e.name()).value(),
                DocumentNames.runningHeader(dossier, l), false, null, draftWatermark, b.build());
    }
}
