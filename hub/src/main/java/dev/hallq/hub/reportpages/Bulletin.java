package dev.hallq.hub.reportpages;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A month's 运行分析通报 as XHTML, written from the answer of {@code GET /api/reports/monthly} (the same JSON, so
 * the page, the PDF and the API never disagree): prose in the manner of the halls' own bulletins (共办结…件，同比增长…%),
 * the departments' table, 好差评, 延时服务 and 周末不打烊, the rankings, and charts drawn as plain bars. The page
 * ({@code monthly.html}) puts ECharts charts over the bars; the PDF prints the bars (ECharts needs a browser).
 */
public final class Bulletin {
    private final JsonNode m;
    private final boolean forPage;
    private final StringBuilder out = new StringBuilder(16_384);
    private int figure;

    private Bulletin(JsonNode monthly, boolean forPage) {
        this.m = monthly;
        this.forPage = forPage;
    }

    /** The report's {@code <article>}, for the page; {@code forPage} adds the places ECharts draws into. */
    public static String article(JsonNode monthly, boolean forPage) {
        Bulletin b = new Bulletin(monthly, forPage);
        b.write();
        return b.out.toString();
    }

    /** A whole XHTML document for the PDF renderer, A4, in the font family {@code fontFamily}. */
    public static String document(JsonNode monthly, String fontFamily) {
        String css = """
                @page { size: A4; margin: 20mm 18mm 18mm 18mm;
                  @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-family: FONT, sans-serif; font-size: 9pt; } }
                body { font-family: FONT, sans-serif; font-size: 11pt; line-height: 1.7; color: #000; }
                h1 { text-align: center; font-size: 17pt; margin: 0 0 14pt 0; }
                h2 { font-size: 13pt; margin: 12pt 0 4pt 0; }
                p { text-indent: 2em; margin: 3pt 0; }
                table { border-collapse: collapse; width: 100%; margin: 4pt 0; -fs-table-paginate: paginate; }
                th, td { border: 0.5pt solid #555; padding: 1.5pt 3pt; font-size: 9pt; }
                th { background: #e8eef7; }
                td.num { text-align: right; }
                figure { margin: 6pt 0; page-break-inside: avoid; }
                figcaption { text-align: center; font-size: 9.5pt; margin-top: 2pt; }
                table.bars td { border: 0; padding: 0.5pt 2pt; font-size: 8.5pt; }
                table.bars td.label { width: 22%; text-align: right; }
                table.bars td.value { width: 18%; }
                div.bar { background: #0b4f9c; height: 7pt; }
                .meta { text-align: center; font-size: 9pt; color: #444; }
                """.replace("FONT", fontFamily);
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/><title>"
                + esc(title(monthly)) + "</title><style>" + css + "</style></head><body>"
                + article(monthly, false) + "</body></html>";
    }

    static String title(JsonNode monthly) {
        YearMonth ym = YearMonth.parse(monthly.path("month").asText());
        return monthly.path("hallName").asText() + ym.getYear() + "年" + ym.getMonthValue() + "月政务服务运行分析通报";
    }

