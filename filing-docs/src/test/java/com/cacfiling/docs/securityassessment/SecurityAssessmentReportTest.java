package com.cacfiling.docs.securityassessment;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.cacfiling.docs.DocumentFormat;
import com.cacfiling.docs.Poppler;
import com.cacfiling.domain.securityassessment.AssessmentTrigger;
import com.cacfiling.domain.securityassessment.Assessor;
import com.cacfiling.domain.securityassessment.MeasureAnswer;
import com.cacfiling.domain.securityassessment.MeasureState;
import com.cacfiling.domain.securityassessment.SecurityAssessment;
import com.cacfiling.domain.securityassessment.SecurityMeasure;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityAssessmentReportTest {

    static SecurityAssessment assessment() {
        Map<SecurityMeasure, MeasureAnswer> measures = new EnumMap<>(SecurityMeasure.class);
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            measures.put(measure, new MeasureAnswer(MeasureState.IN_PLACE, "措施说明-" + measure.ordinal(), null));
        }
        measures.put(SecurityMeasure.COMPLAINTS, new MeasureAnswer(MeasureState.PARTLY, "已开通举报邮箱",
                "2027年1月31日前在首页公布举报电话"));
        return new SecurityAssessment("面向境内公众的对话问答服务", "自建 GPU 集群 64 卡", "北京亦庄机房",
                "ICP 备案京ICP备2026000001号", Set.of(AssessmentTrigger.LAUNCH, AssessmentTrigger.USER_GROWTH),
                Assessor.THIRD_PARTY, "北京某测评中心", LocalDate.of(2026, 11, 20), measures, "总体风险可控。", null,
                null, null, null);
    }

    @Test
    void thePdfHasTheFourPartsOfArticleSixEachMeasureAndTheRemedyWhereOneFallsShort() throws Exception {
        SecurityAssessmentReport.Input input = new SecurityAssessmentReport.Input("北京灵犀智能科技有限公司", "灵犀对话",
                assessment(), true, 2);
        String text = Poppler.pdftotext(SecurityAssessmentReport.render(input, DocumentFormat.PDF,
                Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", "");
        assertThat(text).contains("具有舆论属性或社会动员能力的互联网信息服务安全评估报告", "北京灵犀智能科技有限公司",
                "一、基本情况", "北京亦庄机房", "ICP备案京ICP备2026000001号", "委托第三方评估：北京某测评中心",
                "三、安全评估各项措施的落实情况和效果", "（六）投诉、举报制度", "部分落实",
                "2027年1月31日前在首页公布举报电话", "四、安全评估结论", "总体风险可控。", "五、其他应当说明的情况", "无。",
                "2026年11月20日", "安全评估负责人", "评估轮次第2轮");
        for (SecurityMeasure measure : SecurityMeasure.values()) {
            if (measure != SecurityMeasure.COMPLAINTS) {
                assertThat(text).contains("措施说明-" + measure.ordinal());
            }
        }
        // A measure in place has no remedy row: the remedy is asked only where it falls short.
        assertThat(text.split("整改措施及完成时间", -1)).hasSize(2);
        assertThat(text).doesNotContain("草稿");
    }

    @Test
    void aReportWithErrorsIsADraftAndMissingPartsArePlaceholdersInBothFormatsAndLanguages() throws Exception {
        SecurityAssessmentReport.Input input = new SecurityAssessmentReport.Input("北京灵犀智能科技有限公司", "灵犀对话",
                SecurityAssessment.empty(), false, 1);
        String zh = Poppler.pdftotext(SecurityAssessmentReport.render(input, DocumentFormat.PDF,
                Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", "");
        assertThat(zh).contains("草稿", "【待填】");
        byte[] docx = SecurityAssessmentReport.render(input, DocumentFormat.DOCX, Locale.ENGLISH);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String en = extractor.getText();
            assertThat(en).contains("Security Assessment Report", "1. Basic facts",
                    "Complaints and reports: a system, published channels, timely handling", "Conclusion of the assessment");
            assertThat(en).doesNotContain("securityAssessment.", "IN_PLACE");
            // The draft's watermark is light grey, not POI's solid black over the text.
            String headers = document.getHeaderList().stream().map(h -> h._getHdrFtr().xmlText())
                    .collect(java.util.stream.Collectors.joining());
            assertThat(headers).contains("fillcolor=\"#d9d9d9\"").doesNotContain("fillcolor=\"black\"");
        }
    }
}
