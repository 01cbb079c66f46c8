package dev.hallq.hub.reports;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.hallq.hub.config.RankingWeights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 红旗窗口 and 服务之星: windows or staff ranked by a score 0-100 from the hall's {@link RankingWeights}. Each part
 * is a number 0-1 (docs/reports.md gives them); the score is their weighted mean times 100. Rows that served fewer
 * than the minimum are not ranked.
 */
final class Rankings {
    /** Served fewer than this in the period: too few to rank fairly. */
    static final int DEFAULT_MIN_SERVED = 20;

    private Rankings() {
    }

    /** One ranked row: its place (1 = best), score and the five parts. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Ranked(int rank, String key, String name, double score, long served, Double satisfaction,
                  Double ratingRate, Double handlingAvgSeconds, long badRatings, Parts parts) {
    }

    /** Each part of the score, 0-1. */
    record Parts(double served, double satisfaction, double ratingRate, double handlingSpeed, double badRatings) {
    }

    static List<Ranked> rank(List<Figures> rows, RankingWeights w, int minServed) {
        List<Figures> eligible = rows.stream().filter(f -> f.served() >= Math.max(1, minServed)).toList();
        long maxServed = eligible.stream().mapToLong(Figures::served).max().orElse(0);
        double fastest = eligible.stream().filter(f -> f.handlingAvgSeconds() != null)
                .mapToDouble(Figures::handlingAvgSeconds).min().orElse(0);
        double maxBadRate = eligible.stream().mapToDouble(Rankings::badRate).max().orElse(0);
        int total = w.served() + w.satisfaction() + w.ratingRate() + w.handlingSpeed() + w.badRatings();
        record Scored(Figures f, Parts p, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Figures f : eligible) {
            Parts p = new Parts(
                    maxServed == 0 ? 0 : (double) f.served() / maxServed,
                    f.satisfaction() == null ? 0 : f.satisfaction(),
                    f.ratingRate() == null ? 0 : Math.min(1, f.ratingRate()),
                    f.handlingAvgSeconds() == null ? 0 : f.handlingAvgSeconds() <= 0 ? 1 : fastest / f.handlingAvgSeconds(),
                    maxBadRate == 0 ? 1 : 1 - badRate(f) / maxBadRate);
            double score = 100.0 * (w.served() * p.served() + w.satisfaction() * p.satisfaction()
                    + w.ratingRate() * p.ratingRate() + w.handlingSpeed() * p.handlingSpeed()
                    + w.badRatings() * p.badRatings()) / total;
            scored.add(new Scored(f, p, Math.round(score * 100) / 100.0));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingLong((Scored s) -> s.f().served()).reversed())
                .thenComparing(s -> s.f().badRatings())
                .thenComparing(s -> s.f().key(), Rankings::byKey));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            Figures f = s.f();
            out.add(new Ranked(i + 1, f.key(), f.name(), s.score(), f.served(), f.satisfaction(), f.ratingRate(),
                    f.handlingAvgSeconds(), f.badRatings(), s.p()));
        }
        return out;
    }

    /** Bad ratings per served ticket. */
    private static double badRate(Figures f) {
        return f.served() == 0 ? 0 : (double) f.badRatings() / f.served();
    }

    /** Window numbers as numbers, 工号 as text. */
    private static int byKey(String a, String b) {
        if (a.matches("\\d{1,9}") && b.matches("\\d{1,9}")) {
            int c = Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }
}
