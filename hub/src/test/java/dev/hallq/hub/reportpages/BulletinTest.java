package dev.hallq.hub.reportpages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hallq.protocol.Json;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulletin's wording, from a monthly report's JSON (an answer of /api/reports/monthly kept as a file). */
class BulletinTest {

    private static ObjectNode march() throws Exception {
        try (InputStream in = BulletinTest.class.getResourceAsStream("/reportpages/monthly-2026-03.json")) {
            return (ObjectNode) Json.mapper().readTree(in);
        }
    }

    private static String text(JsonNode monthly) {
        return Bulletin.article(monthly, false).replaceAll("<[^>]+>", "");
    }

    @Test
    void growthIsWordedAsTheHallsWriteItAndNeverComputedFromNothing() throws Exception {
        String t = text(march());
        assertThat(t).contains("示范区政务服务中心2026年3月政务服务运行分析通报", "共取号42个", "办结各类政务服务事项40件",
                "上年同期无办件，不作同比", "环比增长14.29%（上月35件）", "过号2个", "群众平均等候11.7分钟",
                "90%的群众等候不超过20分钟");
    }

    @Test
    void aFallIsAReductionAndRatesChangeByPercentagePoints() throws Exception {
        ObjectNode m = march();
        ((ObjectNode) m.path("previousPeriod").path("growth")).put("served", -0.25);
        ((ObjectNode) m.path("previousPeriod").path("hall")).put("served", 53);
        String t = text(m);
        assertThat(t).contains("环比减少25%（上月53件）", "群众满意度96.55%（环比下降1.23个百分点）");
    }

    @Test
    void departmentsAreRankedWithTheirSharesAndATotal() throws Exception {
        String html = Bulletin.article(march(), false);
        assertThat(text(march())).contains("人力资源和社会保障局办结30件，占75%；不动产登记中心办结10件，占25%");
        assertThat(html).contains("<td>合计</td><td class=\"num\">42</td><td class=\"num\">40</td><td class=\"num\">100%</td>");
    }

    @Test
    void ratingsCasesAndRankingsAreToldOrSaidToBeMissing() throws Exception {
        String t = text(march());
        assertThat(t).contains("评价29条，评价率72.5%", "差评1条", "差评整改率100%", "回访率100%",
                "延时服务3件", "周末不打烊共办结0件", "预约服务签到4人次，预约未到（爽约）1人次",
                "取号最集中的时段为9:00-10:00", "红旗窗口：1号窗口综合得分93.2，位列第一",
                "服务之星：本月无达到评选办件量（20件）的工作人员");
    }

    @Test
    void namesAreEscapedAndThePageGetsPlacesForCharts() throws Exception {
        ObjectNode m = march();
        m.put("hallName", "<b>A&B</b>中心");
        String html = Bulletin.article(m, true);
        assertThat(html).contains("&lt;b&gt;A&amp;B&lt;/b&gt;中心").doesNotContain("<b>A&B");
        assertThat(html).contains("data-series=\"monthly-tickets\"", "data-series=\"department-share\"",
                "data-series=\"satisfaction-trend\"", "data-series=\"wait-by-hour\"");
        assertThat(Bulletin.article(march(), false)).doesNotContain("data-series");
    }
}
