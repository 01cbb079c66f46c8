package dev.hallq.hub.cases;

import dev.hallq.protocol.RatingLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The steps of a case, the ones its state forbids, and the appeal that needs a second person. */
class CaseWorkflowTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void aCaseIsVerifiedCalledBackRectifiedAndClosedInThatOrder() {
        BadRatingCase c = open(1);
        BadRatingCase.Changed verified = c.step(CaseStep.VERIFY, "查看录像：窗口人员态度生硬", null, "li", T0.plusSeconds(60));
        assertThat(verified.next().state()).isEqualTo(CaseState.VERIFIED);
        assertThat(verified.next().version()).isEqualTo(2);
        assertThat(verified.entry()).isEqualTo(new CaseEntry(T0.plusSeconds(60), "li", "VERIFY", CaseState.OPEN,
                CaseState.VERIFIED, "查看录像：窗口人员态度生硬", null));
        BadRatingCase.Changed back = verified.next().step(CaseStep.CALL_BACK, "电话致歉", false, "li", T0.plusSeconds(120));
        assertThat(back.next().calledBack()).isTrue();
        assertThat(back.next().reached()).isFalse();
        assertThat(back.entry().detail()).isEqualTo("NOT_REACHED");
        BadRatingCase rectified = back.next().step(CaseStep.RECTIFY, "组织窗口礼仪培训", null, "li", T0.plusSeconds(180)).next();
        assertThat(rectified.rectified()).isFalse();
        BadRatingCase closed = rectified.step(CaseStep.CLOSE, "办结", null, "li", T0.plusSeconds(240)).next();
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(240));
        assertThat(closed.rectified()).isTrue();
        assertThat(closed.reached()).isFalse();
        assertThat(closed.version()).isEqualTo(5);
    }

    @Test
    void aStepOutOfOrderIsRefusedNamingTheState() {
        BadRatingCase c = open(7);
        assertThatThrownBy(() -> c.step(CaseStep.CLOSE, "办结", null, "li", T0))
                .isInstanceOfSatisfying(CaseConflict.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("WRONG_STATE");
                    assertThat(e.getMessage()).contains("case 7 is OPEN").contains("CLOSE needs a case that is RECTIFIED");
                });
        BadRatingCase verified = c.step(CaseStep.VERIFY, "ok", null, "li", T0).next();
        assertThatThrownBy(() -> verified.step(CaseStep.VERIFY, "again", null, "li", T0))
                .isInstanceOf(CaseConflict.class).hasMessageContaining("is VERIFIED");
    }

    @Test
    void everyStepNeedsNotesAndACallBackSaysWhetherTheCitizenWasReached() {
        BadRatingCase c = open(1);
        assertThatThrownBy(() -> c.step(CaseStep.VERIFY, "  ", null, "li", T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes is required");
        BadRatingCase verified = c.step(CaseStep.VERIFY, "ok", null, "li", T0).next();
        assertThatThrownBy(() -> verified.step(CaseStep.CALL_BACK, "called", null, "li", T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reached is required");
        assertThatThrownBy(() -> verified.step(CaseStep.CALL_BACK, "x".repeat(2001), true, "li", T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2000");
    }

    @Test
    void anAppealIsDecidedOnlyByASecondPersonAndARejectionGoesBackToWhereTheCaseWas() {
        BadRatingCase called = open(3).step(CaseStep.VERIFY, "ok", null, "li", T0).next()
                .step(CaseStep.CALL_BACK, "reached", true, "li", T0).next();
        BadRatingCase appealed = called.appeal("评价人误按", "li", T0).next();
        assertThat(appealed.state()).isEqualTo(CaseState.APPEALED);
        assertThatThrownBy(() -> appealed.step(CaseStep.RECTIFY, "x", null, "li", T0)).isInstanceOf(CaseConflict.class)
                .hasMessageContaining("is APPEALED");
        assertThatThrownBy(() -> appealed.decide(true, "self", "li", T0)).isInstanceOfSatisfying(CaseConflict.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("SECOND_PERSON_REQUIRED");
        });
        BadRatingCase.Changed rejected = appealed.decide(false, "录像显示确有问题", "wang", T0);
        assertThat(rejected.next().state()).isEqualTo(CaseState.CALLED_BACK);
        assertThat(rejected.next().appeal().decision()).isEqualTo(Appeal.Decision.REJECTED);
        assertThat(rejected.next().appeal().decidedBy()).isEqualTo("wang");
        assertThat(rejected.entry().action()).isEqualTo("APPEAL_REJECTED");
        assertThatThrownBy(() -> rejected.next().appeal("again", "zhao", T0)).isInstanceOf(CaseConflict.class)
                .hasMessageContaining("one appeal");
        assertThat(rejected.next().step(CaseStep.RECTIFY, "培训", null, "li", T0).next().state())
                .isEqualTo(CaseState.RECTIFIED);
    }

    @Test
    void anUpheldAppealWithdrawsTheCaseWhichIsThenNeitherOverdueNorWorkable() {
        BadRatingCase withdrawn = open(4).appeal("恶意差评", "li", T0).next().decide(true, "属实", "wang", T0).next();
        assertThat(withdrawn.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(withdrawn.overdue(T0.plusSeconds(86_400L * 60), SHANGHAI)).isFalse();
        assertThatThrownBy(() -> withdrawn.step(CaseStep.VERIFY, "x", null, "li", T0)).isInstanceOf(CaseConflict.class);
        assertThatThrownBy(() -> withdrawn.decide(false, "x", "zhao", T0)).isInstanceOf(CaseConflict.class)
                .hasMessageContaining("no pending appeal");
    }

    @Test
    void aCaseClosedAfterItsDeadlineDayStaysOverdue() {
        BadRatingCase c = open(5); // due 2026-11-30, ends 2026-11-30T16:00Z
        Instant late = Instant.parse("2026-11-30T16:00:00Z");
        BadRatingCase closed = c.step(CaseStep.VERIFY, "a", null, "li", T0).next().step(CaseStep.CALL_BACK, "b", true, "li", T0)
                .next().step(CaseStep.RECTIFY, "c", null, "li", T0).next().step(CaseStep.CLOSE, "d", null, "li", late).next();
        assertThat(closed.overdue(late.plusSeconds(86_400), SHANGHAI)).isTrue();
        BadRatingCase inTime = c.step(CaseStep.VERIFY, "a", null, "li", T0).next().step(CaseStep.CALL_BACK, "b", true, "li", T0)
                .next().step(CaseStep.RECTIFY, "c", null, "li", T0).next()
                .step(CaseStep.CLOSE, "d", null, "li", late.minusSeconds(1)).next();
        assertThat(inTime.overdue(late.plusSeconds(86_400), SHANGHAI)).isFalse();
    }

    static BadRatingCase open(long id) {
        return new BadRatingCase(id, "20261123-A00" + id, "A00" + id, LocalDate.of(2026, 11, 23), 1, "0101", "social-security",
                "社保医保", "人力资源和社会保障局", RatingLevel.VERY_DISSATISFIED, List.of("态度差"), "太慢", T0, T0,
                LocalDate.of(2026, 11, 30), CaseState.OPEN, false, null, null, null, T0, 1);
    }
}
