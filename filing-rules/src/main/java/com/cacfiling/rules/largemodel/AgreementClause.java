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

    /** Whether the text contains the clause: a word of every group in one of its sentences. */
    public boolean isIn(String text) {
        return check(text) == Result.FOUND;
    }

    /** What the check found: the clause, no clause, or (the labelling clause) a sentence refusing to label. */
    public enum Result {
        FOUND, MISSING, REFUSED
    }

    /**
     * The clause's words are looked for within one sentence (a line, or up to 。；！？): found in a walk, a privacy
     * policy that said "输入" of a phone number and "保存" of account data in other paragraphs passed as stating what
     * happens to the user's input. A labelling clause that says the output is not labelled at all is refused, not found
     * (found in the same walk: "本服务不对生成内容添加任何标识" passed as the clause).
     */
    public Result check(String text) {
        if (text == null || text.isBlank()) {
            return Result.MISSING;
        }
        if (refusal(text).isPresent()) {
            return Result.REFUSED;
        }
        return sentences(text).anyMatch(sentence -> words.stream().allMatch(group -> group.stream()
                .anyMatch(sentence::contains))) ? Result.FOUND : Result.MISSING;
    }

    /**
     * For the labelling clause, the sentence (as written) saying generated content is not labelled, if there is one.
     * Not a refusal: the users' duty not to remove labels (不得删除), the implicit label's own definition (不易被感知),
     * labels that do not hinder use (不影响), and content without the explicit label supplied on a user's request
     * (Labelling Measures Art. 9: 申请, 要求).
     */
    public java.util.Optional<String> refusal(String text) {
        if (this != LABELLING || text == null) {
            return java.util.Optional.empty();
        }
        for (String sentence : SENTENCE_END.split(text)) {
            String folded = fold(sentence);
            if (REFUSAL.matcher(folded).find() && NOT_A_REFUSAL.stream().noneMatch(folded::contains)) {
                return java.util.Optional.of(sentence.strip());
            }
        }
        return java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
            "[。；;！!？?\\n\\r]+|\\.\\s+");
    /**
     * A provider saying it does not label: a negation, an act of labelling, then the label ("不对生成内容添加任何标识",
     * "不进行标识", "无需标识", "we do not add any label"). Not "不提供未标识的内容" (no unlabelled content is given), nor
     * "未标识的内容" (content without a label), which speak of unlabelled content, not of not labelling.
     */
    private static final java.util.regex.Pattern REFUSAL = java.util.regex.Pattern.compile(
            "(不|不会|不再|不予|未)((对|在|为)[^，,。]{0,15})?(添加|加注|标注|作出?|做|进行|设置|显示)(任何)?[^，,。]{0,4}?标识(?!的)"
                    + "|(无需|无须|免于|免除)(添加)?标识"
                    + "|(do|does|will|shall) not (add |apply |attach |carry |bear )?(any )?(ai[- ]generated )?label"
                    + "|(is|are|will) not be labell?ed|without any label");
    private static final List<String> NOT_A_REFUSAL = List.of("不得", "删除", "篡改", "不影响", "不易", "申请", "要求",
            "request", "remove", "must not", "shall not remove");

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static java.util.stream.Stream<String> sentences(String text) {
        return SENTENCE_END.splitAsStream(fold(text));
    }
}
