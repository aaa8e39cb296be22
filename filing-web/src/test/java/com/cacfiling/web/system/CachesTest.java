package com.cacfiling.web.system;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CachesTest {

    @Test
    void aCachesUpkeepRunsOnTheThreadThatUsesIt() {
        List<Thread> evictedOn = new CopyOnWriteArrayList<>();
        Cache<String, String> cache = Caches.caffeine().maximumSize(1)
                .removalListener((key, value, cause) -> evictedOn.add(Thread.currentThread())).build();
        cache.put("a", "1");
        cache.put("b", "2");
        cache.cleanUp();
        assertThat(evictedOn).containsExactly(Thread.currentThread());
        assertThat(cache.estimatedSize()).isEqualTo(1);
    }
}
