package com.cacfiling.docs.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The company's own uploads that go into a dossier ZIP (Step 1's business licence, signed commitment letter, ID
 * photos), by their path in the ZIP, and the names of those left out of it: ID photos are personal data and go only
 * into the officer's submission copy, so the masked ZIP's manifest says what it withholds.
 */
public record CompanyDocuments(Map<String, byte[]> files, List<String> withheld) {

    /** The folder of the company's uploads in the ZIP. */
    public static final String FOLDER = "entity/";

    public static final CompanyDocuments NONE = new CompanyDocuments(Map.of(), List.of());

    public CompanyDocuments {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        withheld = List.copyOf(withheld);
    }

    /** Where an upload is in the ZIP: its kind's name, then the file's own name. */
    public static String path(String kindName, String fileName) {
        return FOLDER + com.cacfiling.docs.build.DocumentNames.safe(kindName + "-" + fileName);
    }
}
