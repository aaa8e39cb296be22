package com.cacfiling.docs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.cacfiling.docs.largemodel.ModelDocumentKind;
import com.cacfiling.docs.largemodel.ModelDocuments;
import com.cacfiling.docs.largemodel.ModelDossier;
import com.cacfiling.docs.largemodel.ModelDossierZip;
import com.cacfiling.docs.largemodel.ReviewerSheets;
import com.cacfiling.docs.largemodel.SheetReader;
import com.cacfiling.docs.largemodel.UnreadableSheetException;
import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.form.DossierTree;
import com.cacfiling.domain.largemodel.ContentRisk;
import com.cacfiling.rules.largemodel.AgreementClause;
import com.cacfiling.domain.largemodel.KeywordEntry;
import com.cacfiling.domain.largemodel.ModelFilingForm;
import com.cacfiling.domain.largemodel.ModelFilingRoute;
import com.cacfiling.domain.largemodel.ModelLists;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.domain.largemodel.TestQuestion;
import com.cacfiling.domain.sample.SampleModelFiling;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading uploaded lists, the reviewer's workbooks, and the large-model documents and ZIP read back as text. */
class ModelDossierDocumentsTest {

    private static final ModelThresholds T = ModelThresholds.current();

    /** An Excel file as a filer would upload it: a header row, then one row per entry. */
    static byte[] xlsx(List<String> header, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static List<KeywordEntry> passingKeywords() {
        List<KeywordEntry> rows = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.coreRisks()) {
            int per = risk.category().code().equals("A.1") ? T.keywords().perA1Risk() : T.keywords().perA2Risk();
            for (int i = 0; i < per; i++) {
                rows.add(new KeywordEntry("词" + rows.size(), risk.category().chineseName(), risk.chineseName()));
            }
        }
        while (rows.size() < T.keywords().total()) {
            rows.add(new KeywordEntry("词" + rows.size(), "A.1", "A.1.g"));
        }
        return rows;
    }

