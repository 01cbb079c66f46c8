package dev.hallq.hub.cases;

import java.util.Arrays;
import java.util.List;

/** The four steps of the work on a case, each from exactly one state to the next. */
public enum CaseStep {
    /** 核实: what was found out about the complaint. */
    VERIFY(CaseState.OPEN, CaseState.VERIFIED),
    /** 回访: the citizen was called (reached or not). */
    CALL_BACK(CaseState.VERIFIED, CaseState.CALLED_BACK),
    /** 整改: what was fixed. */
    RECTIFY(CaseState.CALLED_BACK, CaseState.RECTIFIED),
    /** 办结: the case is done. */
    CLOSE(CaseState.RECTIFIED, CaseState.CLOSED);

    private final CaseState from;
    private final CaseState to;

    CaseStep(CaseState from, CaseState to) {
        this.from = from;
        this.to = to;
    }

    public CaseState from() {
        return from;
    }

    public CaseState to() {
        return to;
    }

    /** The step named {@code text}, or a 400 naming the ones there are. */
    public static CaseStep parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("step must be one of " + List.of(values())
                        + ", was '" + text + "'"));
    }
}
