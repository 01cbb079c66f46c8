package dev.hallq.hub.reportpages;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.access.AccessDenied;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.admin.Role;
import dev.hallq.protocol.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The report pages' side of the hub: {@code reports.html} and {@code monthly.html} only for a logged-in user
 * (others are sent to the log-in page and back), the monthly bulletin as an HTML article for the page
 * ({@code GET /api/reports/monthly.html?month=YYYY-MM}) and as a PDF ({@code GET /api/reports/monthly.pdf?month=}),
 * and ECharts from its WebJar ({@code /webjars/echarts/echarts.min.js}).
 */
public final class ReportPagesWeb {
    /** The roles that read reports (as {@code /api/reports}). */
    private static final Role[] READERS = {Role.ADMIN, Role.MANAGER, Role.DUTY_MANAGER};
    private static final Set<String> PAGES = Set.of("/reports.html", "/monthly.html");
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/%s/dist/echarts.min.js";

    private final Function<YearMonth, Object> monthly;
    private final Supplier<CjkFont.Found> font;

    /**
     * @param monthly the month's report as {@code GET /api/reports/monthly} answers it
     * @param font    the CJK font for PDFs (searched on first use)
     */
    public ReportPagesWeb(Function<YearMonth, Object> monthly, Supplier<CjkFont.Found> font) {
        this.monthly = monthly;
        this.font = font;
    }

    public void routes(RoutesConfig r) {
        r.before(this::pagesNeedLogIn);
        r.get("/api/reports/monthly.pdf", this::pdf);
        r.get("/api/reports/monthly.html", this::article);
        r.get("/webjars/echarts/echarts.min.js", ReportPagesWeb::echarts);
        r.exception(BulletinPdf.NoCjkFont.class, (e, ctx) -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                .json(Map.of("error", "NO_CJK_FONT", "message", e.getMessage())));
    }

    private void pagesNeedLogIn(Context ctx) {
        if (!PAGES.contains(ctx.path())) {
            return;
        }
        try {
            AccessWeb.session(ctx);
        } catch (AccessDenied e) {
            String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login.html?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
        }
    }

    private void pdf(Context ctx) throws IOException {
        AccessWeb.require(ctx, READERS);
        YearMonth month = month(ctx);
        byte[] pdf = new BulletinPdf(font.get()).render(report(month));
        ctx.header("Content-Disposition", "inline; filename=\"bulletin-" + month + ".pdf\"");
        ctx.contentType("application/pdf").result(pdf);
    }

    private void article(Context ctx) {
        AccessWeb.require(ctx, READERS);
        ctx.contentType("text/html; charset=utf-8").result(Bulletin.article(report(month(ctx)), true));
    }

    private JsonNode report(YearMonth month) {
        return Json.mapper().valueToTree(monthly.apply(month));
    }

    /** {@code month} is required here: a printed bulletin names its month. */
    static YearMonth month(Context ctx) {
        String m = ctx.queryParam("month");
        if (m == null || m.isBlank()) {
            throw new IllegalArgumentException("month is required (YYYY-MM)");
        }
        try {
            return YearMonth.parse(m);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must be a month YYYY-MM, was '" + m + "'");
        }
    }

    private static void echarts(Context ctx) throws IOException {
        ClassLoader loader = ReportPagesWeb.class.getClassLoader();
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) {
                ctx.status(HttpStatus.NOT_FOUND).result("the ECharts WebJar is not on the class path");
                return;
            }
            pom.load(in);
        }
        try (InputStream in = loader.getResourceAsStream(ECHARTS.formatted(pom.getProperty("version")))) {
            if (in == null) {
                ctx.status(HttpStatus.NOT_FOUND).result("echarts.min.js is missing from its WebJar");
                return;
            }
            ctx.header("Cache-Control", "max-age=86400").contentType("text/javascript; charset=utf-8").result(in.readAllBytes());
        }
    }
}
