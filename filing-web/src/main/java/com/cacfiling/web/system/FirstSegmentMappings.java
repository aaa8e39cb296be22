package com.cacfiling.web.system;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mappings, asked only where the path's first segment can match. A path with a variable
 * ({@code /filings/{id}/steps/{slug}}) has no direct lookup: Spring asks every mapping of the portal in turn, and each
 * asks the request for its method, headers, content types and path through the filters' request wrappers: 3 % of
 * the CPU of a save round trip under load (docs/performance.md, "Thirteenth round"). Here a mapping whose patterns all
 * begin with a literal segment other than the request's ({@code api} against {@code filings}) is passed over before
 * its conditions are asked; any other mapping is asked as before, and a request that matches nothing is answered (404,
 * 405, 415) by Spring from all mappings, unfiltered.
 */
final class FirstSegmentMappings extends RequestMappingHandlerMapping {

    /** The request's first path segment while its handler is looked up; null: ask every mapping. */
    private static final ThreadLocal<String> REQUESTED = new ThreadLocal<>();

    /** Per mapping, the literal first segments of its patterns; empty when any pattern may begin otherwise. */
    private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = REQUESTED.get();
        REQUESTED.set(firstSegment(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()));
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
        String requested = REQUESTED.get();
        if (requested != null) {
            Set<String> literals = firstSegments.computeIfAbsent(info, FirstSegmentMappings::literalFirstSegments);
            if (!literals.isEmpty() && !literals.contains(requested)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /** The first segment as patterns match it (decoded, without path parameters); "" for the root. */
    static String firstSegment(PathContainer path) {
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                return segment.valueToMatch();
            }
        }
        return "";
    }

    /**
     * The literal first segments of a mapping's patterns, or none (ask it always) if a pattern has no path patterns,
     * begins with a variable, a wildcard or an empty segment.
     */
    static Set<String> literalFirstSegments(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() == null) {
            return Set.of();
        }
        Set<PathPattern> patterns = info.getPathPatternsCondition().getPatterns();
        Set<String> literals = patterns.stream().map(pattern -> literalFirstSegment(pattern.getPatternString()))
                .collect(Collectors.toSet());
        return patterns.isEmpty() || literals.contains("") ? Set.of() : literals;
    }

    /** "" unless the pattern begins with a non-empty segment of letters, digits, '-', '_' and '.' only. */
    static String literalFirstSegment(String pattern) {
        if (!pattern.startsWith("/")) {
            return "";
        }
        int end = pattern.indexOf('/', 1);
        String segment = pattern.substring(1, end < 0 ? pattern.length() : end);
        return segment.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')
                ? segment : "";
    }
}
