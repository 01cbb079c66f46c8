package dev.hallq.display;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hallq.display.voice.PhraseTemplates;
import dev.hallq.display.voice.SecondLanguage;
import dev.hallq.display.voice.VoiceConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a hall's screen and voice settings from a YAML file ({@code .json} files as JSON). Every key is optional;
 * an empty file gives the defaults. Anything wrong fails with a message naming the file and the key.
 *
 * <pre>
 * notices:                       # the hall screen's scrolling notices, one after the other
 *   - 请留意叫号，过号请到咨询台
 *   - 办理不动产业务请先到3楼自助机预审
 * noticesEn:                     # the same when the page is switched to English
 *   - Please listen for your number.
 * citizenName: false             # window screens show the called citizen's masked name (张*丰)
 * photos: photos                 # staff photos for paths like /photos/0201.jpg (relative to this file)
 * voice:
 *   call: 请{ticket}号到{window}号窗口办理
 *   recall: 重呼：请{ticket}号到{window}号窗口办理
 *   secondLanguage: en           # none (default), en (English) or yue (Cantonese)
 *   secondCall: Number {ticket}, please go to window {window}.     # optional: the second language's wording
 *   secondRecall: Recall: number {ticket}, please go to window {window}.
 *   chime: true
 *   maxBacklog: 20               # calls that may wait to be said; beyond, the oldest waiting is dropped
 * </pre>
 */
public final class DisplayConfigFile {
    private static final Set<String> KEYS = Set.of("notices", "noticesEn", "citizenName", "photos", "voice");
    private static final Set<String> VOICE_KEYS = Set.of("call", "recall", "secondLanguage", "secondCall",
            "secondRecall", "chime", "maxBacklog");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private DisplayConfigFile() {
    }

    /** @throws IllegalArgumentException naming the file and the key that is wrong */
    public static DisplayConfig load(Path file) {
        boolean json = file.toString().endsWith(".json");
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = (json ? JSON : YAML).readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("display config " + file + " is not valid " + (json ? "JSON" : "YAML")
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read display config " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(root, file.toAbsolutePath().getParent());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("display config " + file + ": " + e.getMessage(), e);
        }
    }

    static DisplayConfig parse(JsonNode root, Path base) {
        DisplayConfig defaults = DisplayConfig.defaults();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return defaults;
        }
        requireKeys(root, KEYS, "");
        List<String> notices = root.has("notices") ? lines(root, "notices") : defaults.notices();
        List<String> noticesEn = root.has("noticesEn") ? lines(root, "noticesEn")
                : root.has("notices") ? List.of() : defaults.noticesEn();
        boolean citizenName = bool(root, "citizenName", false, "");
        String photos = text(root, "photos", "");
        Path photoDir = photos == null ? null : base.resolve(photos).normalize();
        return new DisplayConfig(notices, noticesEn, citizenName, photoDir, voice(root.get("voice")));
    }

    private static VoiceConfig voice(JsonNode node) {
        VoiceConfig defaults = VoiceConfig.defaults();
        if (node == null || node.isNull()) {
            return defaults;
        }
        requireKeys(node, VOICE_KEYS, "voice.");
        String call = text(node, "call", "voice.");
        String recall = text(node, "recall", "voice.");
        PhraseTemplates templates = new PhraseTemplates(call == null ? PhraseTemplates.DEFAULT_CALL : call,
                recall == null ? PhraseTemplates.DEFAULT_RECALL : recall);
        String secondName = text(node, "secondLanguage", "voice.");
        SecondLanguage second = SecondLanguage.named(secondName).orElse(null);
        String secondCall = text(node, "secondCall", "voice.");
        String secondRecall = text(node, "secondRecall", "voice.");
        if (second == null && (secondCall != null || secondRecall != null)) {
            throw new IllegalArgumentException("voice.secondCall/secondRecall need voice.secondLanguage (en or yue)");
        }
        if (second != null && (secondCall != null || secondRecall != null)) {
            second = second.withTemplates(new PhraseTemplates(secondCall == null ? second.templates().call() : secondCall,
                    secondRecall == null ? second.templates().recall() : secondRecall));
        }
        boolean chime = bool(node, "chime", true, "voice.");
        JsonNode backlog = node.get("maxBacklog");
        int maxBacklog = defaults.maxBacklog();
        if (backlog != null && !backlog.isNull()) {
            if (!backlog.isInt()) {
                throw new IllegalArgumentException("voice.maxBacklog must be a whole number, was " + backlog);
            }
            maxBacklog = backlog.asInt();
        }
        return new VoiceConfig(templates, second, chime, maxBacklog);
    }

    private static void requireKeys(JsonNode node, Set<String> known, String prefix) {
        if (!node.isObject()) {
            throw new IllegalArgumentException((prefix.isEmpty() ? "the top" : prefix.substring(0, prefix.length() - 1))
                    + " must hold keys such as " + String.join(", ", known.stream().sorted().toList())
                    + ", found " + kind(node));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                throw new IllegalArgumentException("'" + prefix + e.getKey() + "' is not a setting; known: "
                        + String.join(", ", known.stream().sorted().map(k -> prefix + k).toList()));
            }
        }
    }

    private static String text(JsonNode root, String key, String prefix) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode() || node.isBoolean() || node.asText().isBlank()) {
            throw new IllegalArgumentException(prefix + key + " must be a line of text, found " + kind(node));
        }
        return node.asText();
    }

    private static boolean bool(JsonNode root, String key, boolean absent, String prefix) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException(prefix + key + " must be true or false, was " + node);
        }
        return node.asBoolean();
    }

    private static List<String> lines(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(key + " must be a list of lines, found " + kind(node));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode line = node.get(i);
            if (!line.isValueNode() || line.isNull() || line.isBoolean() || line.asText().isBlank()) {
                throw new IllegalArgumentException(key + "[" + i + "] must be a line of text, found " + kind(line));
            }
            lines.add(line.asText());
        }
        return lines;
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
