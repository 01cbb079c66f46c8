package dev.hallq.hub.config;

import java.util.List;

/**
 * 高效办成一件事: a named route of services. One ticket (with the bundle's own prefix) walks the route window
 * after window and counts as one visit; the citizen rates it once, at the end. Its tickets count against the
 * caps of the route's first service like any walk-in there, and against the bundle's own {@code dailyCap} if set.
 */
public record BundleConfig(String id, String prefix, String name, String nameEn, List<String> services,
                           Integer dailyCap) {
    public BundleConfig {
        ConfigChecks.id("bundles[].id", id);
        if (prefix == null || !prefix.matches("[A-Z]{1,2}")) {
            throw new IllegalArgumentException("bundles[" + id + "].prefix must be 1-2 capital letters, was '" + prefix + "'");
        }
        ConfigChecks.text("bundles[" + id + "].name", name);
        nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
        if (services == null || services.size() < 2) {
            throw new IllegalArgumentException("bundles[" + id + "].services must list at least two services");
        }
        services = List.copyOf(services);
        if (dailyCap != null && dailyCap < 1) {
            throw new IllegalArgumentException("bundles[" + id + "].dailyCap must be at least 1");
        }
    }

    public BundleConfig(String id, String prefix, String name, String nameEn, List<String> services) {
        this(id, prefix, name, nameEn, services, null);
    }
}
