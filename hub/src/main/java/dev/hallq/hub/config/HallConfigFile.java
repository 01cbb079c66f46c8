package dev.hallq.hub.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads a hall's configuration from YAML. Bad content fails with a message that names the key.
 *
 * <pre>
 * hall: {id: H1, name: 示范政务服务大厅, zone: Asia/Shanghai}
 * services:
 *   - {id: social-security, prefix: A, name: 社保医保, nameEn: Social security}
 * windows:
 *   - {number: 1, services: [social-security], staff: {staffNo: "0101", name: 王芳}}
 * </pre>
 */
public final class HallConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private HallConfigFile() {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    record HallSection(String id, String name, String zone) {
    }

    record Document(HallSection hall, List<ServiceConfig> services, List<WindowConfig> windows, List<StaffConfig> staff,
                    java.util.Map<String, Object> policy, HallCalendar calendar, List<BundleConfig> bundles,
                    OfficeRules office) {
    }

    /** The policy keys a file gives, over the defaults for the rest. */
    private static QueuePolicy policy(java.util.Map<String, Object> given) {
        if (given == null) {
            return QueuePolicy.DEFAULT;
        }
        java.util.Map<String, Object> merged = YAML.convertValue(QueuePolicy.DEFAULT,
                new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { });
        for (String key : given.keySet()) {
            if (!merged.containsKey(key)) {
                throw new IllegalArgumentException("policy." + key + " is not a policy setting; known: " + merged.keySet());
            }
        }
        merged.putAll(given);
        try {
            return YAML.convertValue(merged, QueuePolicy.class);
        } catch (IllegalArgumentException e) {
            Throwable cause = e.getCause() instanceof ValueInstantiationException v && v.getCause() != null ? v.getCause() : e;
            throw new IllegalArgumentException(cause.getMessage(), e);
        }
    }

    /**
     * The hall as one JSON document in the file's shape ({@code hall}, {@code services}, {@code windows},
     * {@code staff}, {@code policy}, {@code calendar}, {@code bundles}): what the HTTP API serves and takes,
     * and what the store keeps per revision. {@link #parse(String, String)} reads it back to an equal hall.
     */
    public static String toJson(HallConfig hall) {
        java.util.Map<String, Object> policy = JSON.convertValue(hall.policy(),
                new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { });
        Document doc = new Document(new HallSection(hall.id(), hall.name(), hall.zone().getId()), hall.services(),
                hall.windows(), hall.staff(), policy, hall.calendar(), hall.bundles(), hall.office());
        try {
            return JSON.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the hall cannot be written as JSON", e);
        }
    }

    /** Reads a hall from YAML or JSON text; bad content fails naming the key. */
    public static HallConfig parse(String text, String source) {
        try {
            return parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a hall file's bytes, hex: how the hub knows a file changed between two starts. */
    public static String hash(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The built-in demo hall's text. */
    public static byte[] demoText() {
        try (InputStream in = HallConfigFile.class.getResourceAsStream("/demo-hall.yaml")) {
            if (in == null) {
                throw new IllegalStateException("demo-hall.yaml is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static HallConfig load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read hall config " + file + ": " + e.getMessage(), e);
        }
    }

    /** The built-in demo hall, also the hub's default when no file is given. */
    public static HallConfig demo() {
        try (InputStream in = HallConfigFile.class.getResourceAsStream("/demo-hall.yaml")) {
            return parse(in, "demo-hall.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("demo-hall.yaml is missing from the build", e);
        }
    }

    static HallConfig parse(InputStream in, String source) throws IOException {
        Document doc;
        try {
            doc = YAML.readValue(in, Document.class);
        } catch (ValueInstantiationException e) {
            throw new IllegalArgumentException(source + ": " + e.getCause().getMessage(), e);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(source + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        }
        if (doc == null || doc.hall() == null) {
            throw new IllegalArgumentException(source + ": the 'hall' section (id, name) is required");
        }
        ZoneId zone;
        try {
            zone = doc.hall().zone() == null ? null : ZoneId.of(doc.hall().zone());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(source + ": hall.zone '" + doc.hall().zone() + "' is not a time zone");
        }
        try {
            return new HallConfig(doc.hall().id(), doc.hall().name(), zone, doc.services(), doc.windows(), doc.staff(),
                    policy(doc.policy()), doc.calendar(), doc.bundles(), doc.office());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }
}