    private void write() {
        YearMonth ym = YearMonth.parse(m.path("month").asText());
        String month = ym.getMonthValue() + "月";
        JsonNode t = m.path("totals");
        out.append("<article class=\"bulletin\" data-month=\"").append(ym).append("\">");
        out.append("<h1>").append(esc(title(m))).append("</h1>");
        out.append("<div class=\"meta\">统计期间：").append(esc(m.path("period").path("from").asText())).append(" 至 ")
                .append(esc(m.path("period").path("to").asText())).append("</div>");

        h2("一、总体运行情况");
        StringBuilder p = new StringBuilder();
        p.append(month).append("，").append(esc(m.path("hallName").asText())).append("共取号").append(count(t, "issued"))
                .append("个，办结各类政务服务事项").append(count(t, "served")).append("件，")
                .append(change("yearOnYear", "served", "同比")).append("；")
                .append(change("previousPeriod", "served", "环比")).append("。过号").append(count(t, "missed")).append("个");
        if (t.path("bundleTickets").asLong() > 0) {
            p.append("；“高效办成一件事”集成办理").append(count(t, "bundleTickets")).append("件");
        }
        p.append("。群众平均等候").append(minutes(t, "waitAvgSeconds")).append("，90%的群众等候不超过")
                .append(minutes(t, "waitP90Seconds")).append("；平均办理").append(minutes(t, "handlingAvgSeconds")).append("。");
        para(p.toString());
        monthlyChart();

        h2("二、各部门办件情况");
        departments();

        h2("三、“好差评”情况");
        ratings(month);

        h2("四、延时服务、周末不打烊和预约服务");
        para(month + "，各窗口落实延时服务制度，延时服务" + count(t, "extendedService") + "件"
                + growthText("extendedService") + "；周末不打烊共办结" + count(t, "weekendServed") + "件"
                + growthText("weekendServed") + "。"
                + (t.path("appointmentCheckIns").isNumber()
                ? "预约服务签到" + count(t, "appointmentCheckIns") + "人次，预约未到（爽约）" + count(t, "appointmentNoShows") + "人次。"
                : ""));

        h2("五、各时段等候情况");
        hours();

        h2("六、红旗窗口和服务之星");
        ranking("window", "红旗窗口", "窗口");
        ranking("staff", "服务之星", "姓名");
        out.append("<div class=\"meta\">本通报由 HallQ 根据大厅系统数据生成；评价率、满意度等比率的口径见系统文档。</div>");
        out.append("</article>");
    }

    private void monthlyChart() {
        JsonNode points = m.path("series").path("monthly-tickets").path("points");
        List<Bar> bars = new ArrayList<>();
        points.forEach(pt -> bars.add(new Bar(monthLabel(pt.path("month").asText()), pt.path("served").asDouble(),
                pt.path("served").asLong() + "件")));
        chart("monthly-tickets", "近12个月月度办件量（件）", bars);
    }

