package dev.hallq.display;

import dev.hallq.agent.web.LiveView;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.WindowState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.function.Supplier;

/** The screen page's API: what the page shows as JSON, and the live event stream. */
final class DisplayRoutes {

    /** What a window screen shows; {@code state} is absent until the hub's retained state is heard. */
    record WindowPage(ScreenRole role, String deviceId, int window, WindowState state, boolean hubOnline) {
    }

    /** What the hall screen shows; {@code board} is absent until the hub's board is heard. */
    record HallPage(ScreenRole role, String deviceId, String hallName, List<CallView> recent, ServiceBoard board,
                    boolean hubOnline) {
    }

    private final LiveView live;
    private final Supplier<Object> page;

    DisplayRoutes(LiveView live, Supplier<Object> page) {
        this.live = live;
        this.page = page;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/state", this::state);
        routes.sse("/events", live::join);
    }

    private void state(Context ctx) {
        ctx.json(page.get());
    }
}
