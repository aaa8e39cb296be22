package com.cacfiling.docs.build;

import java.util.List;

import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.domain.dossier.Dossier;

/** 算法备案承诺书: the truthfulness commitment, with blanks for signature and seal. */
public final class CommitmentLetterBuilder {

    private CommitmentLetterBuilder() {
    }

    public static DocumentModel build(Dossier dossier, Labels l, String draftWatermark) {
        String entity = l.value(dossier.entity().name()).value();
        String algorithm = DocumentNames.algorithmName(dossier, l);
        Blocks b = new Blocks();
        b.paragraph(l.text("commitment.addressee"))
                .paragraph(l.text("commitment.intro", entity, algorithm, l.text("role." + dossier.filing().role())));
        for (int i = 1; i <= 5; i++) {
            b.paragraph(l.text("commitment.item" + i));
        }
        b.paragraph(l.text("commitment.closing"));
        b.add(new Block.Signature(List.of(l.text("commitment.sign.entity", entity), l.text("commitment.sign.legal"),
                l.text("commitment.sign.seal"), l.text("commitment.sign.date"))));
        return new DocumentModel(DocumentKind.COMMITMENT_LETTER, l.language(), List.of(l.text("doc.commitment.title")),
                null, DocumentNames.runningHeader(dossier, l), false, null, draftWatermark, b.build());
    }
}
