package dev.hallq.protocol;

/** What window staff can do from a pad or the web caller. */
public enum StaffAction {
    /** 叫号: call the next ticket for this window. */
    NEXT,
    /** 重呼: call the current ticket again. */
    RECALL,
    /** 过号: the called citizen did not come. */
    NO_SHOW,
    /** 办结: service done; the pad asks for a rating. */
    FINISH,
    /** 暂停服务, with a reason. */
    PAUSE,
    /** 恢复服务. */
    RESUME
}
