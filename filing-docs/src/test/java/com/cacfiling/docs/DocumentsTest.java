package com.cacfiling.docs;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.cacfiling.docs.model.Block;
import com.cacfiling.docs.model.DocumentModel;
import com.cacfiling.domain.algorithm.Algorithm;
import com.cacfiling.domain.algorithm.AlgorithmId;
import com.cacfiling.domain.algorithm.AlgorithmProfile;
import com.cacfiling.domain.company.EntityProfile;
import com.cacfiling.domain.dossier.Dossier;
import com.cacfiling.domain.filing.Actor;
import com.cacfiling.domain.filing.DualRoleFilings;
import com.cacfiling.domain.filing.Filing;
import com.cacfiling.domain.filing.FilingId;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.sample.SampleDossiers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** A real PNG (a red and blue image) as an officer would upload it. */
    static byte[] png(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? 0xCC2222 : 0x2244CC);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String pdfText(DocumentKind kind, Dossier dossier, Locale locale) throws Exception {
        return Poppler.pdftotext(DossierDocuments.render(kind, DocumentFormat.PDF, dossier, locale, TODAY));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyHeadingAndKeyValueIsInThePdfTextInBothLanguages(DocumentKind kind) throws Exception {
        Dossier dossier = SampleDossiers.completeProvider();
        for (Locale locale : DossierDocuments.LANGUAGES) {
            DocumentModel model = DossierDocuments.model(kind, dossier, locale, TODAY);
            String text = Poppler.pdftotext(DossierDocuments.render(model, DocumentFormat.PDF));
            String flat = text.replaceAll("\\s+", "");
            for (Block.Heading heading : model.blocks().stream().filter(Block.Heading.class::isInstance)
                    .map(Block.Heading.class::cast).toList()) {
                assertThat(flat).as(kind + " " + locale + " heading").contains(heading.text().replaceAll("\\s+", ""));
            }
            for (String title : model.titleLines()) {
                assertThat(flat).contains(title.replaceAll("\\s+", ""));
            }
            assertThat(flat).contains("北京灵犀智能科技有限公司");
            assertThat(text).doesNotContainPattern("[\\x{2E80}-\\x{2FDF}]");
        }
    }

    @Test
    void aChangesReportCitesTheFilingItChangesAndWhenTheChangeTookEffect() throws Exception {
        Dossier provider = SampleDossiers.completeProvider();
        com.cacfiling.domain.filing.Filing approved = provider.filing();
        com.cacfiling.domain.filing.Actor actor = new com.cacfiling.domain.filing.Actor("officer",
                java.time.Instant.parse("2026-01-05T02:00:00Z"));
        approved.submitForReview(actor);
        approved.markReady(actor);
        approved.recordSubmission(actor, LocalDate.of(2026, 1, 6));
        approved.recordApproval(actor, new com.cacfiling.domain.identifiers.FilingNumber(
                "网信算备110108123456701230011号"), LocalDate.of(2026, 3, 2));
        com.cacfiling.domain.filing.Filing change = approved.startChange(com.cacfiling.domain.filing.FilingId.random(),
                com.cacfiling.domain.algorithm.AlgorithmId.random(), approved.formVersion(), actor,
                LocalDate.of(2026, 5, 11));
        // A change starts undated; its officer dates the new assessment.
        var s = change.algorithm().profile().assessment();
        change.algorithm().update(change.algorithm().profile().withAssessment(
                new com.cacfiling.domain.algorithm.SelfAssessment(s.flow(), s.scope(), s.servedUsers(), s.userCount(),
                        s.servedCustomers(), s.customerCount(),
                        s.socialImpact(), s.softwareHardware(), s.deploymentLocation(), s.otherDescription(),
                        s.dataDescription(), s.modelDescription(), s.interventionStrategy(), s.resultLabelling(),
                        s.risks(), s.evidence(), LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 13),
                        s.conclusion(), s.otherMatters())));
        Dossier dossier = new Dossier(provider.entity(), change);
        String zh = pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.SIMPLIFIED_CHINESE)
                .replaceAll("\\s+", "");
        assertThat(zh).contains("变更备案", "原备案编号网信算备110108123456701230011号", "变更生效日期2026年5月11日");
        String en = pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, dossier, Locale.ENGLISH);
        assertThat(en).contains("网信算备110108123456701230011号");
        // Its commitment letter applies for the change of that filing (found in a walk: it read as a first filing).
        assertThat(pdfText(DocumentKind.COMMITMENT_LETTER, dossier, Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", ""))
                .contains("（原备案编号网信算备110108123456701230011号）", "申请互联网信息服务算法备案变更");
        assertThat(pdfText(DocumentKind.COMMITMENT_LETTER, dossier, Locale.ENGLISH)).contains("apply for the change");
        // A first filing has neither row.
        assertThat(pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, provider, Locale.SIMPLIFIED_CHINESE))
                .doesNotContain("原备案编号");
    }

    @Test
    void theReportShowsTheChaptersAndKeyValuesOfTheFiling() throws Exception {
        String zh = pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, SampleDossiers.completeProvider(),
                Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "");
        assertThat(zh).contains("互联网信息服务算法安全自评估报告", "一、算法情况", "二、服务情况", "三、风险分析", "四、风险防范措施",
                "五、评估结论", "六、其他事项", "目录", "灵犀对话生成算法", "91110108MA01N7QX00", "生成合成类（深度合成）",
                "灵犀助手网页版", "txt、md", "生成内容显式标识截图", "2026年12月15日");
        String en = pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, SampleDossiers.completeProvider(), Locale.ENGLISH);
        assertThat(en).contains("I. The algorithm", "VI. Other matters", "Generative synthesis (deep synthesis)",
                "15 December 2026");
        assertThat(en.replaceAll("\\s+", "")).contains("灵犀对话生成算法");
    }

    @Test
    void theTechnicalSupporterReportDescribesTheSupportPlanInsteadOfProducts() throws Exception {
        String text = pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, SampleDossiers.completeSupporter(),
                Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "");
        assertThat(text).contains("技术支持方案", "私有化部署", "API密钥鉴权").doesNotContain("灵犀助手网页版");
        // Its users are the businesses it serves, not persons (found in a walk: "42 人" for 42 enterprise clients),
        // counted apart from the provider's users (one shared number printed 1,200,000 persons as 家).
        long customers = SampleDossiers.completeSupporter().filing().algorithm().profile().assessment().customerCount();
        long users = SampleDossiers.completeProvider().filing().algorithm().profile().assessment().userCount();
        assertThat(customers).isNotEqualTo(users);
        String customerCount = String.format(Locale.ROOT, "%,d", customers);
        String userCount = String.format(Locale.ROOT, "%,d", users);
        assertThat(text).contains("企业客户数量" + customerCount + "家").doesNotContain(customerCount + "人")
                .doesNotContain(userCount)
                .contains("服务对象（企业客户）互联网内容平台、企业办公软件厂商等企业客户").doesNotContain("个人用户及中小企业员工");
        assertThat(pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, SampleDossiers.completeSupporter(), Locale.ENGLISH)
                .replaceAll("\\s+", " ")).contains("with an expected " + customerCount + " business customers")
                .doesNotContain(userCount);
        assertThat(pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, SampleDossiers.completeProvider(),
                Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "")).contains("用户数量" + userCount + "人")
                .doesNotContain("企业客户数量");
        DualRoleFilings pair = SampleDossiers.dualRole();
        assertThat(pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, new Dossier(SampleDossiers.entity(), pair.supporter()),
                Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "")).contains(customerCount + "家")
                .doesNotContain(userCount);
        assertThat(pdfText(DocumentKind.SELF_ASSESSMENT_REPORT, new Dossier(SampleDossiers.entity(), pair.provider()),
                Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "")).contains(userCount + "人")
                .doesNotContain(customerCount + "家");
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theCjkFontIsEmbeddedAsASubsetRegularAndBold(DocumentKind kind) throws Exception {
        byte[] pdf = DossierDocuments.render(kind, DocumentFormat.PDF, SampleDossiers.completeProvider(),
                Locale.SIMPLIFIED_CHINESE, TODAY);
        String fonts = Poppler.pdffonts(pdf);
        assertThat(fonts).containsPattern("[A-Z]{6}\\+NotoSansSC-Regular\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes");
        assertThat(fonts).contains("NotoSansSC-Bold");
        assertThat(Poppler.pdfinfo(pdf)).containsPattern("Page size:\\s+595\\.\\d* x 841\\.\\d* pts \\(A4\\)");
        assertThat(pdf.length).isLessThan(1_000_000);
    }

    /**
     * Found in a walk: the English PDFs drew curly quotes and apostrophes full-width from the CJK font ("Head’ s
     * title", "( “we” )"). They come from a Latin face there; Chinese documents keep the CJK font's full-width marks.
     */
    @Test
    void englishDocumentsSetQuotesAndApostrophesNarrowFromALatinFace() throws Exception {
        byte[] table = DossierDocuments.render(DocumentKind.RESPONSIBILITY_TABLE, DocumentFormat.PDF,
                SampleDossiers.completeProvider(), Locale.ENGLISH, TODAY);
        assertThat(Poppler.pdftotextLayout(table)).contains("Head’s title").doesNotContain("Head’ s");
        byte[] letter = DossierDocuments.render(DocumentKind.COMMITMENT_LETTER, DocumentFormat.PDF,
                SampleDossiers.completeProvider(), Locale.ENGLISH, TODAY);
        assertThat(Poppler.pdftotextLayout(letter)).contains("(“we”)");
        // pdftotext reads the marks back either way; their drawn width is what showed the gap (a full em).
        assertThat(quoteWidthsInEm(table)).isNotEmpty().allSatisfy(width -> assertThat(width).isLessThan(0.4f));
        assertThat(quoteWidthsInEm(letter)).isNotEmpty().allSatisfy(width -> assertThat(width).isLessThan(0.4f));
        assertThat(Poppler.pdffonts(letter)).containsPattern("[A-Z]{6}\\+LiberationSans\\s").contains("NotoSansSC");
        byte[] chinese = DossierDocuments.render(DocumentKind.COMMITMENT_LETTER, DocumentFormat.PDF,
                SampleDossiers.completeProvider(), Locale.SIMPLIFIED_CHINESE, TODAY);
        assertThat(Poppler.pdffonts(chinese)).doesNotContain("LiberationSans");
    }

    /** The width each curly quote or apostrophe is drawn with, in ems of its font size. */
    private static List<Float> quoteWidthsInEm(byte[] pdf) throws Exception {
        List<Float> widths = new java.util.ArrayList<>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var position : positions) {
                        if ("‘’“”".contains(position.getUnicode())) {
                            widths.add(position.getWidthDirAdj() / position.getFontSizeInPt());
                        }
                    }
                }
            };
            stripper.getText(document);
        }
        return widths;
    }

    @Test
    void everyCharacterOfTheDocumentsHasAGlyphInTheBundledFont() throws Exception {
        var font = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBuffer(Fonts.regular()));
        var cmap = font.getUnicodeCmapLookup();
        for (DocumentKind kind : DocumentKind.values()) {
            for (Locale locale : DossierDocuments.LANGUAGES) {
                String xhtml = com.cacfiling.docs.pdf.PdfRenderer.xhtml(
                        DossierDocuments.model(kind, SampleDossiers.completeProvider(), locale, TODAY));
                String body = xhtml.substring(xhtml.indexOf("<body"));
                String missing = body.codePoints().filter(cp -> cp > 0x7F && cmap.getGlyphId(cp) == 0)
                        .mapToObj(Character::toString).distinct().collect(Collectors.joining());
                assertThat(missing).as(kind + " " + locale + ": characters without glyph (boxes)").isEmpty();
            }
        }
    }

    @Test
    void aPageRendersToAnImageWithInk() throws Exception {
        byte[] pdf = DossierDocuments.render(DocumentKind.RESPONSIBILITY_TABLE, DocumentFormat.PDF,
                SampleDossiers.completeProvider(), Locale.SIMPLIFIED_CHINESE, TODAY);
        byte[] png = Poppler.pdftoppm(pdf, 1, 40);
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(500);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theDocxHasTheSameHeadingsAsRealStylesAndReadsBack(DocumentKind kind) throws Exception {
        for (Locale locale : DossierDocuments.LANGUAGES) {
            DocumentModel model = DossierDocuments.model(kind, SampleDossiers.completeProvider(), locale, TODAY);
            byte[] docx = DossierDocuments.render(model, DocumentFormat.DOCX);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
                List<String> headings = document.getParagraphs().stream()
                        .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                        .map(XWPFParagraph::getText).toList();
                assertThat(headings).containsExactlyElementsOf(model.blocks().stream()
                        .filter(Block.Heading.class::isInstance).map(b -> ((Block.Heading) b).text()).toList());
                assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                        .isZero();
                if (model.blocks().stream().anyMatch(Block.KeyValueTable.class::isInstance)) {
                    assertThat(document.getTables()).isNotEmpty();
                    assertThat(document.getTables().get(0).getCTTbl().getTblPr().getTblBorders()).isNotNull();
                }
                assertThat(document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
                assertThat(document.getHeaderList().stream().map(h -> h.getText()).collect(Collectors.joining()))
                        .contains(model.runningHeader());
                String eastAsia = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                        .map(r -> r.getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                        .filter(f -> f != null).findFirst().orElse(null);
                assertThat(eastAsia).isIn("宋体", "黑体");
            }
        }
    }

    @Test
    void theReportDocxCarriesTheFlowDiagramAsAPicture() throws Exception {
        byte[] docx = DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.DOCX,
                SampleDossiers.completeProvider(), Locale.SIMPLIFIED_CHINESE, TODAY);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getAllPictures()).singleElement()
                    .satisfies(picture -> assertThat(picture.getData().length).isGreaterThan(2000));
            // Word's title and author are the document's and the entity's (a walk found "Apache POI" and no title).
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).contains("算法安全自评估报告");
            assertThat(core.getCreator()).isEqualTo(SampleDossiers.completeProvider().entity().name());
            assertThat(document.getProperties().getExtendedProperties().getApplication()).isEqualTo("CAC Filing Portal");
        }
        // The commitment letter has no subtitle; its author is the entity all the same (a walk found none).
        try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(DossierDocuments.render(
                DocumentKind.COMMITMENT_LETTER, DocumentFormat.DOCX, SampleDossiers.completeProvider(), Locale.ENGLISH,
                TODAY)))) {
            assertThat(letter.getProperties().getCoreProperties().getCreator())
                    .isEqualTo(SampleDossiers.completeProvider().entity().name());
        }
        String xhtml = com.cacfiling.docs.pdf.PdfRenderer.xhtml(DossierDocuments.model(
                DocumentKind.SELF_ASSESSMENT_REPORT, SampleDossiers.completeProvider(), Locale.SIMPLIFIED_CHINESE, TODAY));
        assertThat(xhtml).contains("<svg", "输入审核", "marker-end");
    }

    @Test
    void anIncompleteFilingRendersWithPlaceholdersAndTheDraftWatermark() throws Exception {
        Algorithm algorithm = new Algorithm(AlgorithmId.random(), AlgorithmProfile.named("未完成算法"));
        Filing filing = Filing.start(FilingId.random(), FilingRole.SERVICE_PROVIDER, algorithm, "2025.2",
                new Actor("t", Instant.now()));
        Dossier incomplete = new Dossier(EntityProfile.named("草稿公司"), filing);
        for (DocumentKind kind : DocumentKind.values()) {
            String zh = pdfText(kind, incomplete, Locale.SIMPLIFIED_CHINESE);
            assertThat(zh).contains("草稿 – 尚不可提交");
            if (kind != DocumentKind.COMMITMENT_LETTER) {
                assertThat(zh).contains("【待填】");
            }
            String en = pdfText(kind, incomplete, Locale.ENGLISH);
            assertThat(en).contains("DRAFT – not ready for submission");
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                    DossierDocuments.render(kind, DocumentFormat.DOCX, incomplete, Locale.SIMPLIFIED_CHINESE, TODAY)))) {
                assertThat(docx.getHeaderList()).isNotEmpty();
            }
        }
        assertThat(pdfText(DocumentKind.PUBLIC_DISCLOSURE, SampleDossiers.completeProvider(), Locale.SIMPLIFIED_CHINESE))
                .doesNotContain("草稿");
    }

    @Test
    void aFilingWithoutErrorsHasNoPlaceholderInAnyDocumentEvenWithOptionalFieldsLeftEmpty() throws Exception {
        Dossier complete = SampleDossiers.completeProvider();
        assertThat(com.cacfiling.rules.FilingRules.evaluate(complete, TODAY).isReady()).isTrue();
        for (DocumentKind kind : DocumentKind.values()) {
            for (Locale locale : DossierDocuments.LANGUAGES) {
                assertThat(pdfText(kind, complete, locale)).as(kind + " " + locale)
                        .doesNotContain("【待填】").doesNotContain("[to be completed]");
            }
        }
    }

    @Test
    void fileNamesAreTitlePlusAlgorithmName() {
        Dossier dossier = SampleDossiers.completeProvider();
        assertThat(DossierDocuments.fileName(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("算法安全自评估报告-灵犀对话生成算法.pdf");
        assertThat(DossierDocuments.fileName(DocumentKind.COMMITMENT_LETTER, DocumentFormat.DOCX, dossier,
                Locale.ENGLISH)).isEqualTo("Filing commitment letter-灵犀对话生成算法.docx");
        // The supporter's documents of a pair differ from the provider's: their names must too.
        DualRoleFilings pair = SampleDossiers.dualRole();
        Dossier supporter = new Dossier(SampleDossiers.entity(), pair.supporter());
        assertThat(DossierDocuments.fileName(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.PDF, supporter,
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("算法安全自评估报告-灵犀对话生成算法-服务技术支持者.pdf");
        assertThat(DossierDocuments.fileName(DocumentKind.PUBLIC_DISCLOSURE, DocumentFormat.DOCX, supporter,
                Locale.ENGLISH)).endsWith("-灵犀对话生成算法-Technical supporter.docx");
        // The responsibility table is the entity's, one for both.
        assertThat(DossierDocuments.fileName(DocumentKind.RESPONSIBILITY_TABLE, DocumentFormat.PDF, supporter,
                Locale.SIMPLIFIED_CHINESE)).isEqualTo(DossierDocuments.fileName(DocumentKind.RESPONSIBILITY_TABLE,
                        DocumentFormat.PDF, new Dossier(SampleDossiers.entity(), pair.provider()),
                        Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void imageEvidenceIsShownInTheReportAtTheMeasureItSupportsInPdfAndDocx() throws Exception {
        byte[] png = png(400, 200);
        Dossier dossier = SampleDossiers.completeProvider();
        java.util.Map<String, byte[]> evidence = java.util.Map.of("ev-label", png);
        byte[] pdf = DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE, TODAY, evidence);
        String images = Poppler.pdfimages(pdf);
        assertThat(images.lines().skip(2).toList()).singleElement().satisfies(line ->
                assertThat(line.trim().split("\\s+")).contains("400", "200"));
        assertThat(Poppler.pdfimages(DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.PDF,
                dossier, Locale.SIMPLIFIED_CHINESE, TODAY)).lines().skip(2).toList()).isEmpty();
        String text = Poppler.pdftotext(pdf).replaceAll("\\s+", "");
        // After the labelling measure (which cites ev-label) and before the next chapter.
        int measure = text.indexOf("生成内容添加显式和隐式标识。");
        int caption = text.indexOf("证明材料：生成内容显式标识截图");
        assertThat(measure).isPositive();
        assertThat(caption).isGreaterThan(measure);

        byte[] docx = DossierDocuments.render(DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.DOCX, dossier,
                Locale.ENGLISH, TODAY, evidence);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            assertThat(document.getAllPictures()).anySatisfy(picture -> assertThat(picture.getData()).isEqualTo(png));
            assertThat(document.getParagraphs()).anySatisfy(paragraph ->
                    assertThat(paragraph.getText()).isEqualTo("Evidence: 生成内容显式标识截图"));
        }
    }

    /**
     * Found in a walk: a recommendation algorithm's technical supporter promised to show its filing number on the
     * services (a provider's duty) and to meet periods that bind providers, citing the Deep Synthesis Provisions.
     */
    @Test
    void aSupporterOfARecommendationAlgorithmCommitsOnlyToWhatBindsIt() throws Exception {
        Dossier supporter = personalisedPush(SampleDossiers.completeSupporter());
        String zh = pdfText(DocumentKind.COMMITMENT_LETTER, supporter, Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "");
        assertThat(zh).contains("以服务技术支持者身份", "本单位将及时办理变更或者注销")
                .doesNotContain("显著位置标明备案编号", "深度合成管理规定", "十个工作日");
        String en = pdfText(DocumentKind.COMMITMENT_LETTER, supporter, Locale.ENGLISH).replaceAll("\\s+", " ");
        assertThat(en).contains("as technical supporter").doesNotContain("display the filing number");

        String provider = pdfText(DocumentKind.COMMITMENT_LETTER, SampleDossiers.completeProvider(),
                Locale.SIMPLIFIED_CHINESE).replaceAll("\\s+", "");
        assertThat(provider).contains("显著位置标明备案编号", "十个工作日");
    }

    /** Found in a walk: "is a Personalised pushing algorithm applied in E-commerce" in the English report. */
    @Test
    void optionLabelsInsideAnEnglishSentenceAreInLowerCase() throws Exception {
        Dossier provider = personalisedPush(SampleDossiers.completeProvider());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DossierDocuments.render(
                DocumentKind.SELF_ASSESSMENT_REPORT, DocumentFormat.DOCX, provider, Locale.ENGLISH, TODAY)));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("is a personalised pushing algorithm applied in")
                    .doesNotContain("is a Personalised");
        }
    }

    /** The sample with a personalised push algorithm instead of its generative one. */
    private static Dossier personalisedPush(Dossier sample) {
        var algorithm = sample.filing().algorithm();
        algorithm.update(algorithm.profile().withBasics(algorithm.profile().basics()
                .withAlgorithmType("PERSONALISED_PUSH")));
        return sample;
    }
}
