package dev.hallq.printer;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods one {@link TestHub} for the whole test run (a broker takes seconds to stop);
 * JUnit closes it when the run ends. Tests keep apart by using a hall of their own.
 */
final class SharedHub implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedHub.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestHub.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(TestHub.class, key -> start(), TestHub.class);
    }

    private static TestHub start() {
        try {
            return new TestHub();
        } catch (Exception e) {
            throw new ParameterResolutionException("the test broker did not start", e);
        }
    }
}
