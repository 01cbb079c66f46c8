package dev.hallq.printer.ticket;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a hall's ticket template from a YAML file ({@code .json} files are read as JSON). Every key
 * is optional; an empty file gives today's default ticket. Anything wrong fails with a message that
 * names the file and the key.
 *
 * <pre>
 * paper: 58                      # 80 (default) or 58 mm
 * hallName: 城东政务服务中心       # printed instead of the hub's hall name
 * header: 欢迎光临                 # a line above the hall name
 * notes:                         # instead of 「请留意叫号，过号无效」
 *   - 过号无效，请留意叫号
 *   - 请携带身份证原件
 * footer:                        # lines after the notes
 *   - 咨询电话：0551-12345678
 * fields:                        # leave parts out; all are printed unless set to false
 *   estimatedWait: false
 *   qr: true
 * </pre>
 */
public final class TicketTemplateFile {
    private static final Set<String> KEYS = Set.of("paper", "hallName", "header", "notes", "footer", "fields");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private TicketTemplateFile() {
    }

    /**
     * What a template file sets.
     *
     * @param paper the paper width the file names, or null when it names none
     */
    public record Contents(PaperWidth paper, TicketTemplate template) {
    }

    /** @throws IllegalArgumentException naming the file and the key that is wrong */
    public static Contents load(Path file) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = (file.toString().endsWith(".json") ? JSON : YAML).readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("ticket template " + file + " is not valid "
                    + (file.toString().endsWith(".json") ? "JSON" : "YAML") + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read ticket template " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ticket template " + file + ": " + e.getMessage(), e);
        }
    }

    static Contents parse(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Contents(null, TicketTemplate.DEFAULT);
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected keys such as hallName, notes, fields, paper at the top, found "
                    + kind(root));
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is not a template key; known: "
                        + "paper, hallName, header, notes, footer, fields");
            }
        }
        return new Contents(paper(root.get("paper")), new TicketTemplate(text(root, "hallName"), text(root, "header"),
                lines(root, "notes"), lines(root, "footer"), fields(root.get("fields"))));
    }

    private static PaperWidth paper(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isInt() && node.asInt() == 80) {
            return PaperWidth.MM80;
        }
        if (node.isInt() && node.asInt() == 58) {
            return PaperWidth.MM58;
        }
        throw new IllegalArgumentException("paper must be 80 or 58 (mm), was " + node);
    }

    private static String text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode() || node.isBoolean()) {
            throw new IllegalArgumentException(key + " must be a line of text, found " + kind(node));
        }
        return node.asText();
    }

    private static List<String> lines(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText()); // one line given without the list dash
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(key + " must be a list of lines, found " + kind(node));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode line = node.get(i);
            if (line.isNull() || !line.isValueNode() || line.isBoolean()) {
                throw new IllegalArgumentException(key + "[" + i + "] must be a line of text, found " + kind(line));
            }
            lines.add(line.asText());
        }
        return lines;
    }

    private static Set<TicketField> fields(JsonNode node) {
        Set<TicketField> shown = EnumSet.allOf(TicketField.class);
        if (node == null || node.isNull()) {
            return shown;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("fields must map field names to true or false, found " + kind(node));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            TicketField field = TicketField.ofKey(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "fields." + e.getKey() + " is not a ticket field; known: " + TicketField.keys()
                            + " (the number is always printed)"));
            if (!e.getValue().isBoolean()) {
                throw new IllegalArgumentException("fields." + e.getKey() + " must be true or false, was "
                        + e.getValue());
            }
            if (!e.getValue().asBoolean()) {
                shown.remove(field);
            }
        }
        return shown;
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "a map";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isNull() ? "nothing" : "'" + node.asText() + "'";
    }
}
