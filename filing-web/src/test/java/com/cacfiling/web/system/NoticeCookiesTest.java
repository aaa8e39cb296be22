package com.cacfiling.web.system;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What goes into the notice cookie and what stays in the session, and that a notice comes back once, only with this
 * portal's signature and only before it expires. PageTransactionsOverHttpTest shows it on the running portal.
 */
class NoticeCookiesTest {

    private static final String SESSION_FLASH = "org.springframework.web.servlet.support.SessionFlashMapManager"
            + ".FLASH_MAPS";

    private final NoticeCookies notices = new NoticeCookies(key(1));
    private final StoredSession session = new StoredSession();

    /**
     * A session as Spring Session keeps it: reading an attribute gives the same object every time, but only what is
     * set (or removed) is stored at the end of the request, as it is then; {@link #stored} is what the next request
     * would find.
     */
    private static final class StoredSession extends MockHttpSession {
        private final java.util.Map<String, Object> stored = new java.util.HashMap<>();

        @Override
        public void setAttribute(String name, Object value) {
            super.setAttribute(name, value);
            stored.put(name, value instanceof java.util.List<?> list ? new java.util.ArrayList<>(list) : value);
        }

        @Override
        public void removeAttribute(String name) {
            super.removeAttribute(name);
            stored.remove(name);
        }

        Object stored(String name) {
            return stored.get(name);
        }
    }

    @Test
    void aNoticeTravelsInASignedCookieAndComesBackOnceWithoutTouchingTheSession() {
        MockHttpServletResponse post = new MockHttpServletResponse();
        notices.saveOutputFlashMap(saved(), request("POST", "/filings/1/steps/basic"), post);

        Cookie cookie = post.getCookie(NoticeCookies.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.getMaxAge()).isEqualTo(notices.getFlashMapTimeout());
        assertThat(cookie.getValue()).doesNotContain("wizard.saved");
        assertThat(inSession()).as("the session is not written").isNull();

        MockHttpServletRequest next = request("GET", "/filings/1/steps/detailed", cookie);
        MockHttpServletResponse page = new MockHttpServletResponse();
        FlashMap shown = notices.retrieveAndUpdate(next, page);
        assertThat(map(shown)).containsEntry("message", "wizard.saved").containsEntry("rowLimit", true);
        assertThat(page.getCookie(NoticeCookies.COOKIE).getMaxAge()).as("removed once shown").isZero();
        assertThat(inSession()).isNull();
    }

    @Test
    void aNoticeForAnotherPageWaitsForThatPage() {
        MockHttpServletResponse post = new MockHttpServletResponse();
        notices.saveOutputFlashMap(saved(), request("POST", "/filings/1/steps/basic"), post);
        Cookie cookie = post.getCookie(NoticeCookies.COOKIE);

        MockHttpServletResponse elsewhere = new MockHttpServletResponse();
        assertThat(map(notices.retrieveAndUpdate(request("GET", "/filings", cookie), elsewhere))).isNull();
        assertThat(elsewhere.getCookie(NoticeCookies.COOKIE)).as("left as it is").isNull();
        assertThat(map(notices.retrieveAndUpdate(request("GET", "/filings/1/steps/detailed", cookie),
                new MockHttpServletResponse()))).containsEntry("message", "wizard.saved");
    }

    @Test
    void secretsAndPeoplesNamesStayInTheSession() {
        FlashMap password = flash("/admin/users", "newPassword", "wizard.saved", "newPasswordUser", "officer.a");
        MockHttpServletResponse response = new MockHttpServletResponse();
        notices.saveOutputFlashMap(password, request("POST", "/admin/users/1/password"), response);
        assertThat(response.getCookie(NoticeCookies.COOKIE)).isNull();
        assertThat(inSession()).containsExactly(password);

        FlashMap outcome = flash("/filings/1/review", "outcome", "outcome.approve",
                "outcomeSubject", "张三的智能客服算法");
        MockHttpServletResponse approved = new MockHttpServletResponse();
        notices.saveOutputFlashMap(outcome, request("POST", "/filings/1/approve"), approved);
        assertThat(approved.getCookie(NoticeCookies.COOKIE)).isNull();

        FlashMap shown = notices.retrieveAndUpdate(request("GET", "/admin/users"), new MockHttpServletResponse());
        assertThat(map(shown)).containsEntry("newPassword", "wizard.saved");
        assertThat(inSession()).as("shown once: the session is stored without it").containsExactly(outcome);
    }

