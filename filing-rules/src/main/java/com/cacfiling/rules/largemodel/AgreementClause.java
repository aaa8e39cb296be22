package com.cacfiling.rules.largemodel;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import com.cacfiling.rules.LegalBasis;
import com.cacfiling.rules.Regulation;

/**
 * A clause the service agreement (模型服务协议) or the privacy policy must contain, recognised by its words: every
 * group of alternatives must occur (the labelling clause needs a word for "label" and one for AI-generated). This is a
 * screen for a clause's presence, not a legal review of its wording; the check says which clause it did not find.
 */
public enum AgreementClause {
    /** Labelling Measures Art. 8: the agreement states the labelling method and style. */
    LABELLING(Document.SERVICE_AGREEMENT, LegalBasis.of(Regulation.LABELLING_MEASURES, "第八条"),
            List.of(List.of("标识", "label"), List.of("人工智能", "生成", "合成", "aigc", "ai-generated", "artificial intelligence"))),
    /** Interim Measures Art. 9: a service agreement setting out both sides' rights and obligations. */
    RIGHTS_AND_OBLIGATIONS(Document.SERVICE_AGREEMENT, LegalBasis.of(Regulation.GENERATIVE_AI_MEASURES, "第九条"),
            List.of(List.of("权利", "rights"), List.of("义务", "obligations"))),
    /** Interim Measures Art. 10: measures against minors' over-reliance. */
    MINORS(Document.SERVICE_AGREEMENT, LegalBasis.of(Regulation.GENERATIVE_AI_MEASURES, "第十条"),
            List.of(List.of("未成年", "minor"))),
    /** Interim Measures Art. 15: a channel for complaints and reports. */
    COMPLAINTS(Document.SERVICE_AGREEMENT, LegalBasis.of(Regulation.GENERATIVE_AI_MEASURES, "第十五条"),
            List.of(List.of("投诉", "举报", "complaint", "report"))),
    /**
     * Which personal information the service processes (PIPL Art. 17: its kinds). The word 个人信息 alone is in every
     * privacy policy, and the check said "found" for one that listed nothing: a word for collecting or kinds is asked
     * too ("我们收集的个人信息包括…", "the categories of personal information we collect"), or the PIPL's own word
     * for it as a heading does ("我们处理的个人信息", found in a walk: refused).
     */
    PERSONAL_INFORMATION(Document.PRIVACY_POLICY,
            LegalBasis.of(Regulation.PERSONAL_INFORMATION_PROTECTION_LAW, "第十七条"),
            List.of(List.of("个人信息", "personal information"),
                    List.of("收集", "种类", "类型", "包括", "处理的", "collect", "categor", "kinds", "types", "includ",
                            "we process"))),
    /**
     * Interim Measures Art. 11: what happens to the user's input (kept, used for training); the input also as the
     * conversation or prompts ("对话内容保存 6 个月，不用于模型训练", found in a walk: refused).
     */
    USER_INPUT(Document.PRIVACY_POLICY, LegalBasis.of(Regulation.GENERATIVE_AI_MEASURES, "第十一条"),
            List.of(List.of("输入", "对话", "提问", "input", "conversation", "prompt", "chat"),
                    List.of("训练", "保存", "存储", "training", "retain", "store"))),
    /** The user's rights to see, copy, correct and delete, and how to use them. */
    DATA_SUBJECT_RIGHTS(Document.PRIVACY_POLICY,
            LegalBasis.of(Regulation.PERSONAL_INFORMATION_PROTECTION_LAW, "第四十四条"),
            List.of(List.of("查阅", "复制", "更正", "删除", "access", "correct", "delete"))),
    /** How to reach the personal-information handler. */
    CONTACT(Document.PRIVACY_POLICY, LegalBasis.of(Regulation.PERSONAL_INFORMATION_PROTECTION_LAW, "第十七条"),
            List.of(List.of("联系", "contact")));

    /** The two texts checked. */
    public enum Document {
        SERVICE_AGREEMENT("model.agreements.serviceAgreement"),
        PRIVACY_POLICY("model.agreements.privacyPolicy");

        private final String path;

        Document(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    private final Document document;
    private final LegalBasis basis;
    private final List<List<String>> words;

    AgreementClause(Document document, LegalBasis basis, List<List<String>> words) {
        this.document = document;
        this.basis = basis;
        this.words = words;
    }

    public Document document() {
        return document;
    }

    public LegalBasis basis() {
        return basis;
    }

    /** Whether the text contains the clause: a word of every group. */
    public boolean isIn(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(group -> group.stream().anyMatch(folded::contains));
    }
}
