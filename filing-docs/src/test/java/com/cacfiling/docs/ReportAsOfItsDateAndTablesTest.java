package com.cacfiling.docs;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.cacfiling.domain.algorithm.AlgorithmBasics;
import com.cacfiling.domain.algorithm.EvidenceItem;
import com.cacfiling.domain.algorithm.FlowStep;
import com.cacfiling.domain.algorithm.FlowStepKind;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.sample.SampleDossiers;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two defects of the self-assessment report found in a domain expert's walk: the launch status was computed from
 * the day of the download, not the report's own date, and the short columns of its tables broke their words.
 */
class ReportAsOfItsDateAndTablesTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 11, 30);

    /** The sample filing launching on {@link #LAUNCH}, its report dated {@code reportDate} (null: undated). */
    private static Dossier launchingOn30November(LocalDate reportDate) {
        Dossier dossier = SampleDossiers.completeProvider();
        var profile = dossier.filing().algorithm().profile();
        AlgorithmBasics b = profile.basics();
        dossier.filing().algorithm().update(profile.withBasics(new AlgorithmBasics(b.algorithmType(), b.name(),
                LAUNCH, b.applicationAreas(), b.applicationAreasOther())));
        return withAssessment(dossier, null, null, reportDate);
    }

    private static Dossier withAssessment(Dossier dossier, List<FlowStep> flow, List<EvidenceItem> evidence,
            LocalDate reportDate) {
        var profile = dossier.filing().algorithm().profile();
        SelfAssessment s = profile.assessment();
        dossier.filing().algorithm().update(profile.withAssessment(new SelfAssessment(flow == null ? s.flow() : flow,
                s.scope(), s.servedUsers(), s.userCount(), s.servedCustomers(), s.customerCount(), s.socialImpact(),
                s.softwareHardware(), s.deploymentLocation(), s.otherDescription(), s.dataDescription(),
                s.modelDescription(), s.interventionStrategy(), s.resultLabelling(), s.risks(),
                evidence == null ? s.evidence() : evidence, s.assessmentDate(), reportDate, s.conclusion(),
                s.otherMatters())));
        return dossier;
    }

    private static String pdfText(Dossier dossier, Locale locale, LocalDate today) throws Exception {
        return flat(Poppler.pdftotext(DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT,
                DocumentFormat.PDF, dossier, locale, today)));
    }

    private static String docxText(Dossier dossier, Locale locale, LocalDate today) throws Exception {
        byte[] docx = DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.DOCX, dossier,
                locale, today);
        try (var word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return flat(word.getText());
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * Found in a walk: dated 25 November, downloaded on 5 December, the report said "已上线 2026年11月30日" of a
     * launch five days after its own date. It speaks as of its date, in the PDF and the DOCX alike.
     */
    @Test
    void aLaunchAfterTheReportDateIsPlannedWhateverDayTheReportIsDownloaded() throws Exception {
        Dossier dossier = launchingOn30November(LocalDate.of(2026, 11, 25));
        LocalDate downloaded = LocalDate.of(2026, 12, 5);
        for (String text : List.of(pdfText(dossier, Locale.SIMPLIFIED_CHINESE, downloaded),
                docxText(dossier, Locale.SIMPLIFIED_CHINESE, downloaded))) {
            assertThat(text).contains("报告时间2026年11月25日", "拟上线2026年11月30日", "拟于2026年11月30日上线",
                    "预计服务用户数量1,200,000人", "1,200,000人（预计，服务尚未上线）").doesNotContain("已上线", "已于");
        }
        for (String text : List.of(pdfText(dossier, Locale.ENGLISH, downloaded),
                docxText(dossier, Locale.ENGLISH, downloaded))) {
            assertThat(text).contains(flat("Planned 30 November 2026"), flat("planned to launch on 30 November 2026"))
                    .doesNotContain("Launched").doesNotContain(flat("launched on"));
        }
    }

    /** A launch on or before the report's date has happened, even when the report is downloaded earlier. */
    @Test
    void aLaunchOnOrBeforeTheReportDateHasHappened() throws Exception {
        Dossier dossier = launchingOn30November(LAUNCH);
        LocalDate downloaded = LocalDate.of(2026, 11, 29);
        for (String text : List.of(pdfText(dossier, Locale.SIMPLIFIED_CHINESE, downloaded),
                docxText(dossier, Locale.SIMPLIFIED_CHINESE, downloaded))) {
            assertThat(text).contains("已上线2026年11月30日", "已于2026年11月30日上线", "服务用户数量1,200,000人")
                    .doesNotContain("拟上线").doesNotContain("预计");
        }
    }

    /** A report not dated yet speaks as of the day it is generated. */
    @Test
    void anUndatedReportSpeaksAsOfToday() throws Exception {
        Dossier dossier = launchingOn30November(null);
        assertThat(pdfText(dossier, Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 11, 29)))
                .contains("拟上线2026年11月30日").doesNotContain("已上线");
        assertThat(docxText(dossier, Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 12, 5)))
                .contains("已上线2026年11月30日").doesNotContain("拟上线");
    }

    private static final String LONG = "对用户输入进行敏感词过滤、意图识别和风险分级，命中高风险意图时拒绝回答并引导用户，"
            + "同时记录命中规则编号以便复核和持续优化规则库。";

    /** The sample filing with long descriptions and titles: they took the width and squeezed the short columns. */
    private static Dossier longTexts() {
        Dossier dossier = SampleDossiers.completeProvider();
        List<FlowStep> flow = Arrays.stream(FlowStepKind.values())
                .map(kind -> new FlowStep("大语言模型生成回答", kind, LONG + LONG)).toList();
        List<EvidenceItem> evidence = new ArrayList<>();
        for (EvidenceItem e : dossier.filing().algorithm().profile().assessment().evidence()) {
            evidence.add(new EvidenceItem(e.id(), e.title() + "（含审核平台后台配置页面与处理记录的完整截图说明材料）",
                    e.kind(), "evidence-screenshot-of-the-content-review-platform-" + e.fileName(), e.contentType(),
                    e.sizeBytes(), e.sha256()));
        }
        return withAssessment(dossier, flow, evidence, dossier.filing().algorithm().profile().assessment()
                .reportDate());
    }

    /**
     * Found in a walk: beside a long description the flow table's 类型 column was one character wide, "模型" broke
     * into "模/型" and "序号" into "序/号", "Model" into "Mode/l". Each short column fits its widest label on one
     * line: a row of the laid-out text holds the number, the whole name and the whole kind.
     */
    @Test
    void theFlowAndEvidenceTablesKeepTheirShortColumnsWhole() throws Exception {
        Dossier dossier = longTexts();
        String zh = Poppler.pdftotextLayout(DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT,
                DocumentFormat.PDF, dossier, Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 12, 1)));
        assertThat(zh).containsPattern("序号\\s+环节\\s+类型\\s+说明");
        List<String> kinds = List.of("规则", "模型", "人工审核", "标识", "日志留存");
        for (int i = 0; i < kinds.size(); i++) {
            assertThat(zh).containsPattern("(?m)^\\s*" + (i + 1) + "\\s+大语言模型生成回答\\s+" + kinds.get(i) + "\\s+对用户");
        }
        assertThat(zh).containsPattern("序号\\s+名称\\s+类型\\s+文件")
                .containsPattern("(?m)^\\s*1\\s+生成内容显式标识截图\\S*\\s+截图\\s+evidence-");
        String en = Poppler.pdftotextLayout(DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT,
                DocumentFormat.PDF, dossier, Locale.ENGLISH, LocalDate.of(2026, 12, 1)));
        assertThat(en).containsPattern("No\\.\\s+Step\\s+Kind\\s+Description");
        List<String> english = List.of("Rule", "Model", "Human review", "Labelling", "Logging");
        for (int i = 0; i < english.size(); i++) {
            assertThat(en).containsPattern("(?m)^\\s*" + (i + 1) + "\\s+大语言模型生成回答\\s+" + english.get(i)
                    + "\\s+对用户");
        }
        assertThat(en).containsPattern("No\\.\\s+Title\\s+Kind\\s+File")
                .containsPattern("(?m)^\\s*1\\s+生成内容显式标识截图\\S*\\s+Screenshot\\s+evidence-");
    }

    /** The DOCX gives the same columns a width of their own in every row, so Word's autofit cannot squeeze them. */
    @Test
    void theDocxFixesTheShortColumnsWidths() throws Exception {
        byte[] docx = DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.DOCX, longTexts(),
                Locale.ENGLISH, LocalDate.of(2026, 12, 1));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable flow = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("No.")
                            && t.getRow(0).getCell(1).getText().equals("Step"))
                    .findFirst().orElseThrow();
            for (var row : flow.getRows()) {
                // "Human review" at 10.5 pt in bold is about 70 pt (1,400 twips) wide, plus the cell's margins.
                assertThat(row.getCell(2).getWidth()).isBetween(1400, 2400);
                assertThat(row.getCell(0).getWidth()).isPositive();
            }
        }
    }
}
