package dev.hallq.hub.config;

import java.util.List;

/**
 * 高效办成一件事: a named route of services. One ticket (with the bundle's own prefix) walks the route window
 * after window and counts as one visit; the citizen rates it once, at the end.
 */
public record BundleConfig(String id, String prefix, String name, String nameEn, List<String> services) {
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
    }
}