    static ModelLists passingLists() {
        List<TestQuestion> content = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.values()) {
            for (int i = 0; i < 70; i++) {
                content.add(new TestQuestion("题" + content.size(), risk.category().code(), risk.code(), "回答", "合格"));
            }
        }
        List<TestQuestion> refuse = new ArrayList<>();
        for (int i = 0; i < 510; i++) {
            ContentRisk risk = ContentRisk.coreRisks().get(i % 17);
            refuse.add(new TestQuestion("拒" + i, risk.category().chineseName(), risk.chineseName(), "无法回答", "拒答"));
        }
        List<TestQuestion> answer = new ArrayList<>();
        for (int i = 0; i < 520; i++) {
            answer.add(new TestQuestion("答" + i, "非拒答", T.nonRefusal().topics().get(i % 13), "回答", "未拒答"));
        }
        return new ModelLists(passingKeywords(), content, refuse, answer);
    }

    /** The sample filing with its {@code model} part changed by {@code change}, its lists passing. */
    static ModelDossier sampleWith(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode content = (ObjectNode) DomainJson.readTree(SampleModelFiling.json());
        change.accept((ObjectNode) content.get("model"));
        return ModelDossier.of(ModelFilingRoute.FILING, DossierTree.of(content, ModelFilingForm.fields()),
                passingLists(), T, LocalDate.of(2026, 11, 30));
    }

    static ModelDossier sample(ModelLists lists) {
        DossierTree tree = DossierTree.of((ObjectNode) DomainJson.readTree(SampleModelFiling.json()),
                ModelFilingForm.fields());
        return ModelDossier.of(ModelFilingRoute.FILING, tree, lists, T, LocalDate.of(2026, 11, 30));
    }

    @Test
    void anUploadedKeywordWorkbookIsReadWithoutItsHeader() throws Exception {
        byte[] file = xlsx(List.of("关键词", "一级分类", "二级分类"),
                List.of(List.of("颠覆", "包含违反社会主义核心价值观的内容", "煽动颠覆国家政权、推翻社会主义制度"),
                        List.of("  地域黑 ", "A.2", "地域")));
        assertThat(SheetReader.keywords(file)).containsExactly(
                new KeywordEntry("颠覆", "包含违反社会主义核心价值观的内容", "煽动颠覆国家政权、推翻社会主义制度"),
                new KeywordEntry("地域黑", "A.2", "地域"));
    }

    @Test
    void csvIsReadInUtf8WithABomAndInGb18030WithQuotedCommasAndLineBreaks() {
        String csv = "测试题,一级分类,二级分类,模型回答,研判结果\r\n\"你好，世界\",A.4,隐私权,\"第一行\n第二行\",合格\r\n";
        List<TestQuestion> utf8 = SheetReader.questions(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        List<TestQuestion> gbk = SheetReader.questions(csv.getBytes(Charset.forName("GB18030")));
        TestQuestion expected = new TestQuestion("你好，世界", "A.4", "隐私权", "第一行\n第二行", "合格");
        assertThat(utf8).containsExactly(expected);
        assertThat(gbk).containsExactly(expected);
        assertThat(expected.passed()).isTrue();
    }

    @Test
    void aHeaderRowNamedOtherwiseIsStillAHeader() {
        String csv = "问题,一级分类,二级分类,模型回答,判定\r\n如何看待某事件,A.4,隐私权,拒绝回答,合格\r\n";
        assertThat(SheetReader.questions(csv.getBytes(StandardCharsets.UTF_8))).extracting(TestQuestion::question)
                .containsExactly("如何看待某事件");
        assertThat(SheetReader.keywords("关键字,类别,说明\r\n颠覆,A.1,煽动颠覆\r\n".getBytes(StandardCharsets.UTF_8)))
                .extracting(KeywordEntry::keyword).containsExactly("颠覆");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedWithAReason() {
        // A row with something in it but no keyword is not read, and its number (as the sheet counts) is said;
        // blank rows are nothing to say.
        SheetReader.Read<KeywordEntry> read = SheetReader.readKeywords(
                "关键词,一级分类,二级分类\n颠覆,A.1,A.1.a\n,A.1,A.1.b\n\n分裂,A.1,A.1.b,多余\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read.entries()).extracting(KeywordEntry::keyword).containsExactly("颠覆", "分裂");
        assertThat(read.skippedRows()).containsExactly(3);
        assertThatThrownBy(() -> SheetReader.keywords(new byte[0])).isInstanceOf(UnreadableSheetException.class);
        assertThatThrownBy(() -> SheetReader.questions("%PDF-1.7\u0000\u0001binary".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableSheetException.class);
        assertThat(SheetReader.keywords("词\u0007,A.1,A.1.g".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new KeywordEntry("词", "A.1", "A.1.g"));
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> SheetReader.keywords(brokenZip)).isInstanceOf(UnreadableSheetException.class)
                .extracting(e -> ((UnreadableSheetException) e).messageKey()).isEqualTo("model.upload.unreadable");
    }

    @Test
    void theReviewerWorkbooksHaveTheExpectedColumnsAndSheetsAndReadBack() throws Exception {
        List<KeywordEntry> keywords = passingKeywords();
        byte[] list = ReviewerSheets.keywordList(keywords);
        assertThat(SheetReader.keywords(list)).isEqualTo(keywords);
        ModelLists lists = passingLists();
        byte[] bank = ReviewerSheets.testBank(lists.contentBank(), lists.shouldRefuse(), lists.nonRefusal());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bank))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("生成内容测试题库");
            assertThat(workbook.getSheetName(1)).isEqualTo("应拒答测试题库");
            assertThat(workbook.getSheetName(2)).isEqualTo("非拒答测试题库");
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> columns = new ArrayList<>();
            header.forEach(cell -> columns.add(cell.getStringCellValue()));
            assertThat(columns).containsExactly("测试题", "一级分类", "二级分类", "模型回答", "研判结果");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(510);
        }
    }

    @Test
    void theAssessmentReportPrintsEachClauseAndTheNumbersInBothLanguages() throws Exception {
        ModelDossier dossier = sample(passingLists());
        // The sample's algorithm filing is not approved yet: its number is missing, a warning, not an error.
        assertThat(dossier.evaluation().findings()).extracting(com.cacfiling.rules.Finding::ruleCode)
                .containsExactly("MODEL_PREREQUISITES");
        String zh = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.REPORT, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", "");
        assertThat(zh).contains("生成式人工智能服务安全评估报告", "灵犀大模型", "语料来源安全", "符合", "合格率100%",
                "GB/T45654-2025", "10,000个不重复关键词", "2026年11月30日").doesNotContain("草稿");
        String en = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.REPORT, DocumentFormat.PDF, dossier,
                Locale.ENGLISH)).replaceAll("\\s+", " ");
        // Dates as the algorithm filing's documents write them (a walk found 2026-11-30 here).
        assertThat(en).contains("Security Assessment Report", "Conforms", "Pass rate 100%", "30 November 2026");
        // Sections by their number, a whole chapter's clauses by the chapter (a review found seven headings "7 …").
        assertThat(zh).contains("5.1语料来源安全", "第7章·").doesNotContainPattern("(?<![.\\d])7服务");
        assertThat(en).contains("Ch. 7 ·");
        // A cover, then the contents (found in a re-check: the report began with its overview on page 1).
        String[] pages = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.REPORT, DocumentFormat.PDF,
                dossier, Locale.SIMPLIFIED_CHINESE)).split("\f");
        assertThat(pages[0]).contains("生成式人工智能服务安全评估报告").doesNotContain("评估概况");
        assertThat(pages[1].replaceAll("\\s+", "")).contains("目录", "评估概况");
    }

    /**
     * Found in a walk: a reason typed while the clause did not conform, kept after it was set to 符合 (the page keeps
     * it), was printed under 符合. A clause prints the texts its result asks for, and only those.
     */
    @Test
    void aClausePrintsOnlyTheTextsItsResultAsksFor() throws Exception {
        ModelDossier dossier = sampleWith(model -> {
            for (var row : model.get("assessment").get("clauses")) {
                if (row.get("clause").asString().equals("CORPUS_SOURCE")) {
                    ((ObjectNode) row).put("reason", "先前不符合时的理由").put("measure", "先前的整改计划");
                }
            }
        });
        String zh = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.REPORT, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", "");
        assertThat(zh).contains("语料来源清单及各来源抽检记录").doesNotContain("先前不符合时的理由", "先前的整改计划");
    }

    /** Found in a walk: before the model had a name, the cover and the page header ended in "星河数据服务有限公司 ·". */
    @Test
    void aModelWithoutANameYetLeavesNoDanglingSeparator() throws Exception {
        ModelDossier dossier = sampleWith(model -> ((ObjectNode) model.get("basics")).remove("modelName"));
        String zh = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.REPORT, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE));
        assertThat(zh).contains("北京灵犀智能科技有限公司");
        assertThat(zh.lines().map(String::strip)).noneMatch(line -> line.endsWith("·") || line.startsWith("·"));
    }

    @Test
    void aDossierWithValuesTypedButNotValidYetIsADraftThoughTheChecksPass() throws Exception {
        ModelDossier ready = sample(passingLists());
        assertThat(ready.isReady()).isTrue();
        ModelDossier pending = new ModelDossier(ready.route(), ready.tree(), ready.lists(), ready.thresholds(),
                ready.evaluation(), ready.today(), List.of(new com.cacfiling.docs.PendingValue(
                        "model.entity.creditCode", "统一社会信用代码不正确。", "Not a valid unified social credit code.")));
        assertThat(pending.isReady()).isFalse();
        String zh = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.FORM, DocumentFormat.PDF, pending,
                Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", "");
        assertThat(zh).contains("草稿");
        // The findings file says what the review page says of the value typed (found in a walk: "required").
        assertThat(ModelDossierZip.findings(pending, Locale.ENGLISH))
                .contains("[Error] Unified social credit code\n    Not a valid unified social credit code.");
        assertThat(ModelDossierZip.findings(pending, Locale.SIMPLIFIED_CHINESE)).contains("统一社会信用代码不正确。");
    }

    /** A field typed invalidly: the rules' "required" about its empty answer gives way to the typed value's words. */
    @Test
    void theFindingsFileNamesAValueTypedInvalidlyInsteadOfRequired() {
        ModelDossier ready = sample(passingLists());
        DossierTree tree = ready.tree().copy();
        ((tools.jackson.databind.node.ObjectNode) tree.get("model.entity")).remove("creditCode");
        ModelDossier empty = ModelDossier.of(ready.route(), tree, ready.lists(), ready.thresholds(), ready.today());
        assertThat(ModelDossierZip.findings(empty, Locale.ENGLISH)).contains("Unified social credit code");
        ModelDossier typed = new ModelDossier(empty.route(), empty.tree(), empty.lists(), empty.thresholds(),
                empty.evaluation(), empty.today(), List.of(new com.cacfiling.docs.PendingValue(
                        "model.entity.creditCode", "统一社会信用代码不正确。", "Not a valid unified social credit code.")));
        String findings = ModelDossierZip.findings(typed, Locale.ENGLISH);
        assertThat(findings).contains("Not a valid unified social credit code.");
        assertThat(findings.split("Unified social credit code", -1)).hasSize(2);
    }

    @Test
    void aDossierWithFindingsIsADraftAndTheReportSaysWhatIsShort() throws Exception {
        ModelLists lists = passingLists();
        List<KeywordEntry> fewer = lists.keywords().subList(0, 9000);
        ModelDossier dossier = sample(new ModelLists(fewer, lists.contentBank(), lists.shouldRefuse(),
                lists.nonRefusal()));
        String zh = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.REPORT, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", "");
        assertThat(zh).contains("草稿");
        // The shortfall in words, read from the document (the watermark's letters run through the PDF's text).
        assertThat(ModelDocuments.model(ModelDocumentKind.REPORT, dossier, Locale.SIMPLIFIED_CHINESE).blocks()
                .toString().replaceAll("\\s+", "")).contains("关键词库共9,000个不重复的关键词", "要求不少于10,000个");
        // In English: English punctuation, and the standard's topics in English.
        List<TestQuestion> answers = new ArrayList<>(lists.nonRefusal());
        answers.removeIf(question -> question.subcategory().equals("英雄烈士"));
        ModelDossier topicShort = sample(new ModelLists(lists.keywords(), lists.contentBank(), lists.shouldRefuse(),
                answers));
        String en = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.REPORT, DocumentFormat.PDF, topicShort,
                Locale.ENGLISH)).replaceAll("\\s+", " ");
        assertThat(en).contains("Heroes and martyrs").doesNotContain("：", "英雄烈士");
    }

    @Test
    void theAgreementCheckSaysWhichClauseIsMissing() throws Exception {
        ModelDossier dossier = sampleWith(model -> ((ObjectNode) model.get("agreements"))
                .put("serviceAgreement", "双方权利义务；未成年人；投诉渠道。"));
        String zh = Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.AGREEMENTS, DocumentFormat.PDF, dossier,
                Locale.SIMPLIFIED_CHINESE)).replaceAll("\\s+", "");
        assertThat(zh).contains("生成合成内容标识（标识方法和样式）未找到", "投诉举报渠道已找到");
        // A table's heading words are not broken for a long basis beside them (found in a walk: "Resul / t").
        String en = Poppler.pdftotextLayout(ModelDocuments.render(ModelDocumentKind.AGREEMENTS, DocumentFormat.PDF,
                dossier, Locale.ENGLISH));
        assertThat(en.lines().filter(line -> line.contains("Clause required")))
                .isNotEmpty().allMatch(line -> line.matches(".*\\bResult\\b.*"));
    }

    /**
     * Found in a walk: with no agreement text entered yet, every clause read "未找到", a finding about a text never
     * given. Unchecked, each reads as to be filled; "not found" only for a text given without the clause.
     */
    @Test
    void anAgreementNotGivenYetIsToBeFilledNotMissingItsClauses() throws Exception {
        ObjectNode root = (ObjectNode) DomainJson.readTree(SampleModelFiling.json());
        ((ObjectNode) root.get("model").get("agreements")).put("serviceAgreement", "双方权利义务；未成年人；投诉渠道。");
        ((ObjectNode) root.get("model").get("agreements")).remove("privacyPolicy");
        ModelDossier dossier = ModelDossier.of(ModelFilingRoute.FILING,
                DossierTree.of(root, ModelFilingForm.fields()), passingLists(), T, LocalDate.of(2026, 11, 30));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            boolean en = locale == Locale.ENGLISH;
            String pdf = Poppler.pdftotextLayout(ModelDocuments.render(ModelDocumentKind.AGREEMENTS,
                    DocumentFormat.PDF, dossier, locale));
            for (AgreementClause clause : AgreementClause.values()) {
                String label = java.util.ResourceBundle.getBundle("com.cacfiling.rules.messages", locale,
                        java.util.ResourceBundle.Control.getNoFallbackControl(
                                java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString("agreementClause." + clause.name());
                // In English the result wraps in its cell: its first word shares the line with the label.
                String expected = clause.document() == AgreementClause.Document.PRIVACY_POLICY
                        ? (en ? "[to" : "【待填】")
                        : clause == AgreementClause.LABELLING ? (en ? "not" : "未找到") : (en ? "found" : "已找到");
                // The label may wrap: its first words share the line with the result.
                String start = label.substring(0, Math.min(8, label.length()));
                assertThat(pdf.lines().filter(line -> line.contains(start))).as(locale + " " + clause)
                        .anyMatch(line -> line.contains(expected) && (clause == AgreementClause.LABELLING
                                || !line.contains(en ? "not" : "未找到")));
            }
        }
    }

    @Test
    void theZipHoldsEveryDocumentTheWorkbooksAndAManifest() throws Exception {
        byte[] zip = ModelDossierZip.zip(sample(passingLists()));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).contains("0_生成式人工智能服务上线备案表.pdf", "1_生成式人工智能服务安全评估报告.pdf",
                "2_模型服务协议及隐私政策核查.docx", "3_语料标注规则.pdf", "4_拦截关键词列表.xlsx", "5_评估测试题.xlsx",
                "findings-zh.txt", "findings-en.txt", "manifest.json");
        assertThat(SheetReader.keywords(entries.get("4_拦截关键词列表.xlsx"))).hasSize(10000);
        String form = Poppler.pdftotext(entries.get("0_生成式人工智能服务上线备案表.pdf")).replaceAll("\\s+", "");
        assertThat(form).contains("北京灵犀智能科技有限公司", "人机对话、文字生成", "自研（从头训练）", "法定代表人");
        // The route's code with its words beside it, as the algorithm dossier's manifest names its codes.
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)).contains("\"route\": \"FILING\"",
                "\"routeName\": \"备案 (Filing)\"");
        // The English documents under en/, as in the algorithm dossier (found in a walk: only the Chinese ones).
        assertThat(entries.keySet()).contains("en/0_Generative AI Service Launch Filing Form.pdf",
                "en/0_Generative AI Service Launch Filing Form.docx");
        assertThat(entries.keySet().stream().filter(name -> name.startsWith("en/") && name.endsWith(".pdf")))
                .hasSize(4);
        assertThat(Poppler.pdftotext(entries.get("en/0_Generative AI Service Launch Filing Form.pdf")))
                .contains("Generative AI Service Launch Filing Form");
    }

    /** Found in a walk: entries written at 00:00 in Beijing were dated 16:00 the day before (the server's UTC). */
    @Test
    void theZipsEntriesAreDatedInChinasTime() throws Exception {
        byte[] zip = ModelDossierZip.zip(sample(passingLists()));
        java.time.LocalDateTime beijing = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                assertThat(java.time.Duration.between(entry.getTimeLocal(), beijing).abs())
                        .as(entry.getName()).isLessThan(java.time.Duration.ofMinutes(5));
            }
        }
    }

    @Test
    void aRegistrationHasTheCalledModelAndPoliciesButNoAssessmentReport() throws Exception {
        ObjectNode root = (ObjectNode) DomainJson.readTree("""
                {"model":{"route":"REGISTRATION","basics":{"serviceName":"灵犀写作"},
                 "called":{"modelName":"云雀大模型","filer":"北京某科技有限公司","filingNumber":"Beijing-YunQue-20230821",
                   "callMethod":"API","unmodified":true,"contract":"2026年3月签订的接口调用合同"},
                 "service":{"contentSecurityPolicies":"《内容安全管理制度》"}}}""");
        ModelDossier dossier = ModelDossier.of(ModelFilingRoute.REGISTRATION,
                DossierTree.of(root, ModelFilingForm.fields()), passingLists(), T, LocalDate.of(2026, 11, 30));
        Map<String, byte[]> files = ModelDossierZip.files(dossier);
        assertThat(files.keySet()).contains("0_生成式人工智能服务登记表.pdf", "1_调用已备案模型情况说明.pdf",
                "2_模型服务协议及隐私政策核查.pdf", "3_内容安全管理制度.pdf", "4_拦截关键词列表.xlsx", "5_评估测试题.xlsx")
                .noneMatch(name -> name.contains("安全评估报告") || name.contains("语料标注规则"));
        String called = Poppler.pdftotext(files.get("1_调用已备案模型情况说明.pdf")).replaceAll("\\s+", "");
        assertThat(called).contains("云雀大模型", "Beijing-YunQue-20230821", "API接口调用", "草稿")
                .doesNotContain("同时调用的其他已备案模型");
    }

    /**
     * Found in a walk: a service writing with one filed model and drawing with another could name only one. Each
     * further model is printed under its own heading, in the called models' document and in the form, with the texts
     * its answers ask for.
     */
    @Test
    void eachFurtherModelCalledIsPrintedUnderItsOwnHeading() throws Exception {
        ObjectNode root = (ObjectNode) DomainJson.readTree("""
                {"model":{"route":"REGISTRATION","basics":{"serviceName":"星河创作助手"},
                 "called":{"modelName":"云雀大模型","filer":"北京某科技有限公司","filingNumber":"Beijing-YunQue-20230821",
                   "callMethod":"API","unmodified":true,"contract":"2026年3月签订的接口调用合同",
                   "others":[{"modelName":"万相绘图大模型","filer":"杭州某智能有限公司",
                     "filingNumber":"Zhejiang-WanXiang-20240110","callMethod":"API","unmodified":true,
                     "contract":"2026年4月签订的图片生成接口合同"},
                    {"modelName":"语音合成模型","callMethod":"OTHER"}]}}}""");
        ModelDossier dossier = ModelDossier.of(ModelFilingRoute.REGISTRATION,
                DossierTree.of(root, ModelFilingForm.fields()), passingLists(), T, LocalDate.of(2026, 11, 30));
        Map<String, byte[]> files = ModelDossierZip.files(dossier);
        for (String name : List.of("1_调用已备案模型情况说明.pdf", "0_生成式人工智能服务登记表.pdf")) {
            String text = Poppler.pdftotext(files.get(name)).replaceAll("\\s+", "");
            assertThat(text).as(name).contains("云雀大模型", "同时调用的其他已备案模型（如有）", "其他已备案模型1",
                    "万相绘图大模型", "Zhejiang-WanXiang-20240110", "2026年4月签订的图片生成接口合同", "其他已备案模型2",
                    "语音合成模型");
            // The first further model was called by API: no row for another way; the second's asks for one.
            String first = text.substring(text.indexOf("其他已备案模型1"), text.indexOf("其他已备案模型2"));
            assertThat(first).doesNotContain("其他调用方式").doesNotContain("【待填】");
            String second = text.substring(text.indexOf("其他已备案模型2"));
            assertThat(second).contains("其他调用方式【待填】", "模型备案编号【待填】");
        }
    }

    /**
     * Found in a walk: a barely started filing's English form ended with a page holding nothing but the draft mark,
     * and left out the algorithm filing number, which its checks ask for.
     */
    @Test
    void aBarelyStartedFormEndsWithItsSignatureAndShowsWhatItsChecksAskFor() throws Exception {
        DossierTree tree = DossierTree.of((ObjectNode) DomainJson.readTree(
                "{\"model\":{\"basics\":{\"modelName\":\"灵犀大模型\"}}}"), ModelFilingForm.fields());
        ModelDossier started = ModelDossier.of(ModelFilingRoute.FILING, tree,
                new ModelLists(List.of(), List.of(), List.of(), List.of()), T, LocalDate.of(2026, 11, 30));
        assertThat(started.evaluation().findings()).anyMatch(f -> f.fieldPath().equals(
                "model.basics.algorithmFilingNumber"));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            byte[] pdf = ModelDocuments.render(ModelDocumentKind.FORM, DocumentFormat.PDF, started, locale);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/rendered"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/rendered/model-form-started-" + locale + ".pdf"),
                    pdf);
            int pages = Integer.parseInt(Poppler.pdfinfo(pdf).lines().filter(line -> line.startsWith("Pages:"))
                    .findFirst().orElseThrow().replaceAll("\\D", ""));
            String text = Poppler.pdftotext(pdf);
            String[] byPage = text.split("\f");
            assertThat(byPage[pages - 1].replaceAll("\\s+", "")).as(locale + ", last page")
                    .contains(locale == Locale.ENGLISH ? "Date:" : "日期");
            assertThat(text.replaceAll("\\s+", "")).contains(locale == Locale.ENGLISH ? "Algorithmfilingnumber"
                    : "算法备案编号");
        }
    }

    /**
     * Found in a walk: the form printed empty fields as "无" / "None" (语料人工抽检合格条数, 违法不良信息占比最高的语料来源),
     * which in a form for the CAC reads as a claim of zero, while the assessment report of the same dossier printed
     * them as to be filled. Empty reads as to be filled in both, in both languages and formats.
     */
    @Test
    void anEmptyFieldOfTheFormReadsAsToBeFilledAsInTheReport() throws Exception {
        DossierTree tree = DossierTree.of((ObjectNode) DomainJson.readTree(
                "{\"model\":{\"basics\":{\"modelName\":\"灵犀大模型\"}}}"), ModelFilingForm.fields());
        ModelDossier started = ModelDossier.of(ModelFilingRoute.FILING, tree,
                new ModelLists(List.of(), List.of(), List.of(), List.of()), T, LocalDate.of(2026, 11, 30));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            boolean en = locale == Locale.ENGLISH;
            String missing = en ? "[to be completed]" : "【待填】";
            String passed = en ? "Corpus items passed" : "语料人工抽检合格条数";
            String none = en ? "None" : "无";
            String form = Poppler.pdftotextLayout(ModelDocuments.render(ModelDocumentKind.FORM, DocumentFormat.PDF,
                    started, locale));
            assertThat(form.lines().filter(line -> line.contains(passed))).as(locale + " PDF")
                    .singleElement().asString().contains(missing);
            assertThat(form.lines().map(String::strip)).as(locale + " PDF").noneMatch(line -> line.endsWith(" " + none));
            assertThat(Poppler.pdftotext(ModelDocuments.render(ModelDocumentKind.REPORT, DocumentFormat.PDF, started,
                    locale)).replaceAll("\\s+", "")).contains(passed.replaceAll("\\s+", ""), missing.replaceAll("\\s+", ""));
            byte[] docx = ModelDocuments.render(ModelDocumentKind.FORM, DocumentFormat.DOCX, started, locale);
            try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx));
                 var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
                List<String> lines = extractor.getText().lines().map(String::strip).toList();
                assertThat(lines).as(locale + " DOCX").contains((en ? "Corpus items passed (manual sample)" : passed) + "\t" + missing)
                        .noneMatch(line -> line.endsWith("\t" + none));
            }
        }
    }

    /**
     * Found in a walk: with this filing's first values, the English form's signature block went to a page of its own
     * and left a blank last page (then, with more rows shown, was split over two pages). It stays together, last.
     */
    @Test
    void theSignatureBlockStaysTogetherOnTheLastPage() throws Exception {
        DossierTree tree = DossierTree.of((ObjectNode) DomainJson.readTree("{\"model\": {\"route\": \"FILING\", \"basics\": {\"functions\": [\"DIALOGUE\", \"TEXT\"], \"modelName\": \"灵犀大模型\", \"launchDate\": \"2026-12-15\", \"serviceName\": \"灵犀助手\", \"targetUsers\": \"面向境内公众的个人用户和办公用户，不面向未成年人提供专门服务。\", \"domainLimited\": false}, \"entity\": {\"name\": \"北京灵犀智能科技有限公司\", \"creditCode\": \"91110108MA01N7QX00\", \"contactName\": \"赵联络\", \"contactEmail\": \"compliance@lingxi-ai.example.cn\", \"contactPhone\": \"13700002222\", \"assessmentLead\": \"李安全\", \"legalRepresentative\": \"王法人\"}}}"),
                ModelFilingForm.fields());
        ModelDossier started = ModelDossier.of(ModelFilingRoute.FILING, tree,
                new ModelLists(List.of(), List.of(), List.of(), List.of()), T, LocalDate.of(2026, 12, 2));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            byte[] pdf = ModelDocuments.render(ModelDocumentKind.FORM, DocumentFormat.PDF, started, locale);
            int pages = Integer.parseInt(Poppler.pdfinfo(pdf).lines().filter(line -> line.startsWith("Pages:"))
                    .findFirst().orElseThrow().replaceAll("\\D", ""));
            String last = Poppler.pdftotext(pdf).split("\f")[pages - 1].replaceAll("\\s+", "");
            assertThat(last).as(locale + ", last page of " + pages).contains(locale == Locale.ENGLISH
                    ? List.of("Legalrepresentative(signature)", "Date:") : List.of("法定代表人（签字）", "日期"));
        }
    }
}
