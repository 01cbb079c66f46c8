package dev.hallq.evaluator;

import dev.hallq.protocol.Reply;
import dev.hallq.protocol.WindowState;

import java.util.LinkedHashMap;
import java.util.Map;

/** The pad as its page reads it at once: window state, screen, the hub's latest answer and what it means. */
record PadSnapshot(int windowNumber, String deviceId, WindowState window, PadScreen screen, Reply lastReply,
                   PadNotice notice, boolean hubOnline, int ratingsWaiting) {

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("windowNumber", windowNumber);
        json.put("deviceId", deviceId);
        json.put("window", window);
        json.put("screen", screen);
        json.put("lastReply", lastReply);
        json.put("notice", notice == null ? null : notice.json());
        json.put("hubOnline", hubOnline);
        json.put("ratingsWaiting", ratingsWaiting);
        return json;
    }
}
