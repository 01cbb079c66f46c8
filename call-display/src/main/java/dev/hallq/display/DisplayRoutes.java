package dev.hallq.display;

import dev.hallq.agent.web.LiveView;
import dev.hallq.protocol.ServiceBoard;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.function.Supplier;

/** The screen page's API: what the page shows as JSON, and the live event stream. */
final class DisplayRoutes {

    /** What a window screen shows; {@code state} is absent until the hub's retained state is heard. */
    record WindowPage(ScreenRole role, String deviceId, int window, WindowView state, boolean hubOnline) {
    }

    /** What the hall screen shows; {@code board} is absent until the hub's board is heard. */
    record HallPage(ScreenRole role, String deviceId, String hallName, List<CallView> recent, ServiceBoard board,
                    List<String> notices, List<String> noticesEn, boolean hubOnline) {
    }

    private final LiveView live;
    private final Supplier<Object> page;
    private final StaffPhotos photos;

    DisplayRoutes(LiveView live, Supplier<Object> page, StaffPhotos photos) {
        this.live = live;
        this.page = page;
        this.photos = photos;
    }

    /** The page's state as JSON (for a look, never polled by the page), its live stream, and the staff photos. */
    void register(RoutesConfig routes) {
        routes.get("/api/state", this::state);
        routes.sse("/events", live::join);
        photos.register(routes);
    }

    private void state(Context ctx) {
        ctx.json(page.get());
    }
}
