package com.cacfiling.docs.largemodel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cacfiling.domain.largemodel.KeywordEntry;
import com.cacfiling.domain.largemodel.TestQuestion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded list: an Excel workbook (.xlsx or .xls, its first sheet) or a CSV file (UTF-8, with or without
 * a byte-order mark, or GB18030 as Excel on a Chinese system saves it). Which one is decided by the content, not the
 * file name. A first row that names the columns (关键词 / 测试题 …) is a header and skipped; columns are read in the
 * reviewer's order.
 */
public final class SheetReader {

    /** More rows than any list in practice (the largest reported banks have 70,000 questions). */
    public static final int MAX_ROWS = 200_000;
    private static final int MAX_CELL = 4_000;

    private SheetReader() {
    }

    /**
     * What a list's file gave: its entries, and the numbers of the rows (as the sheet counts them, from 1) that had
     * something in them but not the first column's keyword or question, so were not read: said to the filer, not
     * dropped in silence.
     */
    public record Read<T>(List<T> entries, List<Integer> skippedRows) {
    }

    public static List<KeywordEntry> keywords(byte[] content) {
        return readKeywords(content).entries();
    }

    public static List<TestQuestion> questions(byte[] content) {
        return readQuestions(content).entries();
    }

    public static Read<KeywordEntry> readKeywords(byte[] content) {
        return read(content, row -> new KeywordEntry(cell(row, 0), cell(row, 1), cell(row, 2)),
                "关键词", "关键字", "keyword");
    }

    public static Read<TestQuestion> readQuestions(byte[] content) {
        return read(content, row -> new TestQuestion(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3),
                cell(row, 4)), "测试题", "题目", "问题", "question", "prompt");
    }

    private static <T> Read<T> read(byte[] content, java.util.function.Function<List<String>, T> entry,
            String... headerWords) {
        List<List<String>> all = rows(content);
        List<List<String>> data = withoutHeader(all, headerWords);
        int first = all.size() - data.size() + 1;
        List<T> entries = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            List<String> row = data.get(i);
            if (!cell(row, 0).isEmpty()) {
                entries.add(entry.apply(row));
            }
            else if (row.stream().anyMatch(value -> value != null && !value.isBlank())) {
                skipped.add(first + i);
            }
        }
        return new Read<>(List.copyOf(entries), List.copyOf(skipped));
    }

    /** The rows of the first sheet, or of the CSV file, as texts (cells as Excel shows them). */
    public static List<List<String>> rows(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableSheetException("model.upload.empty", null);
        }
        if (isOfficeFile(content)) {
            return workbookRows(content);
        }
        String text = decode(content);
        // A text file has no NUL characters; a binary one (a picture, a PDF, a Word file) is not a list.
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableSheetException("model.upload.unreadable", null);
        }
        return CsvRows.parse(text);
    }

    private static boolean isOfficeFile(byte[] content) {
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        boolean ole = content.length > 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
        return zip || ole;
    }

    private static List<List<String>> workbookRows(byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableSheetException("model.upload.empty", null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (rows.size() >= MAX_ROWS) {
                    throw new UnreadableSheetException("model.upload.tooManyRows", null);
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()) && c < 10; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : clip(formatter.formatCellValue(cell)));
                }
                rows.add(cells);
            }
            return rows;
        }
        catch (UnreadableSheetException known) {
            throw known;
        }
        catch (IOException | RuntimeException notAWorkbook) {
            throw new UnreadableSheetException("model.upload.unreadable", notAWorkbook);
        }
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else GB18030, which Excel uses on Chinese Windows. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static List<List<String>> withoutHeader(List<List<String>> rows, String... headerWords) {
        if (rows.isEmpty()) {
            return rows;
        }
        String first = cell(rows.get(0), 0).toLowerCase(Locale.ROOT);
        for (String word : headerWords) {
            if (first.contains(word)) {
                return rows.subList(1, rows.size());
            }
        }
        // A first column named otherwise, its next one names the category column ("问题,一级分类,…" was read as
        // a question with an unknown risk and an unreadable verdict).
        String second = cell(rows.get(0), 1).toLowerCase(Locale.ROOT);
        if (second.contains("分类") || second.contains("类别") || second.contains("category")) {
            return rows.subList(1, rows.size());
        }
        return rows;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
    }

    /** A cell as stored: control characters other than line breaks and tabs dropped, at most 4,000 characters. */
    static String clip(String value) {
        String clean = value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        return clean.length() > MAX_CELL ? clean.substring(0, MAX_CELL) : clean;
    }
}
