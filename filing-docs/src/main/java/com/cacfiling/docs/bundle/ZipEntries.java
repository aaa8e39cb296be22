package com.cacfiling.docs.bundle;

import java.time.LocalDateTime;
import java.util.zip.ZipEntry;

import com.cacfiling.rules.calendar.Deadlines;

/**
 * A ZIP entry stamped with China's wall-clock time. ZIP times carry no zone: left to {@link java.util.zip.ZipOutputStream}
 * they were the server's (UTC) time, and a dossier unzipped in China looked 8 hours old (found in a walk).
 */
public final class ZipEntries {

    private ZipEntries() {
    }

    public static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(LocalDateTime.now(Deadlines.BEIJING));
        return entry;
    }
}
