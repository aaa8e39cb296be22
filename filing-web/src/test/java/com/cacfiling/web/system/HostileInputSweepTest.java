package com.cacfiling.web.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cacfiling.web.PortalTest;
import com.cacfiling.web.TestFixtures;
import com.cacfiling.web.company.Company;
import com.cacfiling.web.filing.FilingRecord;
import com.cacfiling.web.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 13, item 3: no input gives a server error. Every endpoint the portal maps (walked from the handler
 * mappings, so new ones are covered the day they are added), as anonymous visitor and as each role, with hostile
 * path variables, parameters and bodies: huge strings, path traversal, negative and overflowing numbers, invalid
 * UUIDs and dates, NUL characters, wrong content types, empty and broken bodies. Any 5xx, or an exception that no
 * handler turned into a response, is a failure.
 */
@PortalTest
class HostileInputSweepTest {

    static final String HUGE = "字".repeat(20_000) + "x".repeat(20_000);

    static final List<String> HOSTILE = List.of(HUGE, "../../etc/passwd", "-1", "2147483647",
            "99999999999999999999", "-2147483649", "not-a-uuid", "2026-13-45", "", " ", "\u0000", "%", "${7*7}",
            "<script>alert(1)</script>", "NaN");

    /** Parameter names every form of the portal uses, besides those declared with @RequestParam. */
    static final Set<String> FORM_FIELDS = Set.of("name", "nameEn", "algorithmName", "companyId", "role", "page",
            "size", "sort", "dir", "status", "q", "deadline", "lang", "submittedOn", "approvedOn", "filingNumber",
            "reason", "body", "fieldPath", "parentId", "title", "kind", "version", "_action", "allowed", "inline",
            "username", "password", "displayName", "email", "launchDate", "establishedOn", "creditCode", "from", "to",
            "text", "serviceEndedOn", "userCount",
            // issue 16: services, triage, obligations register, labelling checklist
            "description", "serviceId", "show", "ownerId", "evidenceLink", "note", "nextReview", "q_PUBLIC",
            "q_GENERATIVE", "checklistVersion", "algorithmVersion", "modalities", "explicitDone", "interfaceLabel",
            "downloadsKeepLabel", "implicitMetadata", "agreementClause", "userDeclaration", "logDuty",
            // the security assessment report
            "functions", "triggers", "assessor", "assessedOn", "measures[SECURITY_STAFF].state",
            "measures[COMPLAINTS].situation", "measures[NOPE].state", "conclusion", "submissionReference");

    static final List<String> BODIES = List.of("", "{", "[]", "null", "{\"schemaVersion\":99}",
            "{\"companyId\":\"x\",\"algorithmName\":" + "\"" + "名".repeat(300) + "\",\"role\":\"NOPE\"}");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("com.cacfiling")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, entry.getValue()));
                }
            }
        }
        assertThat(endpoints).hasSizeGreaterThan(40);
        return endpoints;
    }

    private static Set<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>(FORM_FIELDS);
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            }
        }
        names.remove(null);
        return names;
    }

    /** The pattern with its variables filled: the real filing (or the hostile value), the hostile value elsewhere. */
    private static String path(String pattern, UUID filingId, String value) {
        String encoded = UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
        String path = filingId == null ? pattern : pattern.replace("{filingId}", filingId.toString());
        path = path.replace("{kind}.{extension}", encoded + "." + encoded);
        return path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(encoded));
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, String path, String value,
            String body, String contentType, Map<String, String> fixed) {
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (endpoint.method() == HttpMethod.POST && endpoint.pattern().endsWith("/evidence")) {
            builder = MockMvcRequestBuilders.multipart(path)
                    .file(new MockMultipartFile("file", value, contentType, value.getBytes(StandardCharsets.UTF_8)));
        }
        else {
            builder = MockMvcRequestBuilders.request(endpoint.method(), java.net.URI.create(path));
        }
        for (String name : parameterNames(endpoint.handler())) {
            builder.param(name, fixed.getOrDefault(name, value));
        }
        builder.header("If-Match", value.length() > 1000 ? "\"x\"" : value.replaceAll("[\\r\\n\\u0000]", ""));
        builder.header("Accept-Language", value.length() > 100 || value.isBlank() ? "xx" : value.replaceAll("[\\r\\n\\u0000]", ""));
        if (endpoint.method() != HttpMethod.GET) {
            builder.with(csrf());
            if (body != null) {
                builder.content(body);
            }
            if (contentType != null) {
                builder.contentType(contentType);
            }
        }
        return builder;
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The version the step's form carries: Step 1's own (entity), the filing's (Step 3), else the algorithm's. */
    private String currentVersion(String pattern, UUID filingId) {
        String sql = pattern.endsWith("/steps/entity")
                ? "select c.entity_version from company c join filing f on f.company_id = c.id where f.id = ?"
                : pattern.endsWith("/steps/step3") ? "select version from filing where id = ?"
                : "select a.version from algorithm a join filing f on f.algorithm_id = a.id where f.id = ?";
        return String.valueOf(jdbc.queryForObject(sql, Long.class, filingId));
    }

    @Test
    void noInputGivesAServerError() throws Exception {
        Company company = fixtures.company();
        FilingRecord filing = fixtures.filing(company, "模糊测试算法");
        // Documents are read from a filing the sweep's saves never touch, so they are rendered once, not per save.
        FilingRecord pristine = fixtures.filing(company, "文档算法");
        List<PortalUser> users = new ArrayList<>();
        users.add(null);
        users.add(PortalUser.of(fixtures.officer(company)));
        users.add(PortalUser.of(fixtures.consultant(company)));
        users.add(PortalUser.of(fixtures.admin()));
        users.add(PortalUser.of(fixtures.officer(fixtures.company())));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints()) {
            for (PortalUser user : users) {
                for (int i = 0; i < HOSTILE.size(); i++) {
                    String value = HOSTILE.get(i);
                    boolean documents = endpoint.pattern().contains("/documents/")
                            || endpoint.pattern().contains("dossier.");
                    UUID filingId = i % 2 == 0 ? (documents ? pristine : filing).getId() : null;
                    String body = BODIES.get(i % BODIES.size());
                    String contentType = i % 3 == 0 ? "text/plain" : i % 3 == 1 ? "application/json"
                            : "application/x-www-form-urlencoded";
                    // On the real filing the wizard's saves get the current version, so hostile values reach the save.
                    Map<String, String> fixed = filingId != null && endpoint.pattern().contains("/steps/")
                            ? Map.of("version", currentVersion(endpoint.pattern(), filingId)) : Map.of();
                    AbstractMockHttpServletRequestBuilder<?> request = request(endpoint,
                            path(endpoint.pattern(), filingId, value), value, body, contentType, fixed);
                    if (user != null) {
                        request.with(user(user));
                    }
                    requests++;
                    String label = endpoint.method() + " " + endpoint.pattern() + " as "
                            + (user == null ? "anonymous" : user.role()) + " with «"
                            + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "»";
                    try {
                        int status = mvc.perform(request).andReturn().getResponse().getStatus();
                        if (status >= 500) {
                            failures.add(label + " → " + status);
                        }
                    }
                    catch (Exception unhandled) {
                        Throwable cause = unhandled;
                        while (cause.getCause() != null) {
                            cause = cause.getCause();
                        }
                        failures.add(label + " → " + cause.getClass().getSimpleName() + ": "
                                + String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(2000);
        assertThat(failures).isEmpty();
    }
}
