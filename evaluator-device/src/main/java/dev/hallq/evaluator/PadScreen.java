package dev.hallq.evaluator;

/** What the evaluation pad shows. */
public enum PadScreen {
    /** The staff side: window, staff member, current ticket and the five staff keys. */
    STAFF,
    /** 「请您对本次服务进行评价」: the five rating keys, lit. */
    RATE,
    /** 「感谢您的评价！」 for a few seconds after a rating was sent. */
    THANKS
}
