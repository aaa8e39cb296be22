package com.cacfiling.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockServletContext;

import com.cacfiling.domain.form.FieldKind;

/**
 * The fields' HTML without a server: escaping of everything a user typed, read-only pages without inputs that take
 * a value or buttons, a value typed that is not valid shown as typed with its error. (The markup of editable pages
 * was compared, page by page, with the Thymeleaf fragment it replaced; the browser tests drive it.)
 */
class FieldHtmlTest {

    static final UUID FILING = UUID.fromString("847bd446-b013-4de9-a780-1007c98bbb22");
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'y'";
    static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;";

    final FieldHtml fieldHtml;

    FieldHtmlTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "com/cacfiling/rules/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        MockServletContext servletContext = new MockServletContext();
        servletContext.setContextPath("/portal");
        fieldHtml = new FieldHtml(messages, new ZiCounts(), servletContext);
    }

    static FieldView field(FieldKind kind, String path, String value, List<FieldView.Option> options, String error) {
        return new FieldView(kind, path, WizardView.anchor(path), "标签 " + HOSTILE, "说明 " + HOSTILE, value,
                value == null ? List.of() : List.of(value), options, error, null, false, 200,
                value == null ? new FieldView.Suggestion(HOSTILE, "企业名称") : null);
    }

    record Finding(String severityCss, String message) implements FieldHtml.Note {
    }

    /** A repeating group with one movable row, more rows allowed. */
    static FieldView products() {
        FieldView name = field(FieldKind.TEXT, "step3.products[0].name", "产品", List.of(), null);
        return new FieldView(FieldKind.GROUP, "step3.products", "f-step3-products", "产品", null, null, List.of(),
                List.of(), null, List.of(new FieldView.Row(0, "step3.products[0]", "f-step3-products-0", "产品 1",
                        List.of(name), true)), true, 0, null);
    }

    String render(boolean editable, List<Finding> notes, FieldView... fields) {
        return fieldHtml.page(Locale.SIMPLIFIED_CHINESE, FILING, editable, path -> notes, path -> List.of())
                .of(List.of(fields));
    }

    @Test
    void everythingTypedIsEscapedInTextsAndAttributes() {
        String html = render(true, List.of(new Finding("warning", HOSTILE)),
                field(FieldKind.TEXT, "algorithm.basics.name", HOSTILE, List.of(), null),
                field(FieldKind.LONG_TEXT, "algorithm.details.introduction", HOSTILE, List.of(), null),
                field(FieldKind.SINGLE_CHOICE, "algorithm.basics.algorithmType", "A",
                        List.of(new FieldView.Option("A", HOSTILE, true, false)), null));

        assertThat(html).doesNotContain("<script>").doesNotContain("'y'")
                .contains("value=\"" + ESCAPED + "\"")
                .contains("<label for=\"f-algorithm-basics-name\">标签 " + ESCAPED + "</label>")
                .contains("<p class=\"hint\">说明 " + ESCAPED + "</p>")
                .contains("rows=\"3\">\n" + ESCAPED + "</textarea>")
                .contains("<option value=\"A\" selected=\"selected\">" + ESCAPED + "</option>")
                .contains("<p class=\"finding warning\">" + ESCAPED + "</p>");
    }

    @Test
    void anEmptyFieldOffersTheSuggestionEscapedAndAnEmptyValue() {
        String html = render(true, List.of(), field(FieldKind.TEXT, "entity.name", null, List.of(), null));

        assertThat(html).contains("name=\"entity.name\" value=\"\">")
                .contains("<button type=\"button\" class=\"small suggest\" data-fill=\"f-entity-name\" data-value=\""
                        + ESCAPED + "\">填入“企业名称”：" + ESCAPED + "</button>");
    }

    @Test
    void onlyAnErrorMarksAFieldRedAWarningMarksItInTheWarningColour() {
        var field = field(FieldKind.TEXT, "algorithm.basics.name", "甲", List.of(), null);
        assertThat(render(true, List.of(new Finding("warning", "上线时间较近")), field))
                .contains("<div class=\"field has-note\">").doesNotContain("has-error");
        assertThat(render(true, List.of(new Finding("info", "提示")), field)).contains("has-note")
                .doesNotContain("has-error");
        assertThat(render(true, List.of(new Finding("warning", "上线时间较近"), new Finding("error", "此项为必填项。")),
                field)).contains("<div class=\"field has-error\">");
    }

    /** A phone opens the keyboard the identifier needs (found in a walk: letters for a mobile number). */
    @Test
    void identifiersAskForTheirKeyboardAndStayTextInputs() {
        FieldView mobile = new FieldView(FieldKind.IDENTIFIER, "entity.contact.mobile", "f-mobile", "手机", null,
                "1381234", List.of("1381234"), List.of(), "手机号码不正确", null, false, 0, null, true,
                com.cacfiling.domain.form.IdentifierType.PHONE);
        assertThat(render(true, List.of(), mobile)).contains("<input type=\"text\" inputmode=\"tel\" id=\"f-mobile\"")
                .contains("value=\"1381234\"");
        FieldView email = new FieldView(FieldKind.IDENTIFIER, "entity.contact.email", "f-email", "邮箱", null, null,
                List.of(), List.of(), null, null, false, 0, null, true, com.cacfiling.domain.form.IdentifierType.EMAIL);
        assertThat(render(true, List.of(), email)).contains("inputmode=\"email\"");
    }

    @Test
    void aValueTypedThatIsNotValidStaysAsTypedWithItsErrorNextToIt() {
        String html = render(true, List.of(),
                field(FieldKind.DATE, "algorithm.basics.launchDate", "2026-13-45", List.of(), "请输入有效日期"));

        assertThat(html).contains("<div class=\"field has-error\">")
                .contains("<input type=\"text\" id=\"f-algorithm-basics-launchDate\"")
                .contains("value=\"2026-13-45\"")
                .contains("<p class=\"field-error\" id=\"f-algorithm-basics-launchDate-error\">请输入有效日期</p>");
        assertThat(render(true, List.of(), field(FieldKind.DATE, "algorithm.basics.launchDate", "2026-03-01",
                List.of(), null))).contains("<input type=\"date\"").doesNotContain("has-error");
    }

    /**
     * Found in a walk: a value typed invalidly showed its error in red only. Every kind of field marks its inputs
     * aria-invalid and points them at the message, in both wizards (they share this writer); a valid one neither.
     */
    @Test
    void anInvalidFieldIsMarkedForScreenReadersWhateverItsKind() {
        List<FieldView.Option> options = List.of(new FieldView.Option("A", "甲", true, false));
        for (FieldKind kind : List.of(FieldKind.TEXT, FieldKind.IDENTIFIER, FieldKind.LONG_TEXT, FieldKind.LINES,
                FieldKind.ZI_TEXT, FieldKind.DATE, FieldKind.INTEGER, FieldKind.DECIMAL, FieldKind.SINGLE_CHOICE,
                FieldKind.MULTI_CHOICE, FieldKind.YES_NO)) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parseBodyFragment(render(true, List.of(),
                    field(kind, "model.basics.apiUrl", "abc", options, "请输入完整的网址")));
            var inputs = page.select("input[name=model.basics.apiUrl], textarea, select");
            assertThat(inputs).as(kind.name()).isNotEmpty().allSatisfy(input -> {
                assertThat(input.attr("aria-invalid")).as(kind.name()).isEqualTo("true");
                var message = page.getElementById(input.attr("aria-describedby"));
                assertThat(message).as(kind.name()).isNotNull();
                assertThat(message.text()).as(kind.name()).isEqualTo("请输入完整的网址");
            });
            String valid = render(true, List.of(), field(kind, "model.basics.apiUrl", "abc", options, null));
            assertThat(valid).as(kind.name()).doesNotContain("aria-invalid").doesNotContain("aria-describedby");
        }
    }

    @Test
    void aReadOnlyPageTakesNoInputAndOffersNoButtons() {
        FieldView products = products();
        String html = render(false, List.of(),
                field(FieldKind.TEXT, "entity.name", null, List.of(), null),
                field(FieldKind.YES_NO, "algorithm.details.data.inputBiometric", "false", List.of(), null),
                field(FieldKind.MULTI_CHOICE, "algorithm.basics.applicationAreas", "A",
                        List.of(new FieldView.Option("A", "通用问答", true, false)), null),
                field(FieldKind.SINGLE_CHOICE, "algorithm.basics.algorithmType", "A",
                        List.of(new FieldView.Option("A", "生成合成类", true, false)), null),
                field(FieldKind.ZI_TEXT, "algorithm.details.introduction", "简介", List.of(), null),
                products);

        assertThat(html).contains("name=\"entity.name\" value=\"\" readonly=\"readonly\">")
                .contains("value=\"false\" checked=\"checked\"\ndisabled=\"disabled\">")
                .contains("value=\"A\" checked=\"checked\" disabled=\"disabled\">")
                .contains("name=\"algorithm.basics.algorithmType\" disabled=\"disabled\">")
                .contains("/zi-count\" readonly=\"readonly\">")
                .contains("name=\"step3.products[0].name\" value=\"产品\" readonly=\"readonly\">")
                .doesNotContain("<button");
    }

    @Test
    void rowsOfAnEditablePageCanBeAddedMovedAndRemovedAndTheCounterAsksThePortal() {
        FieldView products = products();
        String html = render(true, List.of(), products,
                field(FieldKind.ZI_TEXT, "algorithm.details.introduction", "简介", List.of(), null));

        assertThat(html).contains("<input type=\"hidden\" name=\"step3.products[0]._row\" value=\"1\">")
                .contains("value=\"up:step3.products:0\" title=\"上移\"")
                .contains("value=\"down:step3.products:0\" title=\"下移\"")
                .contains("value=\"remove:step3.products:0\" class=\"small danger\">删除</button>")
                .contains("value=\"add:step3.products\" id=\"add-f-step3-products\">添加产品</button>")
                .contains("data-zi-url=\"/portal/filings/" + FILING + "/zi-count\"")
                .contains("data-unit=\"字\">2 / 200 字</p>");
    }

    @Test
    void keyedRowsOneRowPerKeyHaveNoRowTools() {
        FieldView title = field(FieldKind.TEXT, "entity.responsibilityTable.policies.SELF_ASSESSMENT.title", "制度",
                List.of(), null);
        FieldView policies = new FieldView(FieldKind.KEYED_GROUP, "entity.responsibilityTable.policies",
                "f-entity-responsibilityTable-policies", "管理制度", null, null, List.of(), List.of(), null,
                List.of(new FieldView.Row(0, "entity.responsibilityTable.policies.SELF_ASSESSMENT",
                        "f-entity-responsibilityTable-policies-SELF-ASSESSMENT", "算法安全自评估制度", List.of(title),
                        false)), false, 0, null);

        String html = render(true, List.of(), policies);

        assertThat(html).contains("<h3 class=\"row-title\">算法安全自评估制度</h3>")
                .doesNotContain("rowtools").doesNotContain("_row").doesNotContain("<button");
    }
}
