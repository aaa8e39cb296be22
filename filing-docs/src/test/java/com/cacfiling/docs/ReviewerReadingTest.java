package com.cacfiling.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents as a CAC reviewer reads them (issue 15): the text the PDF reader extracts from the demo filing's
 * documents, in both languages.
 */
class ReviewerReadingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static String pdf(DocumentKind kind, Dossier dossier, Locale locale) throws Exception {
        return Poppler.pdftotext(DossierDocuments.render(kind, DocumentFormat.PDF, dossier, locale, TODAY));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theBasicSituationSummarisesTheFilingInsteadOfRepeatingTheIntroduction() throws Exception {
        Dossier dossier = SampleDossiers.completeProvider();
        String introduction = dossier.filing().algorithm().profile().details().introduction().text();
        String zh = flat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.SIMPLIFIED_CHINESE));
        // The introduction appears once (in the table of the assessed algorithm), no longer also as 算法基本情况.
        assertThat(zh.split(java.util.regex.Pattern.quote(flat(introduction)), -1)).hasSize(2);
        assertThat(zh).contains("算法基本情况灵犀对话生成算法为生成合成类（深度合成）算法，应用于通用问答、办公助手");
    }

    @Test
    void anOtherApplicationAreaIsNamedAsTheFilerWroteIt() throws Exception {
        Dossier dossier = SampleDossiers.completeProvider();
        AlgorithmBasics basics = dossier.filing().algorithm().profile().basics();
        dossier.filing().algorithm().update(dossier.filing().algorithm().profile().withBasics(new AlgorithmBasics(
                basics.algorithmType(), basics.name(), basics.launchDate(), List.of("CONTENT_CREATION", "OTHER"),
                "法律文书辅助")));
        String zh = flat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.SIMPLIFIED_CHINESE));
        assertThat(zh).contains("其他（法律文书辅助）");
        assertThat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.ENGLISH).replaceAll("\\s+", " "))
                .contains("Other (法律文书辅助)");
        byte[] docx = DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.DOCX, dossier,
                Locale.SIMPLIFIED_CHINESE, TODAY);
        try (var word = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
            assertThat(flat(word.getText())).contains("其他（法律文书辅助）");
        }
    }

    @Test
    void theUserCountCarriesItsUnit() throws Exception {
        Dossier dossier = SampleDossiers.completeProvider();
        assertThat(flat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.SIMPLIFIED_CHINESE)))
                .contains("1,200,000人").doesNotContain("1200000");
        assertThat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.ENGLISH)).contains("1,200,000 users");
    }

    /**
     * Found in two walks: a service launching on 15 December was reported with 1,200,000 users as a fact, and the
     * warning asking to say it is a forecast could not be cleared. Before the launch the count is the forecast.
     */
    @Test
    void beforeTheLaunchTheUserCountIsTheExpectedOne() throws Exception {
        Dossier dossier = SampleDossiers.completeProvider();
        String planned = flat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.SIMPLIFIED_CHINESE));
        assertThat(planned).contains("拟于2026年12月15日上线", "预计服务用户数量1,200,000人",
                "用户数量1,200,000人（预计，服务尚未上线）");
        assertThat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.ENGLISH).replaceAll("\\s+", " "))
                .contains("with an expected 1,200,000 users");
        // A report dated after the launch (the report speaks as of its own date, not the day of the download).
        var s = dossier.filing().algorithm().profile().assessment();
        dossier.filing().algorithm().update(dossier.filing().algorithm().profile().withAssessment(
                new com.cacfiling.domain.algorithm.SelfAssessment(s.flow(), s.scope(), s.servedUsers(), s.userCount(),
                        s.servedCustomers(), s.customerCount(), s.socialImpact(), s.softwareHardware(),
                        s.deploymentLocation(), s.otherDescription(), s.dataDescription(), s.modelDescription(),
                        s.interventionStrategy(), s.resultLabelling(), s.risks(), s.evidence(), s.assessmentDate(),
                        LocalDate.of(2026, 12, 18), s.conclusion(), s.otherMatters())));
        String launched = flat(Poppler.pdftotext(DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT,
                DocumentFormat.PDF, dossier, Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 12, 20))));
        assertThat(launched).contains("服务用户数量1,200,000人").doesNotContain("预计");
    }

    @Test
    void chapterFourKeepsEachRiskWithItsOwnMeasures() throws Exception {
        String zh = flat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, SampleDossiers.completeProvider(),
                Locale.SIMPLIFIED_CHINESE));
        String chapter4 = zh.substring(zh.lastIndexOf("四、风险防范措施"), zh.lastIndexOf("五、评估结论"));
        // In the header table's order of categories, numbered as chapter 一 numbers its sections.
        int abuse = chapter4.indexOf("（一）针对算法滥用风险的措施");
        int harmful = chapter4.indexOf("（四）针对违法和不良信息生成、存储与传播风险的措施");
        int leakage = chapter4.indexOf("（五）针对数据与用户信息泄露风险的措施");
        assertThat(List.of(abuse, harmful, leakage)).allMatch(i -> i >= 0).isSorted();
        // The labelling measure answers abuse, the report entry answers harmful information: each under its risk.
        int labelling = chapter4.indexOf("【生成内容标识】生成内容添加显式和隐式标识。");
        int reporting = chapter4.indexOf("【用户权益保护】提供举报入口，24小时内处理。");
        assertThat(labelling).isBetween(abuse, harmful);
        assertThat(reporting).isBetween(harmful, leakage);
    }

    /**
     * Found in two walks: categories nobody described read "未识别" (not identified), a claim the filer never made,
     * and the chapters followed the order of entry while the header table followed the template's.
     */
    @Test
    void aRiskCategoryNotDescribedIsToBeFilledAndTheChaptersFollowTheTablesOrder() throws Exception {
        Dossier provider = SampleDossiers.completeProvider();
        var profile = provider.filing().algorithm().profile();
        var s = profile.assessment();
        // Entered leakage first, then harmful information; abuse, exploitation and vulnerability not described.
        List<com.cacfiling.domain.algorithm.RiskAssessment> entered = List.of(s.risks().get(4), s.risks().get(3));
        provider.filing().algorithm().update(profile.withAssessment(new com.cacfiling.domain.algorithm.SelfAssessment(
                s.flow(), s.scope(), s.servedUsers(), s.userCount(),
                s.servedCustomers(), s.customerCount(), s.socialImpact(), s.softwareHardware(),
                s.deploymentLocation(), s.otherDescription(), s.dataDescription(), s.modelDescription(),
                s.interventionStrategy(), s.resultLabelling(), entered, s.evidence(), s.assessmentDate(),
                s.reportDate(), s.conclusion(), s.otherMatters())));
        String zh = flat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, provider, Locale.SIMPLIFIED_CHINESE));
        assertThat(zh).doesNotContain("未识别").contains("算法滥用风险【待填】", "恶意利用风险【待填】",
                "算法漏洞风险【待填】", "其他风险无");
        String chapter3 = zh.substring(zh.lastIndexOf("三、风险分析"), zh.lastIndexOf("四、风险防范措施"));
        assertThat(chapter3.indexOf("违法和不良信息")).isLessThan(chapter3.indexOf("数据与用户信息泄露"));
        String chapter4 = zh.substring(zh.lastIndexOf("四、风险防范措施"), zh.lastIndexOf("五、评估结论"));
        assertThat(chapter4).contains("（一）针对违法和不良信息生成、存储与传播风险的措施",
                "（二）针对数据与用户信息泄露风险的措施");
        assertThat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, provider, Locale.ENGLISH))
                .doesNotContain("None identified").contains("(1) Measures against");
    }

    @Test
    void theResponsibilityTableIsTheEntitysNotAnAlgorithms() throws Exception {
        Dossier dossier = SampleDossiers.completeProvider();
        for (Locale locale : DossierDocuments.LANGUAGES) {
            assertThat(pdf(DocumentKind.RESPONSIBILITY_TABLE, dossier, locale)).doesNotContain("灵犀对话生成算法")
                    .contains("北京灵犀智能科技有限公司");
        }
        assertThat(DossierDocuments.fileName(DocumentKind.RESPONSIBILITY_TABLE, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("落实算法安全主体责任基本情况-北京灵犀智能科技有限公司.pdf");
    }

    @Test
    void theCommitmentLetterIsAFormalLetterCitingTheGenerativeAndLabellingMeasures() throws Exception {
        Dossier generative = SampleDossiers.completeProvider();
        String zh = pdf(DocumentKind.COMMITMENT_LETTER, generative, Locale.SIMPLIFIED_CHINESE);
        String text = flat(zh);
        int title = text.indexOf("算法备案承诺书");
        int addressee = text.indexOf("国家互联网信息办公室：");
        int body = text.indexOf("郑重承诺如下");
        int signature = text.indexOf("承诺单位：北京灵犀智能科技有限公司");
        int seal = text.indexOf("（单位盖章）");
        int date = text.indexOf("____年____月____日");
        assertThat(List.of(title, addressee, body, signature, seal, date)).allMatch(i -> i >= 0).isSorted();
        assertThat(text).contains("《生成式人工智能服务管理暂行办法》", "《人工智能生成合成内容标识办法》", "GB45438-2025",
                "六、本单位将按照");
        String en = pdf(DocumentKind.COMMITMENT_LETTER, generative, Locale.ENGLISH);
        assertThat(flat(en)).contains(flat("Interim Measures for Generative AI Services"),
                flat("Labelling Measures for AI-Generated Content"));

        Dossier ranking = SampleDossiers.completeProvider();
        ranking.filing().algorithm().update(ranking.filing().algorithm().profile().withBasics(new AlgorithmBasics(
                "SORTING_SELECTION", "灵犀对话生成算法", LocalDate.of(2026, 12, 15), List.of("GENERAL_QA"), null)));
        String plain = flat(pdf(DocumentKind.COMMITMENT_LETTER, ranking, Locale.SIMPLIFIED_CHINESE));
        assertThat(plain).doesNotContain("《生成式人工智能服务管理暂行办法》").doesNotContain("六、");
    }

    @Test
    void aRecommendationAlgorithmsReportAsksNoGenerativeSynthesisQuestionWhateverTheyStillHold() throws Exception {
        Dossier generative = SampleDossiers.completeProvider();
        assertThat(flat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, generative, Locale.SIMPLIFIED_CHINESE)))
                .contains("生成合成算法类型", "是否对生成内容添加隐式标识", "生成合成虚假信息辟谣机制", "（五）结果标识");
        // The type changed after the generative questions were answered: their answers stay stored, unprinted.
        Dossier push = SampleDossiers.completeProvider();
        var profile = push.filing().algorithm().profile();
        push.filing().algorithm().update(profile.withBasics(new AlgorithmBasics("PERSONALISED_PUSH",
                "灵犀对话生成算法", LocalDate.of(2026, 12, 15), List.of("NEWS_INFORMATION"), null))
                .withDetails(new com.cacfiling.domain.algorithm.AlgorithmDetails(profile.details().introduction(),
                        List.of("FEED_RECOMMENDATION"), null, profile.details().data(), profile.details().model(),
                        profile.details().strategy(), profile.details().riskPrevention())));
        var s = push.filing().algorithm().profile().assessment();
        push.filing().algorithm().update(push.filing().algorithm().profile().withAssessment(new com.cacfiling.domain.algorithm.SelfAssessment(
                s.flow(), s.scope(), s.servedUsers(), s.userCount(),
                s.servedCustomers(), s.customerCount(), s.socialImpact(), s.softwareHardware(),
                s.deploymentLocation(), s.otherDescription(), s.dataDescription(), s.modelDescription(),
                s.interventionStrategy(), null, s.risks(), s.evidence(), s.assessmentDate(), s.reportDate(),
                s.conclusion(), s.otherMatters())));
        String report = flat(pdf(DocumentKind.SELF_ASSESSMENT_REPORT, push, Locale.SIMPLIFIED_CHINESE));
        assertThat(report).contains("个性化推送类", "信息流内容推荐").doesNotContain("生成合成算法类型")
                .doesNotContain("是否对生成内容添加隐式标识").doesNotContain("生成合成虚假信息辟谣机制")
                .doesNotContain("（五）结果标识");
    }

    @Test
    void theSignatureBlockIsRightAlignedWithASealAreaInTheDocx() throws Exception {
        byte[] docx = DossierDocuments.render(DocumentKind.COMMITMENT_LETTER, DocumentFormat.DOCX,
                SampleDossiers.completeProvider(), Locale.SIMPLIFIED_CHINESE, TODAY);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var paragraphs = document.getParagraphs();
            assertThat(paragraphs).filteredOn(p -> p.getText().startsWith("承诺单位：")).singleElement()
                    .satisfies(p -> assertThat(p.getAlignment())
                            .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p.getText()).isEqualTo("（单位盖章）"));
            assertThat(paragraphs).filteredOn(p -> p.getText().startsWith("一、")).singleElement()
                    .satisfies(p -> assertThat(p.getIndentationFirstLine()).isPositive());
        }
    }
}
