package dev.hallq.evaluator;

import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.Reply;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the pad's page says about the hub's latest answer: done, refused (the hub's message as is, plus a
 * Chinese line for the common codes), or no answer in time (「大厅服务器无响应」).
 *
 * @param action    what was asked: a {@link dev.hallq.protocol.StaffAction} name or {@code RATING}
 * @param code      null when ok; an {@link ErrorCode} name, or {@link #NO_ANSWER}
 * @param messageZh the Chinese line shown above the hub's message, or null
 */
record PadNotice(String requestId, String action, boolean ok, String code, String message, String messageZh,
                 String ticketNumber, Instant at) {
    static final String NO_ANSWER = "NO_ANSWER";
    static final String NO_ANSWER_ZH = "大厅服务器无响应";

    static PadNotice of(Reply reply, String action, Instant at) {
        String ticket = reply.ticket() == null ? null : reply.ticket().number();
        if (reply.ok()) {
            return new PadNotice(reply.requestId(), action, true, null, reply.message(), null, ticket, at);
        }
        return new PadNotice(reply.requestId(), action, false, reply.error().name(), reply.message(),
                chinese(reply.error()), ticket, at);
    }

    static PadNotice noAnswer(String requestId, String action, Duration waited, Instant at) {
        return new PadNotice(requestId, action, false, NO_ANSWER,
                "the hall server did not answer within " + waited.toMillis() + " ms", NO_ANSWER_ZH, null, at);
    }

    /** The Chinese line for a refusal; null for codes staff never need explained. */
    static String chinese(ErrorCode code) {
        return switch (code) {
            case QUEUE_EMPTY -> "当前无人等候";
            case WINDOW_PAUSED -> "窗口已暂停，请先恢复";
            case WRONG_STATE -> "当前状态不能执行此操作";
            case ALREADY_RATED -> "本次服务已评价";
            case UNKNOWN_TICKET -> "找不到该号票";
            case UNKNOWN_WINDOW -> "大厅服务器未配置本窗口";
            case UNKNOWN_STAFF -> "工号不在本大厅人员名单中";
            case DEVICE_REVOKED -> "本机已被大厅管理员停用，请联系管理员";
            case DEVICE_NOT_REGISTERED -> "本机未在大厅登记，请联系管理员登记";
            default -> "大厅服务器处理出错，请联系管理员"; // codes a pad's staff keys never cause
        };
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestId", requestId);
        json.put("action", action);
        json.put("ok", ok);
        json.put("code", code);
        json.put("message", message);
        json.put("messageZh", messageZh);
        json.put("ticketNumber", ticketNumber);
        json.put("at", at);
        return json;
    }
}
