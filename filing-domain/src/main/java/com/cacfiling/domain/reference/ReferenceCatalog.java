package com.cacfiling.domain.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * All form versions shipped with the portal, read from the YAML data files next to this class. Loaded once:
 * the data is immutable at run time.
 */
public final class ReferenceCatalog {

    private static final ReferenceCatalog DEFAULT = load();

    private final Map<String, FormVersion> versions;
    private final String current;

    private ReferenceCatalog(Map<String, FormVersion> versions, String current) {
        this.versions = versions;
        this.current = current;
    }

    public static ReferenceCatalog standard() {
        return DEFAULT;
    }

    public FormVersion current() {
        return versions.get(current);
    }

    /** The version a filing was prepared against; empty for a version this portal does not know. */
    public Optional<FormVersion> version(String formVersion) {
        return Optional.ofNullable(versions.get(formVersion));
    }

    public List<String> versionNames() {
        return List.copyOf(versions.keySet());
    }

    private record Catalog(String current, List<String> versions) {
    }

    private static ReferenceCatalog load() {
        YAMLMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        Catalog catalog = read(yaml, "catalog.yaml", Catalog.class);
        Map<String, FormVersion> versions = new LinkedHashMap<>();
        for (String name : catalog.versions()) {
            FormVersion version = read(yaml, "form-" + name + ".yaml", FormVersion.class);
            if (!version.formVersion().equals(name)) {
                throw new IllegalStateException("form-" + name + ".yaml declares version " + version.formVersion());
            }
            versions.put(name, version);
        }
        if (!versions.containsKey(catalog.current())) {
            throw new IllegalStateException("The current form version " + catalog.current() + " is not listed");
        }
        return new ReferenceCatalog(Map.copyOf(versions), catalog.current());
    }

    private static <T> T read(YAMLMapper yaml, String resource, Class<T> type) {
        try (InputStream in = ReferenceCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data file " + resource);
            }
            return yaml.readValue(in, type);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
