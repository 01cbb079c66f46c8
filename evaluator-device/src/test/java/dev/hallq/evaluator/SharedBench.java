package dev.hallq.evaluator;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one {@link PadHall.Bench} (broker, hub probe, retained link) for the whole run:
 * starting and stopping a broker per class costs seconds. It lives in JUnit's root store, which closes it
 * when the run ends; each test still gets a hall of its own.
 */
final class SharedBench implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PadHall.Bench.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedBench.class))
                .computeIfAbsent(PadHall.Bench.class, type -> PadHall.Bench.start(), PadHall.Bench.class);
    }
}
