package dev.hallq.docs;

import dev.hallq.protocol.Json;
import dev.hallq.protocol.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds hardware-docs/mqtt-api.md to the protocol code: same topics, flags, payload types and valid examples. */
class MqttApiDocTest {
    private static final Pattern SECTION = Pattern.compile("(?m)^## `(hall/[^`]+)`\\s*$");
    private static final Map<String, String> sections = new LinkedHashMap<>();
    private static String conventions;

    @BeforeAll
    static void readDoc() throws IOException {
        String doc = Files.readString(Path.of("mqtt-api.md"), StandardCharsets.UTF_8);
        Matcher m = SECTION.matcher(doc);
        conventions = doc.substring(0, m.find() ? m.start() : doc.length());
        m.reset();
        int start = -1;
        String topic = null;
        while (m.find()) {
            if (topic != null) {
                sections.put(topic, doc.substring(start, m.start()));
            }
            topic = m.group(1);
            start = m.end();
        }
        if (topic != null) {
            sections.put(topic, doc.substring(start));
        }
    }

    @Test
    void everyTopicOfTheCodeIsDocumentedAndNothingElse() {
        assertThat(sections.keySet()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(Topic.values()).map(Topic::pattern).toArray(String[]::new));
    }

    @Test
    void eachSectionStatesTheRetainedFlagAndQosOfTheCode() {
        for (Topic t : Topic.values()) {
            String section = sections.get(t.pattern());
            assertThat(row(section, "Retained")).as(t.pattern()).startsWith(t.retained() ? "yes" : "no");
            assertThat(row(section, "QoS")).as(t.pattern()).isEqualTo(Integer.toString(Topic.QOS));
            assertThat(row(section, "Payload")).as(t.pattern()).isEqualTo("`" + t.payload().getSimpleName() + "`");
            assertThat(row(section, "Publisher").startsWith("hub")).as(t.pattern() + " is published by the hub")
                    .isEqualTo(t.writer() == Topic.Writer.HUB);
        }
    }

    @Test
    void everyExampleParsesAsItsPayload() throws Exception {
        for (Topic t : Topic.values()) {
            String section = sections.get(t.pattern());
            Matcher json = Pattern.compile("(?s)```json\\n(.*?)\\n```").matcher(section);
            int examples = 0;
            while (json.find()) {
                Object parsed = Json.read(json.group(1).getBytes(StandardCharsets.UTF_8), t.payload());
                assertThat(parsed).as(t.pattern() + " example " + (examples + 1)).isNotNull();
                examples++;
            }
            assertThat(examples).as("examples for " + t.pattern()).isPositive();
        }
    }

    @Test
    void theErrorTableListsEveryErrorCodeOfTheCodeAndNothingElse() {
        Matcher m = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| .+\\|$").matcher(conventions);
        java.util.List<String> documented = new java.util.ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).containsExactlyInAnyOrder(java.util.Arrays.stream(dev.hallq.protocol.ErrorCode.values())
                .map(Enum::name).toArray(String[]::new));
    }

    private static String row(String section, String name) {
        Matcher m = Pattern.compile("(?m)^\\| " + name + " \\| (.*?) \\|$").matcher(section);
        assertThat(m.find()).as("row " + name).isTrue();
        return m.group(1).trim();
    }
}
