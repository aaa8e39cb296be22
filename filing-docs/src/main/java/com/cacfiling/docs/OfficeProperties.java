package com.cacfiling.docs;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The title, author and program an Office file names in its properties: POI names itself ("Apache POI") unless told
 * otherwise, which is what a reader of the file's properties saw (found in a walk).
 */
public final class OfficeProperties {

    /** The program named in a file's properties. */
    public static final String APPLICATION = "CAC Filing Portal";

    private OfficeProperties() {
    }

    public static void stamp(POIXMLProperties properties, String title, String author) {
        properties.getCoreProperties().setTitle(title);
        properties.getCoreProperties().setCreator(author == null ? "" : author);
        properties.getExtendedProperties().setApplication(APPLICATION);
    }

    public static void stamp(SXSSFWorkbook workbook, String title, String author) {
        stamp(workbook.getXSSFWorkbook().getProperties(), title, author);
    }
}
