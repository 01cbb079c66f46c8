package dev.hallq.hub.cases;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.hallq.hub.cases.CaseWorkflowTest.SHANGHAI;
import static dev.hallq.hub.cases.CaseWorkflowTest.T0;
import static dev.hallq.hub.cases.CaseWorkflowTest.open;
import static org.assertj.core.api.Assertions.assertThat;

/** 整改率 and 回访率 over the cases that count: a withdrawn case counts in neither. */
class CaseFiguresTest {
    @Test
    void ratesAreOverTheCasesNotWithdrawnAndSplitByDepartment() {
        BadRatingCase closed = done(open(1));
        BadRatingCase calledBack = open(2).step(CaseStep.VERIFY, "a", null, "li", T0).next()
                .step(CaseStep.CALL_BACK, "b", false, "li", T0).next();
        BadRatingCase fresh = open(3);
        BadRatingCase withdrawn = open(4).appeal("误评", "li", T0).next().decide(true, "属实", "wang", T0).next();
        BadRatingCase other = new BadRatingCase(5, "t5", "B001", LocalDate.of(2026, 11, 23), 3, "0201", "real-estate",
                "不动产登记", null, fresh.level(), List.of(), null, T0, T0, LocalDate.of(2026, 11, 30), CaseState.OPEN, false,
                null, null, null, T0, 1);
        Instant afterDeadline = Instant.parse("2026-12-01T00:00:00Z");

        CaseFigures f = CaseFigures.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                List.of(closed, calledBack, fresh, withdrawn, other), afterDeadline, SHANGHAI);

        assertThat(f.opened()).isEqualTo(5);
        assertThat(f.withdrawn()).isEqualTo(1);
        assertThat(f.closed()).isEqualTo(1);
        assertThat(f.closedOnTime()).isEqualTo(1);
        assertThat(f.inWork()).isEqualTo(3);
        assertThat(f.overdue()).isEqualTo(3);
        assertThat(f.calledBack()).isEqualTo(2);
        assertThat(f.reached()).isEqualTo(1);
        assertThat(f.rectificationRate()).isEqualTo(0.25);
        assertThat(f.callBackRate()).isEqualTo(0.5);
        assertThat(f.reachedRate()).isEqualTo(0.25);
        assertThat(f.byDepartment()).containsOnlyKeys("人力资源和社会保障局", CaseFigures.NO_DEPARTMENT);
        CaseFigures hr = f.byDepartment().get("人力资源和社会保障局");
        assertThat(hr.opened()).isEqualTo(4);
        assertThat(hr.rectificationRate()).isEqualTo(0.3333);
        assertThat(f.byDepartment().get(CaseFigures.NO_DEPARTMENT).rectificationRate()).isEqualTo(0.0);
    }

    @Test
    void withNoCaseThatCountsThereIsNoRate() {
        BadRatingCase withdrawn = open(4).appeal("误评", "li", T0).next().decide(true, "属实", "wang", T0).next();
        CaseFigures f = CaseFigures.of(null, null, List.of(withdrawn), T0, SHANGHAI);
        assertThat(f.rectificationRate()).isNull();
        assertThat(f.callBackRate()).isNull();
    }

    static BadRatingCase done(BadRatingCase c) {
        return c.step(CaseStep.VERIFY, "a", null, "li", T0).next().step(CaseStep.CALL_BACK, "b", true, "li", T0).next()
                .step(CaseStep.RECTIFY, "c", null, "li", T0).next().step(CaseStep.CLOSE, "d", null, "li", T0).next();
    }
}
