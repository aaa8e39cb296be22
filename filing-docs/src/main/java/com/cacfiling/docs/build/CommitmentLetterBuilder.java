package com.cacfiling.docs.build;

import java.util.ArrayList;
import java.util.List;

import com.cacfiling.docs.DocumentKind;
import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.docs.model.Text;
import com.cacfiling.domain.algorithm.AlgorithmTypes;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.FilingRole;

/**
 * 算法备案承诺书 as a formal letter (公文 layout): the title, the addressee on its own line, the body in indented
 * paragraphs, and the signature block at the right with the area for the seal over the date. A generative-synthesis
 * service also commits to the Interim Measures for Generative AI Services and to labelling its content under the
 * Labelling Measures (with GB 45438-2025), which are the rules its filing is reviewed against.
 */
public final class CommitmentLetterBuilder {

    private static final int ITEMS = 5;

    private CommitmentLetterBuilder() {
    }

    public static DocumentModel build(Dossier dossier, Labels l, String draftWatermark) {
        String entity = l.value(dossier.entity().name()).value();
        String algorithm = DocumentNames.algorithmName(dossier, l);
        boolean generative = AlgorithmTypes.isGenerativeSynthesis(
                dossier.filing().algorithm().profile().basics().algorithmType());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Addressee(l.text("commitment.addressee")));
        // A change's letter says it applies for the change of the filing it names (found in a walk: it read as a
        // first filing).
        String role = l.text("commitment.role." + dossier.filing().role());
        var previous = dossier.filing().previousFilingNumber();
        String intro = dossier.filing().kind() != com.cacfiling.domain.filing.FilingKind.CHANGE
                ? l.text("commitment.intro", entity, algorithm, role)
                : previous == null ? l.text("commitment.intro.change", entity, algorithm, role)
                : l.text("commitment.intro.changeOf", entity, algorithm, role, previous.value());
        blocks.add(new Block.LetterParagraph(Text.of(intro)));
        // A technical supporter neither shows a filing number on a service (a provider's duty, ARP Art. 26) nor, but
        // for deep synthesis, is bound by Art. 24's periods (found in a walk: its letter promised both).
        boolean supporter = dossier.filing().role() == FilingRole.TECHNICAL_SUPPORTER;
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            if (generative && i == 3) {
                items.add(l.text("commitment.item3.generative"));
            }
            else if (supporter && !generative && i == 4) {
                items.add(l.text("commitment.item4.noPeriod"));
            }
            else if (!(supporter && i == 5)) {
                items.add(l.text("commitment.item" + i));
            }
        }
        if (generative) {
            items.add(l.text("commitment.item.labelling"));
        }
        for (int i = 0; i < items.size(); i++) {
            blocks.add(new Block.LetterParagraph(Text.of(l.text("commitment.number." + (i + 1)) + items.get(i))));
        }
        blocks.add(new Block.LetterParagraph(Text.of(l.text("commitment.closing"))));
        blocks.add(new Block.SealedSignature(List.of(l.text("commitment.sign.entity", entity),
                l.text("commitment.sign.legal")), l.text("commitment.sign.seal"), l.text("commitment.sign.date")));
        return new DocumentModel(DocumentKind.COMMITMENT_LETTER, l.language(), List.of(l.text("doc.commitment.title")),
                null, DocumentNames.runningHeader(dossier, l), false, null, draftWatermark, blocks,
                dossier.entity().name());
    }
}
