package com.cacfiling.web.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flash attributes after a redirect ("saved", "upload refused") in a signed cookie instead of the session. Kept in the
 * session, every save wrote the session twice, once to add the notice and once to remove it: two committed
 * transactions per save and its next page, about a third of the round trip's CPU measured on one connection
 * (docs/performance.md, eighth round).
 * <p>
 * Only notices go to the cookie: attributes named in {@link #NOTICES} whose values are message keys, flags or counts.
 * Anything else (a new password or API token shown once, names of people, objects) stays in the session as before, so
 * no secret or personal data ever travels in a cookie. The cookie is signed with a key every replica shares
 * ({@link PortalKeys}); one that does not verify, has expired or names anything else is ignored, so at worst a notice
 * is not shown.
 */
public final class NoticeCookies extends SessionFlashMapManager {

    static final String COOKIE = "FILING_NOTICE";

    /**
     * The flash attributes that are notices: their values are message keys, anchors, flags or counts, never user
     * data.
     */
    static final Set<String> NOTICES = Set.of("message", "refusal", "rowLimit", "uploadError", "uploadKind", "uploaded",
            "sampleError", "evidenceError", "evidenceTitleError", "agreementError", "addedRow", "noticeAt");

    private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,99}");
    /** Well below the 4 KB browsers keep per cookie. */
    private static final int MAX_COOKIE_LENGTH = 3000;
    private static final String CURRENT = NoticeCookies.class.getName() + ".current";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SecretKeySpec key;

    public NoticeCookies(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /**
     * A new list, never the session's own: Spring removes shown maps from the list it gets, and had that been the
     * session's list, the session would already look unchanged to {@link #updateFlashMaps}, which then would not
     * store it, and a new password would be shown again on the next visit.
     */
    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        List<FlashMap> inCookie = inCookie(request);
        List<FlashMap> inSession = super.retrieveFlashMaps(request);
        if (inCookie.isEmpty() && inSession == null) {
            return null;
        }
        List<FlashMap> all = new ArrayList<>(inCookie);
        if (inSession != null) {
            all.addAll(inSession);
        }
        return all;
    }

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request,
            HttpServletResponse response) {
        List<FlashMap> toCookie = new ArrayList<>();
        List<FlashMap> toSession = new ArrayList<>();
        for (FlashMap map : flashMaps) {
            (isNotice(map) ? toCookie : toSession).add(map);
        }
        String value = toCookie.isEmpty() ? null : sign(toCookie);
        if (value != null && value.length() > MAX_COOKIE_LENGTH) {
            toSession.addAll(toCookie);
            toCookie.clear();
            value = null;
        }
        if (!toCookie.equals(inCookie(request))) {
            request.setAttribute(CURRENT, toCookie);
            response.addCookie(cookie(request, value));
        }
        // The session is written only when its own share changed: a notice coming or going leaves it alone.
        List<FlashMap> inSession = super.retrieveFlashMaps(request);
        if (!toSession.equals(inSession == null ? List.of() : inSession)) {
            super.updateFlashMaps(toSession, request, response);
        }
    }

    private static boolean isNotice(FlashMap map) {
        return map.entrySet().stream().allMatch(entry -> NOTICES.contains(entry.getKey()) && isPlain(entry.getValue()));
    }

    private static boolean isPlain(Object value) {
        return value instanceof Boolean || value instanceof Integer
                || value instanceof String text && MESSAGE_KEY.matcher(text).matches();
    }

    /** The notices this request came with, or as this request has already changed them. */
    @SuppressWarnings("unchecked")
    private List<FlashMap> inCookie(HttpServletRequest request) {
        Object current = request.getAttribute(CURRENT);
        if (current != null) {
            return (List<FlashMap>) current;
        }
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        List<FlashMap> read = cookie == null ? List.of() : verified(cookie.getValue());
        request.setAttribute(CURRENT, read);
        return read;
    }

    private Cookie cookie(HttpServletRequest request, String value) {
        Cookie cookie = new Cookie(COOKIE, value == null ? "" : value);
        String contextPath = request.getContextPath();
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(value == null ? 0 : getFlashMapTimeout());
        return cookie;
    }

    private String sign(List<FlashMap> maps) {
        ArrayNode array = JSON.createArrayNode();
        for (FlashMap map : maps) {
            ObjectNode node = array.addObject();
            node.put("path", map.getTargetRequestPath());
            node.put("expires", map.getExpirationTime());
            ObjectNode params = node.putObject("params");
            map.getTargetRequestParams().forEach((name, values) -> values.forEach(params.putArray(name)::add));
            ObjectNode attributes = node.putObject("attributes");
            map.forEach((name, value) -> {
                if (value instanceof Boolean flag) {
                    attributes.put(name, flag);
                }
                else if (value instanceof Integer count) {
                    attributes.put(name, count);
                }
                else {
                    attributes.put(name, (String) value);
                }
            });
        }
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(array));
        return payload + "." + signature(payload);
    }

    /** The notices in a cookie value, if it carries this portal's signature; none otherwise. */
    private List<FlashMap> verified(String value) {
        int dot = value.indexOf('.');
        if (dot < 0 || !MessageDigest.isEqual(signature(value.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return List.of();
        }
        try {
            JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(value.substring(0, dot)));
            List<FlashMap> maps = new ArrayList<>();
            for (JsonNode node : array) {
                FlashMap map = new FlashMap();
                map.setTargetRequestPath(node.path("path").isString() ? node.path("path").asString() : null);
                map.setExpirationTime(node.path("expires").asLong());
                for (Map.Entry<String, JsonNode> param : node.path("params").properties()) {
                    param.getValue().forEach(v -> map.addTargetRequestParam(param.getKey(), v.asString()));
                }
                for (Map.Entry<String, JsonNode> attribute : node.path("attributes").properties()) {
                    JsonNode v = attribute.getValue();
                    map.put(attribute.getKey(), v.isBoolean() ? v.asBoolean() : v.isInt() ? v.asInt() : v.asString());
                }
                // Spring would still show an expired map once; a signed cookie could be replayed, so not here.
                if (isNotice(map) && !map.isExpired()) {
                    maps.add(map);
                }
            }
            return maps;
        }
        catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException notAvailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", notAvailable);
        }
    }
}
