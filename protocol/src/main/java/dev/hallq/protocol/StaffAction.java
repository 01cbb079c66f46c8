package dev.hallq.protocol;

/** What window staff can do from a pad or the web caller. */
public enum StaffAction {
    /** 叫号: call the next ticket for this window. */
    NEXT,
    /** 指定叫号: call one waiting ticket out of order; needs {@code ticketId} and a {@code reason}, audited. */
    CALL,
    /** 重呼: call the current ticket again (after a cool-down; past the call limit the ticket is missed). */
    RECALL,
    /** 过号: the called citizen did not come. */
    NO_SHOW,
    /** 过号重排: a missed ticket whose citizen came back in time rejoins the line; needs {@code ticketId}. */
    RETURN,
    /** 转办: send the current ticket to another service ({@code toService}) or window ({@code toWindow}). */
    TRANSFER,
    /** 办结: service done; the pad asks for a rating. */
    FINISH,
    /** 暂停服务, with a reason. */
    PAUSE,
    /** 恢复服务. */
    RESUME,
    /** 上岗: a staff member ({@code staffNo}) logs in at the window. */
    LOG_IN,
    /** 离岗: the staff member logs out; the window closes. */
    LOG_OUT,
    /** AB岗: the window passes to another staff member ({@code staffNo}), usually its B staff. */
    HAND_OVER
}
