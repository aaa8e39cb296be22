package com.cacfiling.docs.bundle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ExtraFieldUtils;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipExtraField;

import com.cacfiling.rules.calendar.Deadlines;

/**
 * A ZIP entry stamped with China's wall-clock time, its name readable by every unzip. ZIP times carry no zone: left to {@link java.util.zip.ZipOutputStream}
 * they were the server's (UTC) time, and a dossier unzipped in China looked 8 hours old (found in a walk).
 */
public final class ZipEntries {

    private ZipEntries() {
    }

    public static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(LocalDateTime.now(Deadlines.BEIJING));
        // java.util.zip marks its archives as made on MS-DOS, whose names Info-ZIP's unzip (Linux) reads in a DOS
        // code page despite the UTF-8 flag: every Chinese file name came out garbled (found in a walk). The Unicode
        // path field, which it does read, names the entry in UTF-8; other tools take the flag.
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length != name.length()) {
            entry.setExtra(ExtraFieldUtils.mergeLocalFileDataData(
                    new ZipExtraField[] {new UnicodePathExtraField(name, utf8)}));
        }
        return entry;
    }
}
