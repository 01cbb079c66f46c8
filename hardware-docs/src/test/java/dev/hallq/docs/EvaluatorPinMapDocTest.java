package dev.hallq.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.evaluator.keys.PinMap;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps hardware-docs/evaluator-device.md and {@link PinMap#defaults()} from drifting apart. */
class EvaluatorPinMapDocTest {

    private static final String PIN_TABLE = "| Key | Chinese | Key GPIO (BCM) | LED GPIO (BCM) |";
    private static final String HEADER_TABLE = "| BCM | Header pin |";
    /** BCM GPIO → physical pin of the 40-pin header, identical on Pi 4 and Pi 5. */
    private static final Map<Integer, Integer> HEADER_PIN = Map.ofEntries(
            Map.entry(2, 3), Map.entry(3, 5), Map.entry(4, 7), Map.entry(5, 29), Map.entry(6, 31),
            Map.entry(7, 26), Map.entry(8, 24), Map.entry(9, 21), Map.entry(10, 19), Map.entry(11, 23),
            Map.entry(12, 32), Map.entry(13, 33), Map.entry(14, 8), Map.entry(15, 10), Map.entry(16, 36),
            Map.entry(17, 11), Map.entry(18, 12), Map.entry(19, 35), Map.entry(20, 38), Map.entry(21, 40),
            Map.entry(22, 15), Map.entry(23, 16), Map.entry(24, 18), Map.entry(25, 22), Map.entry(26, 37),
            Map.entry(27, 13));

    private static List<String> doc;

    @BeforeAll
    static void readDoc() throws IOException {
        doc = Files.readAllLines(Path.of("evaluator-device.md"), StandardCharsets.UTF_8);
    }

    @Test
    void the_pin_map_table_lists_every_pad_key_once_in_enum_order() {
        assertThat(rows(PIN_TABLE)).extracting(row -> row.get(0))
                .containsExactlyElementsOf(Arrays.stream(PadKey.values()).map(Enum::name).toList());
    }

    @Test
    void every_pin_map_row_matches_the_default_pin_map() {
        PinMap defaults = PinMap.defaults();
        for (List<String> row : rows(PIN_TABLE)) {
            PadKey key = PadKey.valueOf(row.get(0));
            assertThat(row.get(1)).as("Chinese of %s", key).isEqualTo(key.label());
            assertThat(row.get(2)).as("key GPIO of %s", key).isEqualTo(String.valueOf(defaults.keyPin(key)));
            String led = key.isRatingKey() ? String.valueOf(defaults.ledPin(key)) : "-";
            assertThat(row.get(3)).as("LED GPIO of %s", key).isEqualTo(led);
        }
    }

    @Test
    void the_header_pin_table_covers_exactly_the_default_gpios_with_their_real_header_pins() {
        PinMap defaults = PinMap.defaults();
        TreeSet<Integer> used = new TreeSet<>(defaults.keyPins().values());
        used.addAll(defaults.ledPins().values());

        List<List<String>> rows = rows(HEADER_TABLE);

        assertThat(rows).extracting(row -> Integer.valueOf(row.get(0))).containsExactlyElementsOf(used);
        assertThat(rows).allSatisfy(row -> assertThat(Integer.valueOf(row.get(1)))
                .as("header pin of GPIO %s", row.get(0)).isEqualTo(HEADER_PIN.get(Integer.valueOf(row.get(0)))));
    }

    @Test
    void the_documented_properties_file_loads_to_the_defaults_and_names_every_entry() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(fencedBlock("```properties")));

        assertThat(PinMap.fromProperties(properties)).isEqualTo(PinMap.defaults());
        assertThat(properties.stringPropertyNames()).hasSize(PadKey.values().length + PadKey.ratingKeys().size() + 2);
    }

    @Test
    void the_page_points_to_the_mqtt_api() {
        assertThat(doc).contains("## Pad page and MQTT");
        assertThat(String.join("\n", doc)).contains("mqtt-api.md");
    }

    /** Cells of the table under {@code header}, without the separator row, backticks trimmed. */
    private static List<List<String>> rows(String header) {
        int start = doc.indexOf(header);
        assertThat(start).as("table %s in evaluator-device.md", header).isNotNegative();
        assertThat(doc.get(start + 1)).startsWith("|---");
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 2; i < doc.size() && doc.get(i).startsWith("|"); i++) {
            String line = doc.get(i).trim();
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                    .map(cell -> cell.trim().replace("`", ""))
                    .collect(Collectors.toList()));
        }
        return rows;
    }

    private static String fencedBlock(String opening) {
        int start = doc.indexOf(opening);
        assertThat(start).as("%s block in evaluator-device.md", opening).isNotNegative();
        int end = doc.subList(start + 1, doc.size()).indexOf("```") + start + 1;
        return String.join("\n", doc.subList(start + 1, end));
    }
}
