package dev.hallq.protocol;

/**
 * The five levels of 好差评. Stored as this enum; the two public codings disagree, so each is a
 * mapping at the boundary: GB/T 39046 annex A.8 counts 1 = 非常满意 … 5 = 非常不满意, provincial upload
 * interfaces count 1 = 非常不满意 … 5 = 非常满意.
 */
public enum RatingLevel {
    VERY_SATISFIED("非常满意", "Very satisfied"),
    SATISFIED("满意", "Satisfied"),
    BASICALLY_SATISFIED("基本满意", "Basically satisfied"),
    DISSATISFIED("不满意", "Dissatisfied"),
    VERY_DISSATISFIED("非常不满意", "Very dissatisfied");

    private final String zh;
    private final String en;

    RatingLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** 差评: 不满意 and 非常不满意. */
    public boolean isBad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    /** GB/T 39046-2020 annex A.8: 1 = 非常满意 … 5 = 非常不满意. */
    public int gbt39046Code() {
        return ordinal() + 1;
    }

    /** Provincial upload interfaces: 1 = 非常不满意 … 5 = 非常满意. */
    public int provincialCode() {
        return values().length - ordinal();
    }
}
