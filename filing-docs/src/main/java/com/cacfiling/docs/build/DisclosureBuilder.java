package com.cacfiling.docs.build;

import java.util.List;

import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.domain.algorithm.PublicDisclosure;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.reference.OptionList;

/** 拟公示内容 (算法机制机理): what the CAC publishes about the algorithm; no trade secrets. */
public final class DisclosureBuilder {

    private DisclosureBuilder() {
    }

    public static DocumentModel build(Dossier dossier, Labels l, String draftWatermark) {
        PublicDisclosure d = dossier.filing().algorithm().profile().disclosure();
        Blocks b = new Blocks();
        b.row(l.text("field.algorithmName"), l.value(dossier.algorithmName()))
                .row(l.text("field.entityName"), l.value(dossier.entity().name()))
                .row(l.text("field.role"), l.value(l.text("role." + dossier.filing().role())))
                .row(l.text("field.algorithmType"), l.option(OptionList.ALGORITHM_TYPES,
                        dossier.filing().algorithm().profile().basics().algorithmType()))
                .endTable();
        b.heading(1, l.text("disclosure.principle")).paragraph(l.value(d.basicPrinciple()));
        b.heading(1, l.text("disclosure.mechanism")).paragraph(l.value(d.operatingMechanism()));
        b.heading(1, l.text("disclosure.scenarios")).paragraph(l.value(d.applicationScenarios()));
        b.heading(1, l.text("disclosure.purpose")).paragraph(l.value(d.purpose()));
        if (d.publicationMethod() != null && !d.publicationMethod().isBlank()) {
            b.heading(1, l.text("disclosure.publication")).paragraph(l.value(d.publicationMethod()));
        }
        return new DocumentModel(DocumentKind.PUBLIC_DISCLOSURE, l.language(),
                List.of(DocumentNames.algorithmName(dossier, l), l.text("doc.disclosure.title")),
                l.value(dossier.entity().name()).value(), DocumentNames.runningHeader(dossier, l), false, null,
                draftWatermark, b.build());
    }
}
