package com.cacfiling.domain.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo company's large-model filing, complete (灵犀大模型, a self-built LLM behind the 灵犀助手 chat service): for
 * tests, and for the demo data, which starts from its first step only.
 */
public final class SampleModelFiling {

    private SampleModelFiling() {
    }

    /** The content as stored ({@code {"model": {...}}}). */
    public static String json() {
        try (InputStream in = SampleModelFiling.class.getResourceAsStream(
                "/com/cacfiling/domain/sample/model-filing-lingxi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
