package dev.hallq.hub.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.protocol.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes records to {@code ratings-YYYYMMDD.jsonl} in a folder, one JSON object a line, one file per day of 评价时间,
 * synced to disk before the records count as delivered. A record already in its file (the hub stopped between the
 * write and marking it delivered) is not written twice.
 */
final class FileTarget implements ExportTarget {
    private final Path folder;

    FileTarget(Path folder) {
        this.folder = folder;
    }

    @Override
    public Result send(List<OutboxEntry> batch) {
        try {
            Files.createDirectories(folder);
            for (OutboxEntry e : batch) {
                JsonNode record = Json.mapper().readTree(e.payload());
                String ratedAt = record.path("ratedAt").asText();
                if (!ratedAt.matches("\\d{8}T\\d{6}")) {
                    return new Refused(400, "record " + e.id() + " has no 评价时间 (ratedAt) YYYYMMDDThhmmss");
                }
                Path file = folder.resolve("ratings-" + ratedAt.substring(0, 8) + ".jsonl");
                if (!alreadyIn(file, e.id())) {
                    append(file, e.payload().strip() + "\n");
                }
            }
            return new Taken();
        } catch (IOException e) {
            return new Failed("cannot write to " + folder + ": " + e);
        }
    }

    private static boolean alreadyIn(Path file, String id) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        String marker = "{\"id\":" + Json.writeString(id) + ",";
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> l.startsWith(marker));
        }
    }

    private static void append(Path file, String line) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
    }
}
