package com.cacfiling.docs.largemodel;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as Excel writes it: comma-separated, fields in double quotes may hold commas, line breaks and doubled
 * quotes; CRLF or LF line ends. (No CSV library is among the portal's dependencies; the format is small enough.)
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == ',') {
                row.add(SheetReader.clip(field.toString()));
                field.setLength(0);
            }
            else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(SheetReader.clip(field.toString()));
                field.setLength(0);
                addRow(rows, row);
                row = new ArrayList<>();
            }
            else {
                field.append(c);
            }
            i++;
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(SheetReader.clip(field.toString()));
            addRow(rows, row);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (row.stream().anyMatch(cell -> !cell.isBlank())) {
            if (rows.size() >= SheetReader.MAX_ROWS) {
                throw new UnreadableSheetException("model.upload.tooManyRows", null);
            }
            rows.add(row);
        }
    }
}
