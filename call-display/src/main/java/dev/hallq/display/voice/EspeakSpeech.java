package dev.hallq.display.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall announcer: the Mandarin call put together from recorded clips ({@link ClipLibrary}) when it has them,
 * else said live by espeak-ng; then the second language, live, when configured; the chime in front; then played
 * (and/or kept as a WAV file).
 *
 * <p>Expected faults become a {@link VoiceHealth}, never a crash:
 * <ul>
 *   <li>a clip missing → the whole Mandarin phrase live by espeak-ng (one voice, never a mix); {@code speech} in
 *       {@link #facts()} names the missing clip;</li>
 *   <li>espeak-ng missing when it is needed → FAULT "espeak-ng not installed", {@link #speak} throws
 *       {@link SpeechFault};</li>
 *   <li>the second language failing → DEGRADED, the Mandarin call is still said;</li>
 *   <li>no sound card → DEGRADED "no audio device", {@link #speak} still completes (the WAV is still written when a
 *       keep directory is set).</li>
 * </ul>
 */
public final class EspeakSpeech implements SpeechOutput {

    public static final String NOT_INSTALLED = "espeak-ng not installed";
    /** Silence between the Mandarin call and the second language. */
    static final double SECOND_LANGUAGE_GAP_SECONDS = 0.5;
    private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeech.class);

    private final EspeakSettings settings;
    private final AudioPlayer player;
    private final EspeakProcess espeak;
    private final ClipLibrary clips;
    private volatile VoiceHealth health;
    private volatile String source;
    private WavClip chime; // guarded by this

    public EspeakSpeech(EspeakSettings settings) {
        this(settings, new JavaSoundPlayer());
    }

    public EspeakSpeech(EspeakSettings settings, AudioPlayer player) {
        this(settings, null, player);
    }

    /** @param clips the clip folder to say calls from; null to say everything live */
    public EspeakSpeech(EspeakSettings settings, ClipLibrary clips, AudioPlayer player) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.player = Objects.requireNonNull(player, "player");
        this.clips = clips;
        this.espeak = new EspeakProcess(settings);
        this.health = initialHealth();
        this.source = clips == null ? "espeak-ng" : "clips";
        LOG.info("announcer (voice {}, clips {}, play {}, keep {}): {}", settings.voice(),
                clips == null ? "none" : clips.dir(), settings.play(), settings.keepDirectory(), health);
    }

    /** Plays on the sound card with the default settings, everything live. */
    public static EspeakSpeech playing() {
        return new EspeakSpeech(EspeakSettings.defaults());
    }

    /** The "WAV-file" announcer: writes {@code <seq>-<ticket>-w<window>.wav} into {@code directory}, plays nothing. */
    public static EspeakSpeech toDirectory(Path directory) {
        return new EspeakSpeech(EspeakSettings.defaults().keepingWavsIn(directory).withoutPlayback());
    }

    /** The "WAV-file" announcer saying calls from {@code clips}. */
    public static EspeakSpeech toDirectory(Path directory, ClipLibrary clips) {
        return new EspeakSpeech(EspeakSettings.defaults().keepingWavsIn(directory).withoutPlayback(), clips,
                new JavaSoundPlayer());
    }

    /** File name used for a kept announcement: {@code <seq>-<ticket>-w<window>.wav}. */
    public static String fileNameFor(Announcement a) {
        String ticket = a.ticketNumber().replaceAll("[^A-Za-z0-9]", "_");
        return a.seq() + "-" + ticket + "-w" + a.window() + ".wav";
    }

    @Override
    public synchronized void speak(Announcement announcement) throws SpeechFault {
        Objects.requireNonNull(announcement, "announcement");
        WavClip mandarin = mandarin(announcement);
        VoiceHealth outcome = VoiceHealth.ok();
        WavClip sound = mandarin;
        if (announcement.second() != null) {
            try {
                sound = WavClip.join(mandarin.format(), List.of(mandarin,
                        WavClip.silence(mandarin.format(), SECOND_LANGUAGE_GAP_SECONDS), second(announcement.second())
                                .convertTo(mandarin.format())));
            } catch (SpeechFault | IllegalArgumentException e) {
                LOG.warn("{}: second language ({}) not said: {}", announcement.describe(), announcement.second().voice(),
                        e.getMessage());
                outcome = VoiceHealth.degraded("second language " + announcement.second().voice() + " failed: "
                        + e.getMessage());
            }
        }
        sound = withChime(sound);
        if (settings.keepDirectory() != null) {
            keep(announcement, sound);
        }
        if (settings.play()) {
            try {
                player.play(sound);
            } catch (AudioUnavailableException e) {
                outcome = VoiceHealth.degraded(e.getMessage());
                LOG.debug("{} not played: {}", announcement.describe(), e.getMessage(), e);
            }
        }
        changeHealth(outcome);
    }

    @Override
    public VoiceHealth health() {
        return health;
    }

    /** {@code speech}: {@code clips}, {@code espeak-ng}, or {@code espeak-ng (clip word-请.wav missing)}. */
    @Override
    public Map<String, String> facts() {
        return Map.of("speech", source);
    }

    public EspeakSettings settings() {
        return settings;
    }

    public Optional<ClipLibrary> clips() {
        return Optional.ofNullable(clips);
    }

    private WavClip mandarin(Announcement announcement) throws SpeechFault {
        if (clips != null) {
            ClipLibrary.Assembly assembly = clips.assemble(announcement.spokenText());
            if (assembly.sound().isPresent()) {
                source = "clips";
                return assembly.sound().get();
            }
            String missing = String.join(", ", assembly.missing());
            if (!source.contains(missing)) {
                LOG.warn("{}: clip(s) {} missing in {}; saying it live with espeak-ng", announcement.describe(),
                        missing, clips.dir());
            }
            source = "espeak-ng (clip " + missing + " missing)";
        }
        return synthesize(settings.voice(), announcement.spokenText());
    }

    private WavClip second(Announcement.Second second) throws SpeechFault {
        return synthesize(second.voice(), second.spokenText());
    }

    private WavClip synthesize(String voice, String text) throws SpeechFault {
        try {
            return espeak.synthesize(voice, EspeakPronunciation.forEspeak(voice, text));
        } catch (EspeakProcess.NotInstalled e) {
            changeHealth(VoiceHealth.fault(NOT_INSTALLED));
            throw new SpeechFault(NOT_INSTALLED + " (" + e.getMessage() + ")", e);
        } catch (SpeechFault e) {
            if (voice.equals(settings.voice())) {
                changeHealth(VoiceHealth.fault("espeak-ng failed: " + e.getMessage()));
            }
            throw e;
        }
    }

    private WavClip withChime(WavClip speech) {
        if (!settings.chime()) {
            return speech;
        }
        if (!WavClip.isMono16(speech.format())) {
            LOG.warn("speech in {}, no chime for that format", speech.format());
            return speech;
        }
        Optional<WavClip> hallChime = clips == null ? Optional.empty() : clips.chime();
        if (hallChime.isPresent() && hallChime.get().format().matches(speech.format())) {
            return hallChime.get().append(speech);
        }
        if (chime == null || !chime.format().matches(speech.format())) {
            chime = Chime.forFormat(speech.format());
        }
        return chime.append(speech);
    }

    private void keep(Announcement announcement, WavClip sound) throws SpeechFault {
        Path file = settings.keepDirectory().resolve(fileNameFor(announcement));
        try {
            Files.createDirectories(settings.keepDirectory());
            sound.write(file);
            LOG.debug("{} written to {}", announcement.describe(), file);
        } catch (IOException e) {
            changeHealth(VoiceHealth.fault("cannot write " + file + ": " + e.getMessage()));
            throw new SpeechFault("cannot write " + file, e);
        }
    }

    private VoiceHealth initialHealth() {
        if (clips == null && !espeak.installed()) {
            return VoiceHealth.fault(NOT_INSTALLED);
        }
        if (settings.play()) {
            return player.problem(WavClip.ESPEAK_FORMAT).map(VoiceHealth::degraded).orElse(VoiceHealth.ok());
        }
        return VoiceHealth.ok();
    }

    private void changeHealth(VoiceHealth next) {
        VoiceHealth previous = health;
        health = next;
        if (!previous.equals(next)) {
            if (next.isOk()) {
                LOG.info("announcer voice recovered: {}", next);
            } else {
                LOG.warn("announcer voice {}", next);
            }
        }
    }
}
