package com.cacfiling.web.system;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mappings, asked only where the literal segments of their paths can match. A path with a
 * variable ({@code /filings/{id}/steps/{slug}}) has no direct lookup: Spring asks every mapping of the portal in turn,
 * and each asks the request for its method, headers, content types and path through the filters' request wrappers:
 * 3 % of the CPU of a save round trip under load (docs/performance.md, "Thirteenth round"). Here a mapping none of
 * whose patterns can match the path's segments ({@code /filings/{id}/workflow} against
 * {@code /filings/42/steps/basic}) is passed over before its conditions are asked; any other mapping is asked as
 * before, and a request that matches nothing is answered (404, 405, 415) by Spring from all mappings, unfiltered.
 */
final class LiteralSegmentMappings extends RequestMappingHandlerMapping {

    /** The request's path segments while its handler is looked up; null: ask every mapping. */
    private static final ThreadLocal<List<String>> REQUESTED = new ThreadLocal<>();

    /**
     * Per mapping registered at start-up, each pattern's literal segments by position (null where a pattern may
     * match anything); read without locks once built. Mappings registered later are asked always.
     */
    private volatile Map<RequestMappingInfo, String[][]> literals = Map.of();

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        Map<RequestMappingInfo, String[][]> built = new IdentityHashMap<>();
        getHandlerMethods().keySet().forEach(info -> built.put(info, literals(info)));
        literals = built;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        List<String> outer = REQUESTED.get();
        REQUESTED.set(segments(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        finally {
            if (outer == null) {
                REQUESTED.remove();
            }
            else {
                REQUESTED.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        List<String> requested = REQUESTED.get();
        String[][] patterns = requested == null ? null : literals.get(info);
        if (patterns != null && !anyMayMatch(patterns, requested)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** The segments as patterns match them (decoded, without path parameters). */
    static List<String> segments(PathContainer path) {
        List<String> segments = new ArrayList<>();
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                segments.add(segment.valueToMatch());
            }
        }
        return segments;
    }

    static boolean anyMayMatch(String[][] patterns, List<String> segments) {
        for (String[] pattern : patterns) {
            if (mayMatch(pattern, segments)) {
                return true;
            }
        }
        return false;
    }

    /** Every literal at its position, where the path has a segment there (else it is left to Spring). */
    private static boolean mayMatch(String[] literals, List<String> segments) {
        for (int i = 0; i < literals.length && i < segments.size(); i++) {
            if (literals[i] != null && !literals[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Each pattern's literals ({@link #literals(String)}); null (ask always) without path patterns. */
    static String[][] literals(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() == null || info.getPathPatternsCondition().getPatterns().isEmpty()) {
            return null;
        }
        return info.getPathPatternsCondition().getPatterns().stream().map(PathPattern::getPatternString)
                .map(LiteralSegmentMappings::literals).toArray(String[][]::new);
    }

    /**
     * A pattern's literal segments by position, null at a variable; they end at the first segment that may span
     * several ({@code **}, {@code {*rest}}) or hold a wildcard. A pattern with a regular expression or not beginning
     * with a slash has none (it may match anything).
     */
    static String[] literals(String pattern) {
        if (!pattern.startsWith("/") || pattern.indexOf(':') >= 0) {
            return new String[0];
        }
        List<String> literals = new ArrayList<>();
        for (String segment : pattern.substring(1).split("/", -1)) {
            if (segment.contains("*") || segment.contains("?")) {
                break;
            }
            boolean literal = !segment.isEmpty() && segment.chars()
                    .allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
            literals.add(literal ? segment : null);
        }
        return literals.toArray(String[]::new);
    }
}
