package dev.hallq.hub.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Report tables as files a hall office opens: CSV in UTF-8 with a byte-order mark (so Excel shows the Chinese
 * headers) and XLSX, one sheet per table, rates as percentages.
 */
public final class TableExport {
    public static final String CSV_TYPE = "text/csv; charset=utf-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableExport() {
    }

    public static byte[] csv(ReportTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns().stream().map(ReportTable.Column::header).toList());
        for (Map<String, Object> row : table.rows()) {
            line(out, table.columns().stream().map(c -> text(c, row.get(c.key()))).toList());
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }

    private static String text(ReportTable.Column c, Object v) {
        if (v == null) {
            return "";
        }
        if (c.kind() == ReportTable.Kind.RATE && v instanceof Number n) {
            return String.format(java.util.Locale.ROOT, "%.2f%%", n.doubleValue() * 100);
        }
        return c.kind() == ReportTable.Kind.TEXT ? inert(v.toString()) : v.toString();
    }

    /** A name typed into the hall file must not become a spreadsheet formula: =, +, - and @ lead with a quote. */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static byte[] xlsx(List<ReportTable> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            Set<String> names = new HashSet<>();
            for (ReportTable table : tables) {
                Sheet sheet = book.createSheet(sheetName(table.title(), names));
                Row top = sheet.createRow(0);
                for (int i = 0; i < table.columns().size(); i++) {
                    Cell cell = top.createCell(i);
                    cell.setCellValue(table.columns().get(i).header());
                    cell.setCellStyle(header);
                }
                int r = 1;
                for (Map<String, Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < table.columns().size(); i++) {
                        ReportTable.Column c = table.columns().get(i);
                        Object v = values.get(c.key());
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(i);
                        if (v instanceof Number n && c.kind() != ReportTable.Kind.TEXT) {
                            cell.setCellValue(n.doubleValue());
                            if (c.kind() == ReportTable.Kind.RATE) {
                                cell.setCellStyle(percent);
                            }
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int i = 0; i < table.columns().size(); i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(10, table.columns().get(i).header().length() * 2 + 4)) * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the book. */
    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "表" : title);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            String suffix = "(" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