    private void departments() {
        JsonNode rows = m.path("departments");
        JsonNode t = m.path("totals");
        long total = t.path("served").asLong();
        if (rows.isEmpty()) {
            para("本月无部门办件。");
            return;
        }
        List<JsonNode> sorted = new ArrayList<>();
        rows.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong((JsonNode r) -> r.path("served").asLong()).reversed());
        StringBuilder p = new StringBuilder("按部门统计，");
        List<String> parts = new ArrayList<>();
        for (JsonNode r : sorted.subList(0, Math.min(3, sorted.size()))) {
            parts.add(esc(r.path("name").asText(r.path("key").asText())) + "办结" + r.path("served").asLong() + "件，占"
                    + share(r.path("served").asLong(), total));
        }
        p.append(String.join("；", parts)).append("。");
        para(p.toString());
        table(new String[]{"部门", "取号", "办结", "占比", "平均等候", "评价率", "满意度", "差评"}, 1, tb -> {
            for (JsonNode r : sorted) {
                tb.row(esc(r.path("name").asText(r.path("key").asText())), count(r, "issued"), count(r, "served"),
                        share(r.path("served").asLong(), total), minutes(r, "waitAvgSeconds"), rate(r, "ratingRate"),
                        rate(r, "satisfaction"), count(r, "badRatings"));
            }
            tb.row("合计", count(t, "issued"), count(t, "served"), total == 0 ? "—" : "100%", minutes(t, "waitAvgSeconds"),
                    rate(t, "ratingRate"), rate(t, "satisfaction"), count(t, "badRatings"));
        });
        List<Bar> bars = new ArrayList<>();
        for (JsonNode r : sorted) {
            long served = r.path("served").asLong();
            bars.add(new Bar(r.path("name").asText(r.path("key").asText()), served, served + "件 " + share(served, total)));
        }
        chart("department-share", "各部门办件量占比图", bars);
    }

    private void ratings(String month) {
        JsonNode t = m.path("totals");
        JsonNode c = m.path("cases");
        StringBuilder p = new StringBuilder();
        p.append(month).append("，“好差评”评价").append(count(t, "rated")).append("条，评价率").append(rate(t, "ratingRate"))
                .append("，群众满意度").append(rate(t, "satisfaction"));
        String change = pointChange("previousPeriod", "satisfaction", "环比");
        if (!change.isEmpty()) {
            p.append("（").append(change).append("）");
        }
        p.append("，差评").append(count(t, "badRatings")).append("条。");
        if (c.path("cases").asLong() > 0) {
            p.append("差评工单").append(c.path("cases").asLong()).append("件");
            if (c.path("withdrawn").asLong() > 0) {
                p.append("（其中申诉成立撤销").append(c.path("withdrawn").asLong()).append("件）");
            }
            p.append("，已整改").append(c.path("rectified").asLong()).append("件，差评整改率").append(rate(c, "rectificationRate"))
                    .append("；已回访").append(c.path("calledBack").asLong()).append("件，回访率").append(rate(c, "callbackRate"));
            if (c.path("overdue").asLong() > 0) {
                p.append("；超期未办结").append(c.path("overdue").asLong()).append("件，须限期整改");
            }
            p.append("。");
        } else if (t.path("badRatings").asLong() == 0) {
            p.append("本月无差评。");
        } else {
            p.append("本月差评尚无工单记录。");
        }
        para(p.toString());
        List<Bar> bars = new ArrayList<>();
        m.path("series").path("satisfaction-trend").path("points").forEach(pt -> {
            JsonNode s = pt.path("satisfaction");
            bars.add(new Bar(monthLabel(pt.path("month").asText()), s.isNumber() ? s.asDouble() : 0,
                    s.isNumber() ? pct(s.asDouble()) : "无评价"));
        });
        chart("satisfaction-trend", "满意度月度走势", bars);
    }

    private void hours() {
        JsonNode points = m.path("series").path("wait-by-hour").path("points");
        JsonNode busiest = null;
        for (JsonNode pt : points) {
            if (busiest == null || pt.path("issued").asLong() > busiest.path("issued").asLong()) {
                busiest = pt;
            }
        }
        if (busiest == null || busiest.path("issued").asLong() == 0) {
            para("本月无取号记录。");
            return;
        }
        para("取号最集中的时段为" + esc(busiest.path("label").asText()) + "，取号" + busiest.path("issued").asLong()
                + "个，该时段平均等候" + minutes(busiest, "waitAvgSeconds") + "。");
        List<Bar> bars = new ArrayList<>();
        points.forEach(pt -> {
            JsonNode w = pt.path("waitAvgSeconds");
            bars.add(new Bar(pt.path("label").asText(), w.isNumber() ? w.asDouble() : 0, minutes(pt, "waitAvgSeconds")));
        });
        chart("wait-by-hour", "各时段平均等候时长", bars);
    }

    private void ranking(String of, String title, String nameHeader) {
        JsonNode rows = m.path("rankings").path(of).path("rows");
        if (rows.isEmpty()) {
            para(title + "：本月无达到评选办件量（" + m.path("rankings").path(of).path("minServed").asInt() + "件）的"
                    + ("staff".equals(of) ? "工作人员" : "窗口") + "。");
            return;
        }
        JsonNode first = rows.get(0);
        para(title + "：" + esc(first.path("name").asText()) + "综合得分" + num(first.path("score").asDouble(), 1)
                + "，位列第一。");
        table(new String[]{"名次", nameHeader, "综合得分", "办结", "满意度", "评价率", "差评"}, 2, tb -> rows.forEach(r ->
                tb.row(String.valueOf(r.path("rank").asInt()), esc(r.path("name").asText(r.path("key").asText())),
                        num(r.path("score").asDouble(), 1), count(r, "served"), rate(r, "satisfaction"),
                        rate(r, "ratingRate"), count(r, "badRatings"))));
    }

    // ---- pieces

    private record Bar(String label, double value, String text) {
    }

    private void chart(String series, String caption, List<Bar> bars) {
        figure++;
        out.append("<figure>");
        if (forPage) {
            out.append("<div class=\"echart\" data-series=\"").append(series).append("\"></div>");
        }
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        out.append("<table class=\"bars\">");
        for (Bar b : bars) {
            double w = max <= 0 || b.value() <= 0 ? 0 : Math.max(0.5, 100 * b.value() / max);
            out.append("<tr><td class=\"label\">").append(esc(b.label())).append("</td><td><div class=\"bar\" style=\"width:")
                    .append(num(w, 1)).append("%\"></div></td><td class=\"value\">").append(esc(b.text())).append("</td></tr>");
        }
        out.append("</table><figcaption>图").append(figure).append("：").append(esc(caption)).append("</figcaption></figure>");
    }

    private interface Rows {
        void row(String... cells);
    }

    /** A table whose first {@code textColumns} columns are text and the others right-aligned figures. */
    private void table(String[] headers, int textColumns, Consumer<Rows> body) {
        out.append("<table><thead><tr>");
        for (String h : headers) {
            out.append("<th>").append(h).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        body.accept(cells -> {
            out.append("<tr>");
            for (int i = 0; i < cells.length; i++) {
                out.append(i < textColumns ? "<td>" : "<td class=\"num\">").append(cells[i]).append("</td>");
            }
            out.append("</tr>");
        });
        out.append("</tbody></table>");
    }

    private void h2(String text) {
        out.append("<h2>").append(text).append("</h2>");
    }

    private void para(String escapedText) {
        out.append("<p>").append(escapedText).append("</p>");
    }

    /** 同比增长12.5% / 同比减少3% / 同比持平 / 上年同期无办件，不作同比. */
    private String change(String comparison, String field, String word) {
        JsonNode c = m.path(comparison);
        JsonNode g = c.path("growth").path(field);
        long then = c.path("hall").path(field).asLong();
        if (!g.isNumber()) {
            return ("yearOnYear".equals(comparison) ? "上年同期" : "上月") + "无办件，不作" + word;
        }
        double v = g.asDouble();
        String base = "（" + ("yearOnYear".equals(comparison) ? "上年同期" : "上月") + then + "件）";
        if (v == 0) {
            return word + "持平" + base;
        }
        return word + (v > 0 ? "增长" : "减少") + pct(Math.abs(v)) + base;
    }

    /** ，同比增长x% — or nothing where there is nothing to compare. */
    private String growthText(String field) {
        JsonNode g = m.path("yearOnYear").path("growth").path(field);
        if (!g.isNumber() || g.asDouble() == 0) {
            return "";
        }
        return "，同比" + (g.asDouble() > 0 ? "增长" : "减少") + pct(Math.abs(g.asDouble()));
    }

    /** 环比上升0.5个百分点 (rates compare by difference, not growth). */
    private String pointChange(String comparison, String field, String word) {
        JsonNode d = m.path(comparison).path("pointChange").path(field);
        if (!d.isNumber()) {
            return "";
        }
        double v = d.asDouble() * 100;
        if (Math.abs(v) < 0.005) {
            return word + "持平";
        }
        return word + (v > 0 ? "上升" : "下降") + num(Math.abs(v), 2) + "个百分点";
    }

    static String count(JsonNode row, String field) {
        JsonNode v = row.path(field);
        return v.isNumber() ? String.valueOf(v.asLong()) : "—";
    }

    static String rate(JsonNode row, String field) {
        JsonNode v = row.path(field);
        return v.isNumber() ? pct(v.asDouble()) : "—";
    }

    /** A fraction as a percentage with at most two decimals: 0.9558 → 95.58%, 0.5 → 50%. */
    static String pct(double fraction) {
        return num(fraction * 100, 2) + "%";
    }

    static String minutes(JsonNode row, String field) {
        JsonNode v = row.path(field);
        return v.isNumber() ? num(v.asDouble() / 60, 1) + "分钟" : "—";
    }

    private static String share(long part, long total) {
        return total == 0 ? "—" : pct((double) part / total);
    }

    static String num(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String monthLabel(String yyyyMm) {
        YearMonth ym = YearMonth.parse(yyyyMm);
        return ym.getYear() + "年" + ym.getMonthValue() + "月";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {      // XML cannot carry other control characters
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
