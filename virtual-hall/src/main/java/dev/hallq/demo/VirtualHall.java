package dev.hallq.demo;

import dev.hallq.agent.AgentSettings;
import dev.hallq.display.DisplayAgent;
import dev.hallq.display.DisplaySettings;
import dev.hallq.display.voice.EspeakSettings;
import dev.hallq.display.voice.EspeakSpeech;
import dev.hallq.display.voice.RecordingSpeech;
import dev.hallq.display.voice.SpeechOutput;
import dev.hallq.evaluator.EvaluatorAgent;
import dev.hallq.evaluator.EvaluatorSettings;
import dev.hallq.evaluator.keys.SimulatedKeypad;
import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.config.WindowConfig;
import dev.hallq.kiosk.KioskAgent;
import dev.hallq.kiosk.KioskSettings;
import dev.hallq.kiosk.SimulatedIdCardReader;
import dev.hallq.printer.PrinterAgent;
import dev.hallq.printer.PrinterSettings;
import dev.hallq.printer.transport.SimulatedPrinterTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole hall in one process, each device a separate agent with its own MQTT connection and its own
 * page, exactly as if every device ran on its own Raspberry Pi: the hub with its embedded broker, two
 * kiosks each with a printer, six windows each with a screen and a pad, the hall screen with the
 * announcer, and (optionally) simulated citizens and staff who only ever touch the devices' inputs.
 */
public final class VirtualHall implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VirtualHall.class);
    /** Window 6 is left to a person at the pad page; simulated staff serve 1-5. */
    public static final int MANUAL_WINDOW = 6;

    private final Hub hub;
    private final List<AutoCloseable> agents = new ArrayList<>();
    private final Map<String, KioskAgent> kiosks = new LinkedHashMap<>();
    private final Map<String, SimulatedIdCardReader> readers = new LinkedHashMap<>();
    private final Map<String, PrinterAgent> printers = new LinkedHashMap<>();
    private final Map<String, SimulatedPrinterTransport> paper = new LinkedHashMap<>();
    private final Map<Integer, DisplayAgent> windowScreens = new LinkedHashMap<>();
    private final Map<Integer, EvaluatorAgent> pads = new LinkedHashMap<>();
    private final Map<Integer, SimulatedKeypad> keypads = new LinkedHashMap<>();
    private DisplayAgent hallScreen;
    private HallSimulation simulation;

    private VirtualHall(Hub hub) {
        this.hub = hub;
    }

    public static VirtualHall start(VirtualHallSettings settings, Clock clock) {
        Hub hub = Hub.start(new HubSettings(settings.hallConfig(), null, settings.host(), settings.brokerPort(), settings.host(),
                settings.hubHttpPort(), settings.database() == null ? null : settings.database().toString(), null), clock);
        VirtualHall hall = new VirtualHall(hub);
        try {
            hall.startDevices(settings, clock);
            if (settings.simulate()) {
                hall.simulation = HallSimulation.start(hall, settings, clock);
            }
        } catch (RuntimeException e) {
            hall.close();
            throw e;
        }
        LOG.info("virtual hall open: {} (window {} is yours to call from its pad page)", hub.url(), MANUAL_WINDOW);
        return hall;
    }

    private void startDevices(VirtualHallSettings settings, Clock clock) {
        String hallId = hub.hall().id();
        String broker = hub.brokerUri();
        String host = settings.host().equals("0.0.0.0") ? "0.0.0.0" : settings.host();
        for (int k = 1; k <= 2; k++) {
            SimulatedPrinterTransport transport = new SimulatedPrinterTransport("P" + k);
            paper.put("P" + k, transport);
            PrinterAgent printer = PrinterAgent.start(PrinterSettings.of(agent(broker, hallId, "P" + k, host)),
                    transport, clock);
            printers.put("P" + k, printer);
            agents.add(printer);
            SimulatedIdCardReader reader = new SimulatedIdCardReader();
            readers.put("K" + k, reader);
            KioskAgent kiosk = KioskAgent.start(KioskSettings.of(agent(broker, hallId, "K" + k, host), "P" + k),
                    reader, clock);
            kiosks.put("K" + k, kiosk);
            agents.add(kiosk);
        }
        for (WindowConfig w : hub.hall().windows()) {
            DisplayAgent screen = DisplayAgent.start(DisplaySettings.window(agent(broker, hallId, "S" + w.number(), host),
                    w.number()), new RecordingSpeech(), clock);
            windowScreens.put(w.number(), screen);
            agents.add(screen);
            SimulatedKeypad keypad = new SimulatedKeypad();
            EvaluatorAgent pad = EvaluatorAgent.start(EvaluatorSettings.of(agent(broker, hallId, "E" + w.number(), host),
                    w.number()), keypad, clock);
            keypads.put(w.number(), keypad);
            pads.put(w.number(), pad);
            agents.add(pad);
        }
        hallScreen = DisplayAgent.start(DisplaySettings.hall(agent(broker, hallId, "HS", host), true), speech(settings), clock);
        agents.add(hallScreen);
    }

    private static SpeechOutput speech(VirtualHallSettings settings) {
        return settings.speak() ? new EspeakSpeech(EspeakSettings.defaults()) : new RecordingSpeech();
    }

    private static AgentSettings agent(String broker, String hallId, String id, String host) {
        return new AgentSettings(broker, hallId, id, host, 0, true);
    }

    public Hub hub() {
        return hub;
    }

    public Map<String, KioskAgent> kiosks() {
        return Collections.unmodifiableMap(kiosks);
    }

    /** The simulated ID-card reader of a kiosk, where simulated citizens lay their cards. */
    public SimulatedIdCardReader reader(String kioskId) {
        return readers.get(kioskId);
    }

    public Map<String, PrinterAgent> printers() {
        return Collections.unmodifiableMap(printers);
    }

    public SimulatedPrinterTransport paper(String printerId) {
        return paper.get(printerId);
    }

    public Map<Integer, DisplayAgent> windowScreens() {
        return Collections.unmodifiableMap(windowScreens);
    }

    public DisplayAgent hallScreen() {
        return hallScreen;
    }

    public Map<Integer, EvaluatorAgent> pads() {
        return Collections.unmodifiableMap(pads);
    }

    public SimulatedKeypad keypad(int window) {
        return keypads.get(window);
    }

    @Override
    public void close() {
        if (simulation != null) {
            simulation.close();
        }
        List<AutoCloseable> reversed = new ArrayList<>(agents);
        Collections.reverse(reversed);
        for (AutoCloseable a : reversed) {
            try {
                a.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", a.getClass().getSimpleName(), e.getMessage());
            }
        }
        hub.close();
        LOG.info("virtual hall closed");
    }
}
