package dev.hallq.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatingLevelTest {
    @Test
    void theTwoPublicCodingsRunOppositeWays() {
        assertThat(RatingLevel.VERY_SATISFIED.gbt39046Code()).isEqualTo(1);
        assertThat(RatingLevel.VERY_SATISFIED.provincialCode()).isEqualTo(5);
        assertThat(RatingLevel.VERY_DISSATISFIED.gbt39046Code()).isEqualTo(5);
        assertThat(RatingLevel.VERY_DISSATISFIED.provincialCode()).isEqualTo(1);
        assertThat(RatingLevel.BASICALLY_SATISFIED.provincialCode()).isEqualTo(3);
    }

    @Test
    void onlyTheLastTwoLevelsAreBadRatings() {
        assertThat(RatingLevel.values()).filteredOn(RatingLevel::isBad)
                .containsExactly(RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED);
        assertThat(RatingLevel.DISSATISFIED.zh()).isEqualTo("不满意");
    }
}
