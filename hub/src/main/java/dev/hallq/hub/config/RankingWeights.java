package dev.hallq.hub.config;

/**
 * How staff and window rankings (红旗窗口, 服务之星) weigh each figure; each weight 0-100, at least one above 0.
 */
public record RankingWeights(Integer served, Integer satisfaction, Integer ratingRate, Integer handlingSpeed,
                             Integer badRatings) {
    public static final RankingWeights DEFAULT = new RankingWeights(null, null, null, null, null);

    public RankingWeights {
        served = weight("served", served, 30);
        satisfaction = weight("satisfaction", satisfaction, 40);
        ratingRate = weight("ratingRate", ratingRate, 10);
        handlingSpeed = weight("handlingSpeed", handlingSpeed, 10);
        badRatings = weight("badRatings", badRatings, 10);
        if (served + satisfaction + ratingRate + handlingSpeed + badRatings == 0) {
            throw new IllegalArgumentException("office.ranking: at least one weight must be above 0");
        }
    }

    private static int weight(String key, Integer given, int otherwise) {
        int v = given == null ? otherwise : given;
        if (v < 0 || v > 100) {
            throw new IllegalArgumentException("office.ranking." + key + " must be 0-100, was " + v);
        }
        return v;
    }
}
