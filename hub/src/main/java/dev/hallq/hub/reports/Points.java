package dev.hallq.hub.reports;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The points of the charts' series, and their columns with Chinese headers. */
public final class Points {
    private Points() {
    }

    /** 图1: a month's tickets. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Month(String month, long issued, long served, long missed) {
    }

    /** A month's ratings: 评价率, 满意度, 差评. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Satisfaction(String month, long rated, Double ratingRate, Double satisfaction, long badRatings) {
    }

    /** 图2: a department's share of the tickets served. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Share(String department, long issued, long served, Double share) {
    }

    /** The tickets issued in an hour of the day and how long they waited to be called. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Hour(int hour, String label, long issued, Double waitAvgSeconds, Long waitP90Seconds) {
    }

    static List<ReportTable.Column> columns(String series) {
        return switch (series) {
            case Reports.MONTHLY_TICKETS -> List.of(text("month", "月份"), count("issued", "取号量"),
                    count("served", "办结量"), count("missed", "过号量"));
            case Reports.SATISFACTION_TREND -> List.of(text("month", "月份"), count("rated", "评价量"),
                    rate("ratingRate", "评价率"), rate("satisfaction", "满意度"), count("badRatings", "差评量"));
            case Reports.DEPARTMENT_SHARE -> List.of(text("department", "部门"), count("issued", "取号量"),
                    count("served", "办结量"), rate("share", "办结占比"));
            case Reports.WAIT_BY_HOUR -> List.of(count("hour", "时"), text("label", "时段"), count("issued", "取号量"),
                    new ReportTable.Column("waitAvgSeconds", "平均等候时长(秒)", ReportTable.Kind.SECONDS),
                    new ReportTable.Column("waitP90Seconds", "90%等候时长(秒)", ReportTable.Kind.SECONDS));
            default -> throw new IllegalArgumentException("no series " + series);
        };
    }

    private static ReportTable.Column text(String key, String header) {
        return new ReportTable.Column(key, header, ReportTable.Kind.TEXT);
    }

    private static ReportTable.Column count(String key, String header) {
        return new ReportTable.Column(key, header, ReportTable.Kind.COUNT);
    }

    private static ReportTable.Column rate(String key, String header) {
        return new ReportTable.Column(key, header, ReportTable.Kind.RATE);
    }
}
