package com.cacfiling.web.browser;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import com.cacfiling.web.user.UserAccount;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, each as the role that uses it: usable on a 390 × 844 phone (no sideways scrolling, the wizard's
 * save bar reachable) and free of axe-core violations at desktop width. axe-core is vendored in the test resources
 * ({@code axe/axe.min.js}, MPL-2.0) so that the test never fetches anything.
 */
class EveryPageBrowserTest extends BrowserTestBase {

    private static final Path AXE = axePath();
    private static final List<String> STEPS = List.of("entity", "basic", "detailed", "assessment", "step3", "review");

    /** axe rules excluded on some pages; none are: every page has 0 violations. */
    private static final Map<String, Set<String>> EXCLUDED_RULES = Map.of();

    /**
     * Visible labels, buttons, headers, badges and navigation links with a short Chinese text (a role name, 错误)
     * whose text runs over more than one line, i.e. broken inside a word.
     */
    private static final String SHORT_CJK_TEXT_ON_MORE_THAN_ONE_LINE = """
            () => [...document.querySelectorAll('th, button, label, legend, .badge, .tag, .steps a, nav a, td.nowrap')]
              .filter(el => el.offsetParent !== null)
              .filter(el => { const text = el.innerText.trim();
                return /[\u3400-\u9fff]/.test(text) && text.length <= 8 && !/\s/.test(text); })
              .filter(el => { const tops = [];
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const range = document.createRange(); range.selectNodeContents(node);
                  for (const r of range.getClientRects()) { if (r.width > 0) { tops.push(r.top); } } }
                tops.sort((a, b) => a - b);
                return tops.length > 1 && tops[tops.length - 1] - tops[0] > 8; })
              .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + el.innerText.trim() + '"')""";

    private record Visit(String name, String role, String path) {
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.cacfiling.web.triage.Services services;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final Map<String, UserAccount> accounts = new LinkedHashMap<>();
    private List<Visit> pages;

    @BeforeEach
    void data() {
        Company company = fixtures.company();
        UserAccount officer = fixtures.officer(company);
        accounts.put("officer", officer);
        accounts.put("consultant", fixtures.consultant(company));
        accounts.put("admin", fixtures.admin());
        FilingRecord filing = fixtures.fillWithDemo(fixtures.filing(company, TestFixtures.unique("手机检查算法")),
                PortalUser.of(officer));
        String id = filing.getId().toString();
        // A value kept as typed that is one long word: the review page lists it and must still fit.
        jdbc.update("update company set typed_input = cast(? as jsonb) where id = ?",
                com.cacfiling.web.wizard.TypedInputs.none().with("entity.contact.name",
                        new com.cacfiling.web.wizard.TypedInputs.TypedInput("Z".repeat(300), "form.invalid.tooLong",
                                List.of("100", "300"))).toJson(), company.getId());
        pages = new ArrayList<>();
        pages.add(new Visit("login", null, "/login"));
        pages.add(new Visit("dashboard", "officer", "/filings"));
        pages.add(new Visit("dashboard-consultant", "consultant", "/filings"));
        pages.add(new Visit("new-filing", "officer", "/filings/new"));
        for (String step : STEPS) {
            pages.add(new Visit("step-" + step, "officer", "/filings/" + id + "/steps/" + step));
        }
        pages.add(new Visit("workflow", "consultant", "/filings/" + id + "/workflow"));
        pages.add(new Visit("history", "officer", "/filings/" + id + "/history"));
        pages.add(new Visit("inbox", "officer", "/inbox"));
        pages.add(new Visit("profile", "officer", "/profile"));
        // Issue 16: services and triage, the obligations register, the labelling checklist.
        java.util.UUID service = services.create(PortalUser.of(officer), company.getId(), "手机检查服务", null);
        services.saveAnswers(PortalUser.of(officer), service, 0, Map.of("PUBLIC", true, "GENERATIVE", true,
                "PUBLIC_OPINION", true, "OWN_MODEL", true, "SELLS_API", false, "BIOMETRIC_OR_CHANGE", false,
                "MOBILISATION_RND", false, "COMPANION", false));
        pages.add(new Visit("services", "officer", "/services"));
        pages.add(new Visit("triage", "officer", "/services/" + service + "/triage"));
        pages.add(new Visit("triage-result", "officer", "/services/" + service));
        pages.add(new Visit("triage-history", "officer", "/services/" + service + "/history"));
        pages.add(new Visit("obligations", "consultant", "/obligations"));
        pages.add(new Visit("labelling", "officer", "/filings/" + id + "/labelling"));
        pages.add(new Visit("admin-companies", "admin", "/admin/companies"));
        pages.add(new Visit("admin-users", "admin", "/admin/users"));
        pages.add(new Visit("audit", "admin", "/audit"));
        // English words are longer: the pages with the widest tables and buttons again in English (last, as the
        // choice is remembered).
        pages.add(new Visit("review-en", "officer", "/filings/" + id + "/steps/review?lang=en"));
        pages.add(new Visit("step-entity-en", "officer", "/filings/" + id + "/steps/entity?lang=en"));
        pages.add(new Visit("workflow-en", "consultant", "/filings/" + id + "/workflow?lang=en"));
    }