    @Test
    void aMessageThatIsNotAMessageKeyStaysInTheSession() {
        FlashMap typed = flash("/model-filings/1", "uploadKind", "<script>alert(1)</script>");
        MockHttpServletResponse response = new MockHttpServletResponse();
        notices.saveOutputFlashMap(typed, request("POST", "/model-filings/1/upload"), response);
        assertThat(response.getCookie(NoticeCookies.COOKIE)).isNull();
        assertThat(inSession()).containsExactly(typed);
    }

    @Test
    void aCookieWithoutThisPortalsSignatureIsIgnored() {
        MockHttpServletResponse post = new MockHttpServletResponse();
        new NoticeCookies(key(2)).saveOutputFlashMap(saved(), request("POST", "/filings/1/steps/basic"), post);
        Cookie otherKey = post.getCookie(NoticeCookies.COOKIE);
        assertThat(map(notices.retrieveAndUpdate(request("GET", "/filings/1/steps/detailed", otherKey),
                new MockHttpServletResponse()))).isNull();

        MockHttpServletResponse signed = new MockHttpServletResponse();
        notices.saveOutputFlashMap(saved(), request("POST", "/filings/1/steps/basic"), signed);
        String value = signed.getCookie(NoticeCookies.COOKIE).getValue();
        String payload = value.substring(0, value.indexOf('.'));
        String signature = value.substring(value.indexOf('.'));
        char[] changed = payload.toCharArray();
        changed[changed.length / 2] = changed[changed.length / 2] == 'A' ? 'B' : 'A';
        for (String forged : new String[] {new String(changed) + signature, payload, payload + ".", "", "."}) {
            assertThat(map(notices.retrieveAndUpdate(
                    request("GET", "/filings/1/steps/detailed", new Cookie(NoticeCookies.COOKIE, forged)),
                    new MockHttpServletResponse()))).as(forged).isNull();
        }
    }

    @Test
    void anExpiredNoticeIsNotShown() {
        FlashMap old = saved();
        MockHttpServletResponse post = new MockHttpServletResponse();
        NoticeCookies noTime = new NoticeCookies(key(1));
        noTime.setFlashMapTimeout(-1);
        noTime.saveOutputFlashMap(old, request("POST", "/filings/1/steps/basic"), post);
        MockHttpServletResponse page = new MockHttpServletResponse();
        assertThat(map(notices.retrieveAndUpdate(request("GET", "/filings/1/steps/detailed",
                post.getCookie(NoticeCookies.COOKIE)), page))).isNull();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Object> inSession() {
        return (java.util.List<Object>) session.stored(SESSION_FLASH);
    }

    /** A flash map is a map and comparable; AssertJ is to see it as a map. */
    private static java.util.Map<String, Object> map(FlashMap flashMap) {
        return flashMap;
    }

    private static FlashMap saved() {
        return flash("/filings/1/steps/detailed", "message", "wizard.saved", "rowLimit", true);
    }

    /** A flash map for {@code targetPath}, with attribute names and values in pairs. */
    private static FlashMap flash(String targetPath, Object... namesAndValues) {
        FlashMap map = new FlashMap();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        map.setTargetRequestPath(targetPath);
        return map;
    }

    private MockHttpServletRequest request(String method, String path, Cookie... cookies) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setSession(session);
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        return request;
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
