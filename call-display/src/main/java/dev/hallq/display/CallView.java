package dev.hallq.display;

import dev.hallq.display.voice.CallPhrases;
import dev.hallq.protocol.CallAnnouncement;

import java.time.Instant;

/**
 * A call as the hall screen shows it, with the wording ready: 「请A001号到3号窗口办理」 and its English line.
 */
record CallView(long seq, String ticketNumber, int window, String windowName, String serviceName, boolean recall,
                Instant calledAt, String text, String textEn) {

    static CallView of(CallAnnouncement call, CallPhrases phrases) {
        String text;
        String textEn;
        try {
            text = phrases.displayText(call.ticketNumber(), call.window(), call.recall());
            textEn = phrases.englishText(call.ticketNumber(), call.window(), call.recall());
        } catch (IllegalArgumentException e) {
            // a ticket number the phrase rules do not know (e.g. "A-01"): still show it, plainly
            text = (call.recall() ? "重呼：" : "") + "请" + call.ticketNumber() + "号到" + call.window() + "号窗口办理";
            textEn = (call.recall() ? "Recall: number " : "Number ") + call.ticketNumber()
                    + ", please go to window " + call.window();
        }
        return new CallView(call.seq(), call.ticketNumber(), call.window(), call.windowName(), call.serviceName(),
                call.recall(), call.calledAt(), text, textEn);
    }
}
