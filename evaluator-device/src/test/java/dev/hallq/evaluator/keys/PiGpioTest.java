package dev.hallq.evaluator.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalInputProvider;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.provider.Provider;
import org.junit.jupiter.api.Test;

class PiGpioTest {

    @Test
    void the_named_gpiod_providers_exist_in_the_runtime_plugin() throws ReflectiveOperationException {
        Provider<?, ?, ?>[] providers = PiGpio.providers(PiGpio.GPIOD);

        assertThat(providers[0]).isInstanceOf(DigitalInputProvider.class);
        assertThat(providers[1]).isInstanceOf(DigitalOutputProvider.class);
        assertThat(providers).extracting(Provider::id).allSatisfy(id -> assertThat(id).contains("gpiod"));
    }

    @Test
    void the_named_linuxfs_fallback_providers_exist_in_the_runtime_plugin() throws ReflectiveOperationException {
        Provider<?, ?, ?>[] providers = PiGpio.providers(PiGpio.LINUXFS);

        assertThat(providers[0]).isInstanceOf(DigitalInputProvider.class);
        assertThat(providers[1]).isInstanceOf(DigitalOutputProvider.class);
        assertThat(providers).extracting(Provider::id).allSatisfy(id -> assertThat(id).contains("linuxfs"));
    }
}
