package dev.hallq.evaluator.keys;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.provider.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one Pi4J context of a real Raspberry Pi, without auto-detection and with named
 * providers: libgpiod first (the only one that numbers pins right on a Pi 5), Linux sysfs as the
 * fallback. The plugins are runtime dependencies, so their providers are looked up by class name.
 */
public final class PiGpio {

    static final String[] GPIOD = {
        "com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider",
        "com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider"};
    static final String[] LINUXFS = {
        "com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalInputProvider",
        "com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalOutputProvider"};

    private static final Logger LOG = LoggerFactory.getLogger(PiGpio.class);
    private static Context context;

    private PiGpio() {
    }

    /** The process's Pi4J context, built on first use; later calls return the same one. */
    public static synchronized Context context() {
        if (context == null) {
            context = build();
        }
        return context;
    }

    private static Context build() {
        try {
            Context gpiod = build(GPIOD);
            LOG.info("Pi4J context built with the gpiod providers");
            return gpiod;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("gpiod GPIO provider unavailable ({}); falling back to linuxfs (sysfs)", e.toString());
        }
        try {
            Context linuxFs = build(LINUXFS);
            LOG.info("Pi4J context built with the linuxfs providers");
            return linuxFs;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new IllegalStateException("no GPIO provider could start: neither gpiod nor linuxfs", e);
        }
    }

    private static Context build(String[] providerClasses) throws ReflectiveOperationException {
        return Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(providers(providerClasses))
                .enableShutdownHook()
                .build();
    }

    /** Instantiates providers through their static {@code newInstance()} factories. */
    static Provider<?, ?, ?>[] providers(String... classNames) throws ReflectiveOperationException {
        Provider<?, ?, ?>[] providers = new Provider<?, ?, ?>[classNames.length];
        for (int i = 0; i < classNames.length; i++) {
            Object provider = Class.forName(classNames[i]).getMethod("newInstance").invoke(null);
            providers[i] = (Provider<?, ?, ?>) provider;
        }
        return providers;
    }
}
