package dev.hallq.agent.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test (or its {@code @BeforeEach} method) a {@link PlayedHub} parameter: a hall of the test's own on
 * the one {@link HubDouble} of the whole run (starting and stopping a broker per class costs seconds). The
 * hub double lives in JUnit's root store, which closes it when the run ends; the played hub lives in the
 * test's store, which closes it, and the devices started in it, when the test ends.
 */
public final class HubDoubleExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HubDoubleExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PlayedHub.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("a PlayedHub belongs to one test: ask for it in a test or @BeforeEach");
        }
        HubDouble hub = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(HubDouble.class, type -> HubDouble.start(), HubDouble.class);
        return context.getStore(NAMESPACE).computeIfAbsent(PlayedHub.class, type -> hub.newHall(), PlayedHub.class);
    }
}
