package dev.hallq.hub.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.protocol.Json;

/** The request id and reply topic read from a payload that failed validation, so the error still finds its way. */
record RequestEnvelope(String requestId, String replyTo) {

    static RequestEnvelope peek(byte[] payload) {
        try {
            JsonNode node = Json.mapper().readTree(payload);
            if (node == null || !node.isObject()) {
                return new RequestEnvelope(null, null);
            }
            return new RequestEnvelope(text(node, "requestId"), text(node, "replyTo"));
        } catch (java.io.IOException | RuntimeException e) {
            return new RequestEnvelope(null, null);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && v.asText().length() <= 200 ? v.asText() : null;
    }
}
