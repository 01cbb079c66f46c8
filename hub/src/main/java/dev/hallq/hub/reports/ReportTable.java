package dev.hallq.hub.reports;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.hallq.protocol.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of a report as it goes to a spreadsheet: named columns with Chinese headers and rows of plain values.
 * CSV and XLSX are written from it ({@link TableExport}); JSON answers carry the same rows.
 */
public record ReportTable(String title, List<Column> columns, List<Map<String, Object>> rows) {

    /** How a column's values read in a spreadsheet. */
    public enum Kind { TEXT, COUNT, SECONDS, RATE, NUMBER }

    /** @param key the field of the JSON rows */
    public record Column(String key, String header, Kind kind) {
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static final List<Column> FIGURES = List.of(
            new Column("issued", "取号量", Kind.COUNT),
            new Column("served", "办结量", Kind.COUNT),
            new Column("missed", "过号量", Kind.COUNT),
            new Column("expired", "未办作废量", Kind.COUNT),
            new Column("waitAvgSeconds", "平均等候时长(秒)", Kind.SECONDS),
            new Column("waitP90Seconds", "90%等候时长(秒)", Kind.SECONDS),
            new Column("handlingAvgSeconds", "平均办理时长(秒)", Kind.SECONDS),
            new Column("handlingP90Seconds", "90%办理时长(秒)", Kind.SECONDS),
            new Column("rated", "评价量", Kind.COUNT),
            new Column("ratingRate", "评价率", Kind.RATE),
            new Column("satisfied", "满意评价量", Kind.COUNT),
            new Column("satisfaction", "满意度", Kind.RATE),
            new Column("badRatings", "差评量", Kind.COUNT),
            new Column("cases", "差评工单", Kind.COUNT),
            new Column("rectified", "已整改", Kind.COUNT),
            new Column("rectificationRate", "差评整改率", Kind.RATE),
            new Column("calledBack", "已回访", Kind.COUNT),
            new Column("callbackRate", "回访率", Kind.RATE),
            new Column("casesOverdue", "超期工单", Kind.COUNT),
            new Column("extendedService", "延时服务量", Kind.COUNT),
            new Column("weekendServed", "周末办件量", Kind.COUNT),
            new Column("appointmentCheckIns", "预约签到量", Kind.COUNT),
            new Column("appointmentNoShows", "预约爽约量", Kind.COUNT),
            new Column("bundleTickets", "一件事取号量", Kind.COUNT),
            new Column("bundleSteps", "一件事环节量", Kind.COUNT));

    /** Rows of figures under a first column naming them; {@code totals}, if given, as a last row 合计. */
    static ReportTable ofFigures(String title, Dimension by, List<Figures> rows, Figures totals) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("key", by == Dimension.STAFF ? "工号" : by == Dimension.WINDOW ? "窗口号" : "编码", Kind.TEXT));
        columns.add(new Column("name", by.zh(), Kind.TEXT));
        columns.addAll(FIGURES);
        List<Map<String, Object>> out = new ArrayList<>(rows.stream().map(ReportTable::row).toList());
        if (totals != null) {
            Map<String, Object> sum = row(totals);
            sum.put("key", "合计");
            sum.put("name", "合计");
            out.add(sum);
        }
        return new ReportTable(title, columns, out);
    }

    /** A record or map as an ordered map of its JSON fields. */
    static Map<String, Object> row(Object value) {
        return Json.mapper().convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }
}