    @Test
    void everyMainPageFitsA390PixelPhoneWithoutSidewaysScrolling() {
        Map<String, String> tooWide = new LinkedHashMap<>();
        Map<String, Object> brokenWords = new LinkedHashMap<>();
        Map<String, Object> tablesScrolling = new LinkedHashMap<>();
        visitAll(390, 844, (visit, on) -> {
            Object broken = on.evaluate(SHORT_CJK_TEXT_ON_MORE_THAN_ONE_LINE);
            if (!((List<?>) broken).isEmpty()) {
                brokenWords.put(visit.name(), broken);
            }
            int scrollWidth = ((Number) on.evaluate("document.documentElement.scrollWidth")).intValue();
            int innerWidth = ((Number) on.evaluate("window.innerWidth")).intValue();
            System.out.printf("390px %-22s scrollWidth %4d innerWidth %d%n", visit.name(), scrollWidth, innerWidth);
            on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("mobile-" + visit.name() + ".png")));
            if (scrollWidth > innerWidth) {
                tooWide.put(visit.name(), scrollWidth + " > " + innerWidth + ": " + widest(on));
            }
            // A table that scrolls inside the page hides columns without saying so (the audit log showed 'admi');
            // on a phone every table's rows fit, as cards where needed.
            Object scrolling = on.evaluate("[...document.querySelectorAll('table')]"
                    + ".filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.id || t.className)");
            if (!((List<?>) scrolling).isEmpty()) {
                tablesScrolling.put(visit.name(), scrolling);
            }
            if (visit.name().startsWith("step-") && !visit.name().equals("step-review")) {
                on.locator("#save").scrollIntoViewIfNeeded();
                assertThat(on.locator("#save").isVisible()).as(visit.name() + " save button").isTrue();
                assertThat(on.locator("#save-next").boundingBox().x + on.locator("#save-next").boundingBox().width)
                        .as(visit.name() + " save-and-continue inside the viewport").isLessThanOrEqualTo(390);
            }
        });
        assertThat(tooWide).as("pages wider than the phone (widest element)").isEmpty();
        assertThat(tablesScrolling).as("tables that scroll sideways on a phone").isEmpty();
        assertThat(brokenWords).as("short CJK labels, buttons and headers split over lines").isEmpty();
    }

    @Test
    void everyMainPageHasNoAxeViolationsAtDesktopWidth() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        Map<String, String> tooWide = new LinkedHashMap<>();
        visitAll(1360, 900, (visit, on) -> {
            if (visit.name().equals("step-review")) {
                assertThat(on.isVisible("#typed-problems")).as("the review page lists the value kept as typed").isTrue();
            }
            int scrollWidth = ((Number) on.evaluate("document.documentElement.scrollWidth")).intValue();
            int innerWidth = ((Number) on.evaluate("window.innerWidth")).intValue();
            if (scrollWidth > innerWidth) {
                tooWide.put(visit.name(), scrollWidth + " > " + innerWidth + ": " + widest(on));
            }
            on.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
            Set<String> excluded = EXCLUDED_RULES.getOrDefault(visit.name(), Set.of());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> found = (List<Map<String, Object>>) on.evaluate("""
                    async (excluded) => (await axe.run(document, {
                        rules: Object.fromEntries(excluded.map(id => [id, {enabled: false}]))
                    })).violations.map(v => ({id: v.id, impact: v.impact,
                        targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' :: '
                            + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) : ''))}))""",
                    List.copyOf(excluded));
            System.out.printf("axe %-22s %d violations%n", visit.name(), found.size());
            for (Map<String, Object> violation : found) {
                String line = violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("targets");
                System.out.println("    " + line);
                violations.computeIfAbsent(visit.name(), key -> new ArrayList<>()).add(line);
            }
        });
        assertThat(violations).as("axe-core violations per page").isEmpty();
        assertThat(tooWide).as("pages wider than the desktop window (widest element)").isEmpty();
    }

    private interface Check {
        void on(Visit visit, Page page);
    }

    /** One browser context per role, signed in once; the anonymous pages in a context of their own. */
    private void visitAll(int width, int height, Check check) {
        Map<String, BrowserContext> contexts = new LinkedHashMap<>();
        try {
            for (Visit visit : pages) {
                BrowserContext roleContext = contexts.computeIfAbsent(String.valueOf(visit.role()), role -> {
                    BrowserContext created = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                            .setViewportSize(width, height).setLocale("zh-CN")
                            // The portal's Content-Security-Policy forbids injected scripts, axe-core's included.
                            .setBypassCSP(true));
                    created.setDefaultTimeout(20_000);
                    if (visit.role() != null) {
                        login(created.newPage(), accounts.get(visit.role()).getUsername(), TestFixtures.PASSWORD);
                    }
                    return created;
                });
                Page on = roleContext.pages().isEmpty() ? roleContext.newPage() : roleContext.pages().get(0);
                on.navigate(url(visit.path()));
                on.waitForLoadState();
                assertThat(on.url()).as(visit.name() + " reached").doesNotContain("/login?").contains(
                        visit.path());
                check.on(visit, on);
            }
        }
        finally {
            contexts.values().forEach(BrowserContext::close);
        }
    }

    /** Names the element reaching furthest right, so that a failure says what to fix. */
    private static String widest(Page on) {
        return (String) on.evaluate("""
                () => { let best = null, right = 0;
                  for (const el of document.querySelectorAll('body *')) {
                    const r = el.getBoundingClientRect().right;
                    if (r > right) { right = r; best = el; } }
                  return best ? best.tagName.toLowerCase() + (best.id ? '#' + best.id : '')
                    + (best.className && typeof best.className === 'string' ? '.' + best.className.split(' ').join('.') : '')
                    + ' right=' + Math.round(right) : 'none'; }""");
    }

    private static Path axePath() {
        try {
            return Path.of(EveryPageBrowserTest.class.getResource("/axe/axe.min.js").toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
