package dev.hallq.display;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Where the window screen's browser finds a staff photo. A photo in the hall config is an {@code http(s)} URL (used
 * as it is) or a path such as {@code /photos/0201.jpg}: with a photo folder configured, this screen serves that file
 * itself under {@code photos/0201.jpg} (the file name is what counts), so a screen needs no network beyond its
 * broker; without one the path is looked up on the hub's public address, when the hub has announced one.
 */
final class StaffPhotos {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,127}");
    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "webp", "image/webp", "gif", "image/gif");

    private final Path folder;
    private final Supplier<String> hubUrl;

    /** @param folder null when this screen serves no photos; @param hubUrl the hub's public address, or null */
    StaffPhotos(Path folder, Supplier<String> hubUrl) {
        this.folder = folder;
        this.hubUrl = hubUrl;
    }

    /** The address the page loads {@code photo} from, or null when it cannot be reached from here. */
    String url(String photo) {
        if (photo == null || photo.isBlank()) {
            return null;
        }
        String p = photo.strip();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return p;
        }
        if (folder != null) {
            String name = p.substring(p.lastIndexOf('/') + 1);
            return NAME.matcher(name).matches() ? "photos/" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                    .replace("+", "%20") : null;
        }
        String hub = hubUrl.get();
        return hub == null ? null : hub + (p.startsWith("/") ? p : "/" + p);
    }

    void register(RoutesConfig routes) {
        routes.get("/photos/{name}", this::serve);
    }

    private void serve(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Path file = folder == null || !NAME.matcher(name).matches() ? null : folder.resolve(name);
        if (file == null || !TYPES.containsKey(extension) || !file.normalize().startsWith(folder.normalize())
                || !Files.isRegularFile(file)) {
            ctx.status(HttpStatus.NOT_FOUND).result("no photo " + name);
            return;
        }
        ctx.contentType(TYPES.get(extension));
        ctx.header("Cache-Control", "max-age=300");
        try (InputStream in = Files.newInputStream(file)) {
            ctx.result(in.readAllBytes());
        }
    }
}
