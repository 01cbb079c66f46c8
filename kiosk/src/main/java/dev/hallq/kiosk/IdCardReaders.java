package dev.hallq.kiosk;

import dev.hallq.kiosk.idcard.GaT467IdCardReader;
import dev.hallq.kiosk.idcard.GaT467Settings;

/**
 * Which ID-card reader a kiosk uses, from one option ({@code --id-reader}):
 * <ul>
 *   <li>{@code none}: no reader fitted (real-name services then refuse at the hub);</li>
 *   <li>{@code sim}: the simulated reader of the demo;</li>
 *   <li>{@code serial:/dev/hallq-idcard} (optionally {@code ?baud=115200}): a resident ID-card reader whose
 *       security module speaks GA/T 467 over (USB-)serial;</li>
 *   <li>{@code pcsc} or {@code pcsc:READER NAME}: social security cards (社保卡) on a PC/SC contact reader (the
 *       first reader pcscd has, or the one whose name contains the given text).</li>
 * </ul>
 */
public final class IdCardReaders {
    private IdCardReaders() {
    }

    public static IdCardReader open(String spec) {
        if (spec == null || spec.isBlank() || spec.equals("none")) {
            return new NoIdCardReader();
        }
        if (spec.equals("sim")) {
            return new SimulatedIdCardReader();
        }
        if (spec.startsWith("serial:")) {
            String rest = spec.substring("serial:".length());
            String port = rest;
            GaT467Settings settings;
            int q = rest.indexOf('?');
            if (q >= 0) {
                port = rest.substring(0, q);
            }
            if (port.isBlank()) {
                throw new IllegalArgumentException("--id-reader serial: needs the port, e.g. serial:/dev/hallq-idcard");
            }
            settings = GaT467Settings.defaults(port);
            if (q >= 0) {
                String query = rest.substring(q + 1);
                if (!query.matches("baud=\\d{3,7}")) {
                    throw new IllegalArgumentException("--id-reader serial:PORT takes only ?baud=N, was '?" + query + "'");
                }
                settings = settings.withBaudRate(Integer.parseInt(query.substring(5)));
            }
            return GaT467IdCardReader.start(settings);
        }
        if (spec.equals("pcsc") || spec.startsWith("pcsc:")) {
            String name = spec.length() > 5 ? spec.substring(5).strip() : "";
            return dev.hallq.kiosk.pcsc.SocialSecurityCardReader.start(name.isEmpty()
                    ? dev.hallq.agent.cards.PcscSettings.firstReader() : dev.hallq.agent.cards.PcscSettings.named(name));
        }
        throw new IllegalArgumentException("--id-reader must be none, sim, serial:PORT[?baud=N] or pcsc[:READER], was '"
                + spec + "'");
    }
}
