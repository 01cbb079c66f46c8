package dev.hallq.hub.cases;

/**
 * Where a bad-rating case (差评工单) stands. The work goes OPEN → VERIFIED → CALLED_BACK → RECTIFIED → CLOSED, one step
 * at a time; an appeal holds the case in APPEALED until a second person decides it: upheld, the case is WITHDRAWN;
 * rejected, it goes back to where it was.
 */
public enum CaseState {
    OPEN("待核实"),
    VERIFIED("已核实"),
    CALLED_BACK("已回访"),
    RECTIFIED("已整改"),
    CLOSED("已办结"),
    APPEALED("申诉中"),
    WITHDRAWN("申诉成立，已撤销");

    private final String zh;

    CaseState(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** Nothing more happens to the case. */
    public boolean finished() {
        return this == CLOSED || this == WITHDRAWN;
    }
}
