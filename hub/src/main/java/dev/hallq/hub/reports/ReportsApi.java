package dev.hallq.hub.reports;

import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.admin.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The reports over HTTP, for ADMIN, MANAGER and DUTY_MANAGER: {@code /api/reports/summary}, {@code /series/{name}},
 * {@code /rankings} and {@code /monthly}; each as JSON, or {@code format=csv} (UTF-8 with BOM) or {@code format=xlsx}.
 * Bad parameters are answered 400 naming the parameter. docs/reports.md shows the answers.
 */
public final class ReportsApi {
    private static final Role[] READERS = {Role.ADMIN, Role.MANAGER, Role.DUTY_MANAGER};

    private final Reports reports;
    private final Clock clock;
    private final java.util.function.Supplier<java.time.ZoneId> zone;

    public ReportsApi(Reports reports, Clock clock, java.util.function.Supplier<java.time.ZoneId> zone) {
        this.reports = reports;
        this.clock = clock;
        this.zone = zone;
    }

    public void routes(RoutesConfig r) {
        r.get("/api/reports/summary", this::summary);
        r.get("/api/reports/series/{name}", this::series);
        r.get("/api/reports/rankings", this::rankings);
        r.get("/api/reports/monthly", this::monthly);
    }

    private void summary(Context ctx) {
        AccessWeb.require(ctx, READERS);
        Format format = Format.of(ctx);
        Dimension by = Dimension.parse(param(ctx, "by", "hall"));
        Reports.Summary summary = reports.summary(period(ctx), by);
        answer(ctx, format, summary, () -> List.of(summary.table()), "summary-" + summary.by());
    }

    private void series(Context ctx) {
        AccessWeb.require(ctx, READERS);
        Format format = Format.of(ctx);
        String name = ctx.pathParam("name");
        Boolean monthly = Reports.SERIES.get(name);
        if (monthly == null) {
            throw new IllegalArgumentException("name must be one of " + Reports.SERIES.keySet().stream().sorted().toList()
                    + ", was '" + name + "'");
        }
        Period period = monthly && ctx.queryParam("from") == null && ctx.queryParam("period") == null
                ? Period.twelveMonthsTo(month(ctx)) : period(ctx);
        Reports.Series series = reports.series(name, period);
        answer(ctx, format, series, () -> List.of(series.table()), name);
    }

    private void rankings(Context ctx) {
        AccessWeb.require(ctx, READERS);
        Format format = Format.of(ctx);
        String of = param(ctx, "of", "staff");
        Dimension d = switch (of) {
            case "staff" -> Dimension.STAFF;
            case "window" -> Dimension.WINDOW;
            default -> throw new IllegalArgumentException("of must be staff or window, was '" + of + "'");
        };
        int min = integer(ctx, "minServed", Rankings.DEFAULT_MIN_SERVED);
        Reports.RankingList list = reports.rankings(d, period(ctx), min);
        answer(ctx, format, list, () -> List.of(list.table()), "rankings-" + of);
    }

    private void monthly(Context ctx) {
        AccessWeb.require(ctx, READERS);
        Format format = Format.of(ctx);
        Reports.Monthly report = reports.monthly(month(ctx));
        String table = param(ctx, "table", "departments");
        answer(ctx, format, report, () -> format == Format.CSV ? List.of(monthlyTable(report, table)) : report.tables(),
                "monthly-" + report.month());
    }

    /** The one table of a monthly report a CSV carries, named by {@code table}. */
    private static ReportTable monthlyTable(Reports.Monthly report, String table) {
        return switch (table) {
            case "totals" -> report.totalsTable();
            case "departments" -> ReportTable.ofFigures("各部门", Dimension.DEPARTMENT, report.departments(), report.totals());
            case "staff", "window" -> report.rankings().get(table).table();
            default -> {
                Reports.Series s = report.series().get(table);
                if (s == null) {
                    throw new IllegalArgumentException("table must be one of totals, departments, staff, window, "
                            + String.join(", ", report.series().keySet()) + "; was '" + table + "'");
                }
                yield s.table();
            }
        };
    }

    private enum Format {
        JSON, CSV, XLSX;

        static Format of(Context ctx) {
            String f = ctx.queryParam("format");
            if (f == null || f.isBlank()) {
                return JSON;
            }
            return switch (f.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw new IllegalArgumentException("format must be json, csv or xlsx, was '" + f + "'");
            };
        }
    }

    private static void answer(Context ctx, Format format, Object json,
                               java.util.function.Supplier<List<ReportTable>> tables, String file) {
        switch (format) {
            case JSON -> ctx.json(json);
            case CSV -> {
                ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
                ctx.contentType(TableExport.CSV_TYPE).result(TableExport.csv(tables.get().get(0)));
            }
            case XLSX -> {
                ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"");
                ctx.contentType(TableExport.XLSX_TYPE).result(TableExport.xlsx(tables.get()));
            }
        }
    }

    /**
     * The period of {@code from} and {@code to}, or of {@code period=day|month|year} with {@code date}
     * ({@code YYYY-MM-DD}; {@code YYYY-MM} or {@code YYYY} also do for a month or a year); today without either.
     */
    private Period period(Context ctx) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        String kind = ctx.queryParam("period");
        if (from != null || to != null) {
            if (kind != null) {
                throw new IllegalArgumentException("period: give either from and to or period and date, not both");
            }
            if (from == null || to == null) {
                throw new IllegalArgumentException((from == null ? "from" : "to") + " is required with "
                        + (from == null ? "to" : "from") + " (YYYY-MM-DD)");
            }
            LocalDate f = date("from", from);
            LocalDate t = date("to", to);
            if (f.isAfter(t)) {
                throw new IllegalArgumentException("from (" + f + ") must not be after to (" + t + ")");
            }
            try {
                return new Period(f, t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("to: " + e.getMessage());
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(zone.get()));
        String date = ctx.queryParam("date");
        return switch (kind == null ? "day" : kind) {
            case "day" -> Period.day(date == null ? today : date("date", date));
            case "month" -> Period.month(date == null ? YearMonth.from(today)
                    : date.length() == 7 ? yearMonth("date", date) : YearMonth.from(date("date", date)));
            case "year" -> {
                if (date == null) {
                    yield Period.year(today.getYear());
                }
                if (date.matches("\\d{4}")) {
                    yield Period.year(Integer.parseInt(date));
                }
                yield Period.year(date("date", date).getYear());
            }
            default -> throw new IllegalArgumentException("period must be day, month or year, was '" + kind + "'");
        };
    }

    private YearMonth month(Context ctx) {
        String m = ctx.queryParam("month");
        return m == null ? YearMonth.now(clock.withZone(zone.get())) : yearMonth("month", m);
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, was '" + text + "'");
        }
    }

    private static YearMonth yearMonth(String name, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a month YYYY-MM, was '" + text + "'");
        }
    }

    private static String param(Context ctx, String name, String otherwise) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? otherwise : v.toLowerCase(Locale.ROOT);
    }

    private static int integer(Context ctx, String name, int otherwise) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number 0 or more, was '" + v + "'");
        }
    }
}
