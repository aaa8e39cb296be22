package com.cacfiling.web.system;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The portal's in-memory caches: Caffeine, with its upkeep (eviction, expiry, draining the read and write buffers)
 * done by the thread that used the cache. Caffeine's default hands the upkeep to the common fork-join pool, which
 * woke one of the pool's threads after a few uses of any cache: on two cores under load that was 1.5 % of the CPU
 * in waking, parking and running those threads, and a request thread put aside for each (docs/performance.md,
 * fourteenth round). The upkeep itself takes microseconds.
 */
public final class Caches {

    private Caches() {
    }

    /** {@link Caffeine#newBuilder()}, its upkeep on the using thread. */
    public static Caffeine<Object, Object> caffeine() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
