package dev.hallq.hub.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/** The disk's raw rate of small durable appends (128 bytes + fsync), the floor group commit must beat. */
public final class DiskSync {
    private DiskSync() {
    }

    public static double appendsPerSecond(Path dir, Duration during) throws IOException {
        Path file = Files.createTempFile(dir, "fsync-", ".bin");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer block = ByteBuffer.allocate(128);
            long end = System.nanoTime() + during.toNanos();
            long t0 = System.nanoTime();
            long n = 0;
            while (System.nanoTime() < end) {
                block.clear();
                ch.write(block);
                ch.force(false);
                n++;
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
