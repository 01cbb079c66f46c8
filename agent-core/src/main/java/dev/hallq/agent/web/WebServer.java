package dev.hallq.agent.web;

import dev.hallq.protocol.Json;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * A small Javalin server: an agent's own page (or the hub's), its JSON API and its live event stream.
 * Pages live on the classpath under {@code /web/<name>} and share {@code /web-common} (strings, styles).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final String name;
    private final String advertisedHost;

    private WebServer(Javalin app, String name, String advertisedHost) {
        this.app = app;
        this.name = name;
        this.advertisedHost = advertisedHost;
    }

    /**
     * @param pages    classpath folder with the pages, e.g. {@code /web/kiosk}
     * @param bindHost interface to listen on
     * @param port     0 picks a free port
     */
    public static WebServer start(String name, String pages, String bindHost, int port, int maxThreads,
                                  Consumer<RoutesConfig> routes) {
        QueuedThreadPool threads = new QueuedThreadPool(maxThreads, 2, 60_000);
        threads.setName("web-" + name);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.threadPool = threads;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            // Javalin's own handler reads pages through the class loader; Jetty's (the default) mounts the whole
            // jar as a zip file system per static folder: ~65 MB of heap per page server from the shaded hall.jar.
            config.resourceHandler(new JavalinStaticResourceHandler());
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = pages;
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/common";
                files.directory = "/web-common";
                files.location = Location.CLASSPATH;
            });
            config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(400).json(java.util.Map.of("error", "BAD_REQUEST", "message", String.valueOf(e.getMessage()))));
            routes.accept(config.routes);
        });
        app.start(bindHost, port);
        String advertised = bindHost.equals("0.0.0.0") ? "localhost" : bindHost;
        WebServer server = new WebServer(app, name, advertised);
        LOG.info("{} page on {}", name, server.url());
        return server;
    }

    public int port() {
        return app.port();
    }

    /** Where a person opens the page. */
    public String url() {
        return "http://" + advertisedHost + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
