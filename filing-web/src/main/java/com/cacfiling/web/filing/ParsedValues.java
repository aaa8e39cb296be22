package com.cacfiling.web.filing;

import com.cacfiling.domain.dossier.DomainJson;
import com.cacfiling.web.system.Caches;
import com.github.benmanes.caffeine.cache.Cache;

/**
 * Domain values read from their stored JSON, remembered by that JSON: every page of a filing reads the same Step 1,
 * algorithm and Step 3 again, and parsing them was a tenth of a wizard page's time. Only for the domain's immutable
 * values (records whose lists are copied into unmodifiable ones), so a value handed out twice cannot be changed by
 * either holder; the same text always means the same value, so nothing goes stale. Bounded by the texts' size.
 */
final class ParsedValues {

    private record Key(Class<?> type, String json) {
    }

    private static final Cache<Key, Object> PARSED = Caches.caffeine()
            .maximumWeight(16L * 1024 * 1024)
            .weigher((Key key, Object value) -> key.json().length())
            .build();

    private ParsedValues() {
    }

    static <T> T read(String json, Class<T> type) {
        return type.cast(PARSED.get(new Key(type, json), key -> DomainJson.read(key.json(), key.type())));
    }
}
