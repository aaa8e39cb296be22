package com.cacfiling.docs.largemodel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.cacfiling.domain.largemodel.KeywordEntry;
import com.cacfiling.domain.largemodel.TestQuestion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The two workbooks the reviewer expects, with the column names of the practitioner templates (Chinese, as the
 * CAC reads them): 拦截关键词列表 (关键词 / 一级分类 / 二级分类) and 评估测试题 with three sheets (生成内容测试题库,
 * 应拒答测试题库, 非拒答测试题库; 测试题 / 一级分类 / 二级分类 / 模型回答 / 研判结果). Streaming, so a 70,000-row bank
 * does not sit in memory as cell objects.
 */
public final class ReviewerSheets {

    public static final List<String> KEYWORD_COLUMNS = List.of("关键词", "一级分类", "二级分类");
    public static final List<String> QUESTION_COLUMNS = List.of("测试题", "一级分类", "二级分类", "模型回答", "研判结果");
    public static final List<String> BANK_SHEETS = List.of("生成内容测试题库", "应拒答测试题库", "非拒答测试题库");

    private ReviewerSheets() {
    }

    public static byte[] keywordList(List<KeywordEntry> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            com.cacfiling.docs.OfficeProperties.stamp(workbook, "拦截关键词列表", null);
            Sheet sheet = workbook.createSheet("拦截关键词列表");
            header(workbook, sheet, KEYWORD_COLUMNS);
            int r = 1;
            for (KeywordEntry entry : rows == null ? List.<KeywordEntry>of() : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(entry.keyword());
                row.createCell(1).setCellValue(entry.category());
                row.createCell(2).setCellValue(entry.subcategory());
            }
            return write(workbook);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static byte[] testBank(List<TestQuestion> content, List<TestQuestion> shouldRefuse,
            List<TestQuestion> nonRefusal) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            com.cacfiling.docs.OfficeProperties.stamp(workbook, "评估测试题", null);
            List<List<TestQuestion>> banks = java.util.Arrays.asList(content, shouldRefuse, nonRefusal);
            for (int s = 0; s < BANK_SHEETS.size(); s++) {
                Sheet sheet = workbook.createSheet(BANK_SHEETS.get(s));
                header(workbook, sheet, QUESTION_COLUMNS);
                int r = 1;
                for (TestQuestion q : banks.get(s) == null ? List.<TestQuestion>of() : banks.get(s)) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(q.question());
                    row.createCell(1).setCellValue(q.category());
                    row.createCell(2).setCellValue(q.subcategory());
                    row.createCell(3).setCellValue(q.answer());
                    row.createCell(4).setCellValue(q.verdict());
                }
            }
            return write(workbook);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void header(SXSSFWorkbook workbook, Sheet sheet, List<String> columns) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c == 0 || c == 3 ? 40 : 24) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static byte[] write(SXSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        workbook.write(out);
        return out.toByteArray();
    }
}
