package dev.hallq.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** The one JSON codec of the wire format: UTF-8, ISO-8601 times, nulls left out, unknown fields ignored. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    /** The shared mapper, for pages and APIs that speak the same JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object payload) {
        try {
            return MAPPER.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + payload.getClass().getSimpleName(), e);
        }
    }

    public static String writeString(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + payload.getClass().getSimpleName(), e);
        }
    }

    /** Reads and validates a payload; any problem becomes a {@link BadPayload} whose message names it. */
    public static <T> T read(byte[] payload, Class<T> type) throws BadPayload {
        if (payload == null || payload.length == 0) {
            throw new BadPayload(ErrorCode.MALFORMED_PAYLOAD, "empty payload, expected " + type.getSimpleName(), null);
        }
        try {
            T value = MAPPER.readValue(payload, type);
            if (value == null) {
                throw new BadPayload(ErrorCode.MALFORMED_PAYLOAD, "null payload, expected " + type.getSimpleName(), null);
            }
            return value;
        } catch (ValueInstantiationException e) {
            Throwable rule = e.getCause() != null ? e.getCause() : e;
            throw new BadPayload(ErrorCode.MALFORMED_PAYLOAD, type.getSimpleName() + ": " + rule.getMessage(), e);
        } catch (JsonMappingException e) {
            throw new BadPayload(ErrorCode.MALFORMED_PAYLOAD,
                    type.getSimpleName() + ": " + fieldOf(e) + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new BadPayload(ErrorCode.MALFORMED_PAYLOAD, type.getSimpleName() + ": " + firstLine(
                    e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "" : "field '" + path + "': ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
