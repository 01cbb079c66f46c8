package dev.hallq.hub.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One rating (好差评) as the hub exports it: the fields of GB/T 39046-2020 table 9 (绩效评价) in the shape of a
 * provincial upload, both level codings side by side, and where in the hall it happened. See docs/rating-export.md.
 *
 * @param id           the record's idempotency key: {@code rating:<hall>:<ticket>}, the same on every resend
 * @param caseNo       办件编号: the ticket's id (day and number), unique in the hall
 * @param channel      评价渠道 ({@code pf} code and its name)
 * @param rater        评价人: the masked name of a real-name ticket (张*三), or 匿名
 * @param realName     whether the ticket was taken with an ID card
 * @param ratedAt      评价时间, YYYYMMDDThhmmss in the hall's zone
 * @param ratingCount  评价次数: 1, on-site service is rated once per visit (一次一评)
 * @param satisfaction 满意度 and 满意度代码 in both codings
 * @param text         文字评价: the comment and the reasons picked, or empty
 * @param areaCode     行政区划
 */
@JsonPropertyOrder({"id", "schema", "caseNo", "channel", "rater", "realName", "ratedAt", "ratingCount",
        "satisfaction", "text", "reasons", "comment", "areaCode", "hallId", "window", "staffNo", "serviceId",
        "serviceName"})
public record RatingExport(String id, int schema, String caseNo, Channel channel, String rater, boolean realName,
                           String ratedAt, int ratingCount, Satisfaction satisfaction, String text, List<String> reasons,
                           String comment, String areaCode, String hallId, int window, String staffNo, String serviceId,
                           String serviceName) {

    public static final int SCHEMA = 1;

    /** @param code the provincial {@code pf} code; name its Chinese name */
    public record Channel(int code, String name) {
        static Channel of(int code) {
            String name = switch (code) {
                case 1 -> "PC端";
                case 2 -> "移动端";
                case 3 -> "二维码";
                case 4 -> "政务大厅平板电脑";
                case 5 -> "政务大厅其他终端";
                default -> "其他";
            };
            return new Channel(code, name);
        }
    }

    /**
     * @param level      the level's name (非常满意 … 非常不满意)
     * @param gbt39046   GB/T 39046 annex A.8 code: 1 = 非常满意 … 5 = 非常不满意
     * @param provincial provincial upload code: 1 = 非常不满意 … 5 = 非常满意
     * @param bad        差评 (不满意 or 非常不满意)
     */
    public record Satisfaction(String level, String levelEn, String key, int gbt39046, int provincial, boolean bad) {
    }
}
