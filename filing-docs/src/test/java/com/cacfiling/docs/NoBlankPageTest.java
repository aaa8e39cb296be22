package com.cacfiling.docs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cacfiling.domain.algorithm.MeasureKind;
import com.cacfiling.domain.algorithm.RiskAssessment;
import com.cacfiling.domain.algorithm.RiskCategory;
import com.cacfiling.domain.algorithm.RiskMeasure;
import com.cacfiling.domain.algorithm.SelfAssessment;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.sample.SampleDossiers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found in a walk: with two risks more, the Chinese report ended on a page with nothing but its header and footer,
 * and the English table of contents put one line on a page of its own. Whatever the content's length, every page
 * of every document holds more than its running header and page number.
 */
class NoBlankPageTest {

    @Test
    void noPageOfAnyDocumentIsEmptyWhateverTheNumberOfRisks() throws Exception {
        List<String> blank = new ArrayList<>();
        for (int extra = 0; extra <= 6; extra++) {
            Dossier dossier = withExtraRisks(extra);
            for (Locale locale : DossierDocuments.LANGUAGES) {
                for (DocumentKind kind : DocumentKind.values()) {
                    byte[] pdf = DossierDocuments.render(kind, DocumentFormat.PDF, dossier, locale,
                            LocalDate.of(2026, 12, 1));
                    String[] pages = Poppler.pdftotext(pdf).split("\f");
                    if (kind == DocumentKind.SELF_ASSESSMENT_REPORT) {
                        // A cover, then the contents on pages of their own, none holding a stray line or two.
                        assertThat(pages[1].replaceAll("\\s+", "")).contains(
                                locale == java.util.Locale.ENGLISH ? "Contents" : "目录");
                        for (int p = 1; p < pages.length; p++) {
                            long entries = pages[p].lines().filter(line -> line.contains(". . .")).count();
                            if (entries > 0 && entries < 3) {
                                blank.add(kind + " " + locale + " with " + extra + " more risks: contents page "
                                        + (p + 1) + " holds " + entries + " entries");
                            }
                        }
                    }
                    for (int p = 0; p < pages.length; p++) {
                        if (pages[p].isBlank() && p == pages.length - 1) {
                            continue; // pdftotext ends with a form feed
                        }
                        String body = pages[p].lines().map(String::strip)
                                .filter(line -> !line.isEmpty() && !line.matches("\\d+\\s*/\\s*\\d+")
                                        && !line.contains("北京灵犀智能科技有限公司 · ") && !line.contains(" · 灵犀"))
                                .reduce("", (a, b) -> a + b);
                        if (body.length() < 20) {
                            blank.add(kind + " " + locale + " with " + extra + " more risks, page " + (p + 1)
                                    + " of " + (pages.length - 1) + ": [" + body + "]");
                        }
                    }
                }
            }
        }
        assertThat(blank).isEmpty();
    }

    /** The report's end moved line by line through a whole page: wherever it falls, no page is left empty. */
    @Test
    void wherever_the_report_ends_on_its_page_no_empty_page_follows() throws Exception {
        List<String> blank = new ArrayList<>();
        for (int lines = 0; lines <= 50; lines++) {
            Dossier dossier = withExtraRisks(2);
            var profile = dossier.filing().algorithm().profile();
            SelfAssessment s = profile.assessment();
            String conclusion = s.conclusion() + "\n风险总体可控。".repeat(lines);
            dossier.filing().algorithm().update(profile.withAssessment(new SelfAssessment(s.flow(), s.scope(),
                    s.servedUsers(), s.userCount(),
                    s.servedCustomers(), s.customerCount(), s.socialImpact(), s.softwareHardware(), s.deploymentLocation(),
                    s.otherDescription(), s.dataDescription(), s.modelDescription(), s.interventionStrategy(),
                    s.resultLabelling(), s.risks(), s.evidence(), s.assessmentDate(), s.reportDate(), conclusion,
                    s.otherMatters())));
            for (Locale locale : DossierDocuments.LANGUAGES) {
                byte[] pdf = DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.PDF,
                        dossier, locale, LocalDate.of(2026, 12, 1), SCREENSHOTS);
                String[] pages = Poppler.pdftotext(pdf).split("\f");
                String images = Poppler.pdfimages(pdf);
                for (int p = 0; p < pages.length - 1; p++) {
                    int page = p + 1;
                    boolean image = images.lines().anyMatch(line -> line.strip().startsWith(page + " "));
                    if (body(pages[p]).length() < 20 && !image) {
                        blank.add(locale + " with " + lines + " more lines: page " + (p + 1));
                    }
                }
            }
        }
        assertThat(blank).isEmpty();
    }

    /** The sample's three screenshots, as a walk uploaded them (640 × 400). */
    private static final java.util.Map<String, byte[]> SCREENSHOTS = java.util.Map.of("ev-label", png(),
            "ev-report", png(), "ev-review", png());

    private static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(640, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static String body(String page) {
        return page.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.matches("\\d+\\s*/\\s*\\d+")
                && !line.contains("北京灵犀智能科技有限公司 · ")).reduce("", (a, b) -> a + b);
    }

    private static Dossier withExtraRisks(int extra) {
        Dossier dossier = SampleDossiers.completeProvider();
        var profile = dossier.filing().algorithm().profile();
        SelfAssessment s = profile.assessment();
        List<RiskAssessment> risks = new ArrayList<>(s.risks());
        for (int i = 0; i < extra; i++) {
            risks.add(new RiskAssessment(RiskCategory.OTHER, "其他风险之" + (i + 1) + "：模型输出可能在特定场景下误导用户作出不当决策，需持续监测。",
                    List.of(new RiskMeasure(MeasureKind.MODEL_SECURITY, "上线前开展专项评测，上线后持续监测并按需调整策略。", List.of()))));
        }
        dossier.filing().algorithm().update(profile.withAssessment(new SelfAssessment(s.flow(), s.scope(),
                s.servedUsers(), s.userCount(),
                s.servedCustomers(), s.customerCount(), s.socialImpact(), s.softwareHardware(), s.deploymentLocation(),
                s.otherDescription(), s.dataDescription(), s.modelDescription(), s.interventionStrategy(),
                s.resultLabelling(), risks, s.evidence(), s.assessmentDate(), s.reportDate(), s.conclusion(),
                s.otherMatters())));
        return dossier;
    }
}
