package com.cacfiling.web.browser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.domain.largemodel.ContentRisk;
import com.cacfiling.domain.largemodel.ModelThresholds;
import com.cacfiling.domain.sample.SampleModelFiling;
import com.cacfiling.web.PdfText;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.user.UserAccount;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's large-model journey in Chromium, as a compliance officer goes through it: a new large-model filing,
 * every step filled, the keyword list and test banks uploaded (one short of the threshold first, then complete),
 * the findings with their numbers, the dossier ZIP with its PDFs read back with pdftotext; the second visit saves
 * nothing; the pages fit a 390-pixel phone and speak English on request.
 */
class ModelFilingBrowserTest extends BrowserTestBase {

    private static final ModelThresholds T = ModelThresholds.current();

    @Autowired
    JdbcTemplate jdbc;

    /** The sample filing's answers as the form posts them: field name → values. */
    private static Map<String, List<String>> sampleAnswers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        // A credit code of its own: the company takes it (the test database is shared, a code is one company's).
        flatten(DomainJson.readTree(SampleModelFiling.json().replace("91110108MA01N7QX00",
                TestFixtures.uniqueCreditCode())), "", answers);
        answers.remove("model.route");
        return answers;
    }

    private static void flatten(JsonNode node, String path, Map<String, List<String>> into) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                flatten(node.get(name), path.isEmpty() ? name : path + "." + name, into);
            }
        }
        else if (node.isArray() && path.endsWith("assessment.clauses")) {
            for (JsonNode row : node) {
                String key = row.get("clause").asString();
                for (String name : row.propertyNames()) {
                    if (!name.equals("clause")) {
                        into.put(path + "." + key + "." + name, List.of(row.get(name).asString()));
                    }
                }
            }
        }
        else if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(item -> values.add(item.asString()));
            into.put(path, values);
        }
        else {
            into.put(path, List.of(node.asString()));
        }
    }

    /** Fills what the current step shows of the answers, each field as its kind of input takes it. */
    private void fillStep(Map<String, List<String>> answers) {
        answers.forEach((name, values) -> {
            Locator field = page.locator("[name='" + name + "']");
            if (field.count() == 0) {
                return;
            }
            String tag = (String) field.first().evaluate("e => e.tagName.toLowerCase()");
            String type = (String) field.first().evaluate("e => (e.type || '').toLowerCase()");
            if (tag.equals("select")) {
                field.first().selectOption(values.get(0));
            }
            else if (type.equals("radio") || type.equals("checkbox")) {
                for (int i = 0; i < field.count(); i++) {
                    Locator option = field.nth(i);
                    boolean wanted = values.contains(option.getAttribute("value"));
                    if (wanted != option.isChecked()) {
                        option.click();
                    }
                }
            }
            else {
                field.first().fill(values.get(0));
            }
        });
    }

    private static byte[] xlsx(List<String> header, List<List<String>> rows) throws Exception {
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

    private static byte[] keywords(int total) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.coreRisks()) {
            int per = risk.category().code().equals("A.1") ? T.keywords().perA1Risk() : T.keywords().perA2Risk();
            for (int i = 0; i < per; i++) {
                rows.add(List.of("关键词" + rows.size(), risk.category().chineseName(), risk.chineseName()));
            }
        }
        while (rows.size() < total) {
            rows.add(List.of("关键词" + rows.size(), "A.1", "A.1.g"));
        }
        return xlsx(List.of("关键词", "一级分类", "二级分类"), rows);
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("测试题,一级分类,二级分类,模型回答,研判结果\r\n");
        rows.forEach(row -> out.append(String.join(",", row)).append("\r\n"));
        return out.toString();
    }

    private static byte[] contentBank() {
        List<List<String>> rows = new ArrayList<>();
        for (ContentRisk risk : ContentRisk.values()) {
            for (int i = 0; i < 70; i++) {
                rows.add(List.of("测试题" + rows.size(), risk.category().code(), risk.code(), "模型的回答",
                        rows.size() % 25 == 0 ? "不合格" : "合格"));
            }
        }
        return csv(rows).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] shouldRefuse() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 510; i++) {
            ContentRisk risk = ContentRisk.coreRisks().get(i % 17);
            rows.add(List.of("应拒答题" + i, risk.category().chineseName(), risk.chineseName(), "无法回答", "拒答"));
        }
        return xlsx(List.of("测试题", "一级分类", "二级分类", "模型回答", "研判结果"), rows);
    }

    private static byte[] nonRefusal() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 520; i++) {
            rows.add(List.of("非拒答题" + i, "非拒答", T.nonRefusal().topics().get(i % 13), "正常回答",
                    i < 10 ? "拒答" : "未拒答"));
        }
        return csv(rows).getBytes(StandardCharsets.UTF_8);
    }

    private void upload(String list, String fileName, String type, byte[] content) {
        page.setInputFiles("#file-" + list, new FilePayload(fileName, type, content));
        page.click("#upload-submit-" + list);
        page.waitForLoadState();
    }

    /** A new company's officer signed in, on Step 5 (安全评估) of a large-model filing just started; its address. */
    private String newFilingsAssessmentStep() {
        UserAccount officer = fixtures.officer(fixtures.company());
        login(page, officer.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/model-filings/new"));
        page.check("#route-FILING");
        page.click("#create-model-filing");
        page.waitForURL("**/steps/basic");
        String step = page.url().replace("/steps/basic", "/steps/assessment");
        page.navigate(step);
        return step;
    }

    private int versions(String id) {
        return jdbc.queryForObject("select count(*) from change_log where model_filing_id = cast(? as uuid) "
                + "and snapshot is not null", Integer.class, id);
    }

    private void fitsAPhone(String path) {
        var phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"));
        phone.addCookies(context.cookies());
        var on = phone.newPage();
        on.navigate(url(path));
        Object overflow = on.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        screenshot(on, "model-filing-phone" + path.substring(path.lastIndexOf('/')).replace('/', '-'));
        assertThat(((Number) overflow).intValue()).as(path + " on a 390 px phone").isLessThanOrEqualTo(0);
        phone.close();
    }

    @Test
    void anOfficerPreparesALargeModelDossierFromTheFormToTheZip() throws Exception {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        login(page, officer.getUsername(), TestFixtures.PASSWORD);

        page.navigate(url("/filings"));
        page.click("#new-model-filing");
        page.check("#route-FILING");
        screenshot(page, "model-filing-new-zh");
        page.click("#create-model-filing");
        page.waitForURL("**/steps/basic");
        String id = page.url().split("/model-filings/")[1].split("/")[0];
        assertThat(page.textContent(".steps")).contains("基本信息", "模型研发", "安全评估", "关键词与测试题", "未开始");
        // 限定的领域 shows once the service is limited to a domain and folds away again while empty (found in a walk:
        // it stayed after 否, while the documents left it out).
        Locator domain = page.locator("[name='model.basics.domainDescription']");
        assertThat(domain.isVisible()).isFalse();
        page.locator("[name='model.basics.domainLimited'][value='true']").check();
        assertThat(domain.isVisible()).isTrue();
        page.locator("[name='model.basics.domainLimited'][value='false']").check();
        assertThat(domain.isVisible()).isFalse();

        // Every step of the form, in order, from the sample filing's answers.
        Map<String, List<String>> answers = sampleAnswers();
        for (String step : List.of("basic", "development", "annotation", "service", "assessment", "agreements")) {
            assertThat(page.url()).endsWith("/steps/" + step);
            fillStep(answers);
            if (step.equals("assessment")) {
                screenshot(page, "model-filing-assessment-zh");
            }
            page.click("#save-next");
            page.waitForLoadState();
            assertThat(page.locator(".field-error").count()).as(step).isZero();
        }
        assertThat(page.url()).endsWith("/lists");

        // A keyword list one short of the total: the finding says by how much.
        upload("keywords", "关键词.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                keywords(T.keywords().total() - 1));
        assertThat(page.textContent("#list-keywords")).contains("关键词库共 9,999 个不重复的关键词", "要求不少于 10,000 个");
        screenshot(page, "model-filing-lists-short-zh");
        upload("keywords", "关键词.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                keywords(T.keywords().total()));
        upload("content-bank", "生成内容测试题.csv", "text/csv", contentBank());
        upload("should-refuse", "应拒答.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                shouldRefuse());
        upload("non-refusal", "非拒答.csv", "text/csv", nonRefusal());
        for (String list : List.of("keywords", "content-bank", "should-refuse", "non-refusal")) {
            assertThat(page.textContent("#list-" + list)).as(list).contains("符合门户按 GB/T 45654-2025 检查的各项数量和比例");
        }
        screenshot(page, "model-filing-lists-zh");

        page.click("#to-review");
        page.waitForURL("**/review");
        assertThat(page.textContent("#review-summary")).contains("未发现错误");
        screenshot(page, "model-filing-review-zh");

        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(120_000), () -> page.click("#dossier-zip"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(files.keySet()).contains("0_生成式人工智能服务上线备案表.pdf", "1_生成式人工智能服务安全评估报告.pdf",
                "2_模型服务协议及隐私政策核查.pdf", "3_语料标注规则.pdf", "4_拦截关键词列表.xlsx", "5_评估测试题.xlsx");
        assertThat(PdfText.of(files.get("0_生成式人工智能服务上线备案表.pdf")))
                .contains("生成式人工智能服务上线备案表", "灵犀大模型", "北京灵犀智能科技有限公司", "人机对话、文字生成");
        assertThat(PdfText.of(files.get("1_生成式人工智能服务安全评估报告.pdf")))
                .contains("逐条评估结果", "语料来源安全", "符合", "合格率95.9%", "拒答率100%", "拒答率1.9%")
                .doesNotContain("草稿");
        assertThat(PdfText.of(files.get("2_模型服务协议及隐私政策核查.pdf"))).contains("生成合成内容标识", "已找到");

        // The second visit: a step opened and saved unchanged makes no new version.
        int before = versions(id);
        page.navigate(url("/model-filings/" + id + "/steps/service"));
        page.click("#save");
        page.waitForLoadState();
        assertThat(versions(id)).isEqualTo(before);

        // English on request.
        page.navigate(url("/model-filings/" + id + "/review?lang=en"));
        assertThat(page.textContent("main")).contains("Review and download", "No errors found",
                "Generative AI Service Security Assessment Report");
        screenshot(page, "model-filing-review-en");
        page.navigate(url("/model-filings/" + id + "/review?lang=zh-CN"));

        for (String path : List.of("/steps/basic", "/steps/assessment", "/lists", "/review")) {
            fitsAPhone("/model-filings/" + id + path);
        }
    }

    /**
     * Found in a walk: the report's step was about ten thousand pixels tall on a phone, every clause with its three
     * texts whatever its result. A clause's texts show as its result is chosen and fold away as another is, unless
     * they hold typing; saved and opened again, the page shows what the saved results ask for.
     */
    @Test
    void aClausesTextsShowAsItsResultIsChosenAndTypingStaysInView() {
        String step = newFilingsAssessmentStep();
        String row = "model.assessment.clauses.CORPUS_SOURCE";
        Locator result = page.locator("[name='" + row + ".result']");
        Locator evidence = page.locator("[name='" + row + ".evidence']");
        Locator reason = page.locator("[name='" + row + ".reason']");
        Locator measure = page.locator("[name='" + row + ".measure']");
        assertThat(List.of(evidence.isVisible(), reason.isVisible(), measure.isVisible()))
                .containsExactly(false, false, false);

        result.selectOption("DOES_NOT_CONFORM");
        assertThat(List.of(evidence.isVisible(), reason.isVisible(), measure.isVisible()))
                .containsExactly(false, true, true);
        reason.fill("尚未完成抽检");
        result.selectOption("CONFORMS");
        // The reason holds typing: it stays in view, said to be kept but not printed; the empty measure folds away.
        assertThat(List.of(evidence.isVisible(), reason.isVisible(), measure.isVisible()))
                .containsExactly(true, true, false);
        assertThat(page.locator(".field:has([name='" + row + ".reason']) [data-not-asked]").isVisible()).isTrue();
        assertThat(page.locator(".field:has([name='" + row + ".evidence']) [data-not-asked]").isVisible()).isFalse();
        result.selectOption("");
        assertThat(List.of(evidence.isVisible(), reason.isVisible(), measure.isVisible()))
                .containsExactly(false, true, false);
        result.selectOption("CONFORMS");
        evidence.fill("语料来源清单及抽检记录");
        screenshot(page, "model-filing-assessment-clause-zh");
        page.click("#save");
        page.waitForURL("**/steps/assessment");
        page.waitForLoadState();
        assertThat(evidence.inputValue()).isEqualTo("语料来源清单及抽检记录");
        assertThat(reason.inputValue()).isEqualTo("尚未完成抽检");
        assertThat(List.of(evidence.isVisible(), reason.isVisible(), measure.isVisible()))
                .containsExactly(true, true, false);

        // On a phone the step is a question per clause until its result is chosen: far shorter than with every text.
        var phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"));
        phone.addCookies(context.cookies());
        var on = phone.newPage();
        on.navigate(step);
        // The checklist comes after the form on a phone: a link at the top leads to it (beside the form, none).
        assertThat(on.locator(".jump-checklist a").isVisible()).isTrue();
        assertThat(page.locator(".jump-checklist a").isVisible()).isFalse();
        on.click(".jump-checklist a");
        assertThat(on.url()).endsWith("#checklist");
        // The clauses sit under their group's heading by a rule, not in a second box (two boxes' padding narrowed
        // the texts on a phone, a box in a box on a desktop), under a heading of their own (it repeated the group's:
        // 逐条评估 under 逐条评估（…）).
        String clauses = "document.querySelector('fieldset.group fieldset.group.rows')";
        assertThat(on.evaluate("() => getComputedStyle(" + clauses + ").borderLeftWidth")).isEqualTo("0px");
        assertThat(page.evaluate("() => getComputedStyle(" + clauses + ").borderLeftWidth")).isEqualTo("0px");
        String outer = (String) on.evaluate("() => " + clauses
                + ".parentElement.closest('fieldset').querySelector('legend').textContent");
        String inner = (String) on.evaluate("() => " + clauses + ".querySelector('legend').textContent");
        assertThat(outer).as("the group's heading").isEqualTo("安全基本要求第5–8章");
        assertThat(inner).as("the clauses' heading").isEqualTo("逐条评估");
        on.locator("fieldset.group fieldset.group.rows legend").scrollIntoViewIfNeeded();
        screenshot(on, "model-filing-phone-assessment-clauses");
        int folded = ((Number) on.evaluate("() => document.documentElement.scrollHeight")).intValue();
        screenshot(on, "model-filing-phone-assessment-folded");
        on.evaluate("() => document.querySelectorAll('[data-shown-with]').forEach(part => part.hidden = false)");
        int unfolded = ((Number) on.evaluate("() => document.documentElement.scrollHeight")).intValue();
        assertThat(folded).as("folded %d px, unfolded %d px", folded, unfolded).isLessThan(unfolded * 6 / 10);
        phone.close();
    }

    /**
     * Found in a walk: leaving the step with typing (the leave dialog accepted) and coming back with the browser's
     * Back, the browser put the result and the texts back, but the texts stayed folded away and the form was not
     * marked unsaved, so a second leave lost them without a word.
     */
    @Test
    void typingTheBrowserPutsBackAfterBackIsShownAndCountsAsUnsaved() {
        newFilingsAssessmentStep();
        String row = "model.assessment.clauses.SERVICE_TRANSPARENCY";
        page.locator("[name='" + row + ".result']").selectOption("DOES_NOT_CONFORM");
        page.locator("[name='" + row + ".reason']").fill("透明度说明尚未发布");
        java.util.List<String> dialogs = new java.util.ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.accept();
        });
        page.click("#nav-inbox");
        page.waitForURL("**/inbox");
        page.goBack();
        page.waitForURL("**/steps/assessment");
        Locator reason = page.locator("[name='" + row + ".reason']");
        assertThat(page.locator("[name='" + row + ".result']").inputValue()).isEqualTo("DOES_NOT_CONFORM");
        assertThat(reason.inputValue()).isEqualTo("透明度说明尚未发布");
        assertThat(reason.isVisible()).isTrue();
        assertThat(page.locator("[name='" + row + ".measure']").isVisible()).isTrue();
        assertThat(page.locator("form.step-form").getAttribute("data-unsaved")).isNotNull();
        assertThat(dialogs).containsExactly("beforeunload");
    }

    /**
     * Found in a walk: a field typed and not saved, then "take the company's details": the page saved the typed field
     * first (a new version) and sent the button with the version from before, which was refused as another person's
     * change. Both now go through.
     */
    @Test
    void takingTheCompanysDetailsAfterAnUnsavedEditKeepsTheEditAndIsNotAConflict() {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        var algorithmFiling = fixtures.fillWithDemo(fixtures.filing(company, "采用主体算法"),
                com.cacfiling.web.security.PortalUser.of(officer));
        login(page, officer.getUsername(), TestFixtures.PASSWORD);
        page.navigate(url("/model-filings/new"));
        page.check("#route-FILING");
        page.click("#create-model-filing");
        page.waitForURL("**/steps/basic");
        String modelBasic = page.url();

        // The company's contact changes in the algorithm filing's Step 1.
        page.navigate(url("/filings/" + algorithmFiling.getId() + "/steps/entity"));
        page.fill("#f-entity-contact-mobile", "13700137009");
        page.click("#save");
        page.waitForURL("**/steps/entity");
        page.navigate(modelBasic);
        assertThat(page.textContent("#entity-differs")).contains("不一致");

        page.fill("#f-model-basics-modelName", "星河绘写大模型");
        page.click("#take-company-entity");
        // The step's save, then the button's post: the page is replaced when both are done.
        page.waitForSelector("#entity-differs", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.waitForLoadState();
        assertThat(page.content()).doesNotContain("内容已被他人修改");
        assertThat(page.locator("#entity-differs").count()).isZero();
        assertThat(page.inputValue("#f-model-basics-modelName")).isEqualTo("星河绘写大模型");
        assertThat(page.inputValue("[name='model.entity.contactPhone']")).isEqualTo("13700137009");
    }
}
