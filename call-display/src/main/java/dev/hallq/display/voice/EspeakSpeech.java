package dev.hallq.display.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall announcer on espeak-ng: synthesizes the spoken text, puts the chime in front, then
 * plays it (and/or keeps it as a WAV file).
 *
 * <p>Expected faults become a {@link VoiceHealth}, never a crash:
 * <ul>
 *   <li>espeak-ng missing → FAULT "espeak-ng not installed", {@link #speak} throws {@link SpeechFault};</li>
 *   <li>no sound card → DEGRADED "no audio device", {@link #speak} still completes (the WAV is
 *       still written when a keep directory is set).</li>
 * </ul>
 */
public final class EspeakSpeech implements SpeechOutput {

    public static final String NOT_INSTALLED = "espeak-ng not installed";
    private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeech.class);

    private final EspeakSettings settings;
    private final AudioPlayer player;
    private final EspeakProcess espeak;
    private volatile VoiceHealth health;
    private WavClip chime; // guarded by this

    public EspeakSpeech(EspeakSettings settings) {
        this(settings, new JavaSoundPlayer());
    }

    public EspeakSpeech(EspeakSettings settings, AudioPlayer player) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.player = Objects.requireNonNull(player, "player");
        this.espeak = new EspeakProcess(settings);
        this.health = initialHealth();
        LOG.info("espeak announcer (voice {}, play {}, keep {}): {}", settings.voice(), settings.play(),
                settings.keepDirectory(), health);
    }

    /** Plays on the sound card with the default settings. */
    public static EspeakSpeech playing() {
        return new EspeakSpeech(EspeakSettings.defaults());
    }

    /** The "WAV-file" announcer: writes {@code <seq>-<ticket>-w<window>.wav} into {@code directory}, plays nothing. */
    public static EspeakSpeech toDirectory(Path directory) {
        return new EspeakSpeech(EspeakSettings.defaults().keepingWavsIn(directory).withoutPlayback());
    }

    /** File name used for a kept announcement: {@code <seq>-<ticket>-w<window>.wav}. */
    public static String fileNameFor(Announcement a) {
        String ticket = a.ticketNumber().replaceAll("[^A-Za-z0-9]", "_");
        return a.seq() + "-" + ticket + "-w" + a.window() + ".wav";
    }

    @Override
    public synchronized void speak(Announcement announcement) throws SpeechFault {
        Objects.requireNonNull(announcement, "announcement");
        WavClip sound = withChime(synthesize(announcement));
        if (settings.keepDirectory() != null) {
            keep(announcement, sound);
        }
        if (!settings.play()) {
            changeHealth(VoiceHealth.ok());
            return;
        }
        try {
            player.play(sound);
            changeHealth(VoiceHealth.ok());
        } catch (AudioUnavailableException e) {
            changeHealth(VoiceHealth.degraded(e.getMessage()));
            LOG.debug("{} not played: {}", announcement.describe(), e.getMessage(), e);
        }
    }

    @Override
    public VoiceHealth health() {
        return health;
    }

    public EspeakSettings settings() {
        return settings;
    }

    private WavClip synthesize(Announcement announcement) throws SpeechFault {
        try {
            return espeak.synthesize(EspeakPronunciation.forEspeak(announcement.spokenText()));
        } catch (EspeakProcess.NotInstalled e) {
            changeHealth(VoiceHealth.fault(NOT_INSTALLED));
            throw new SpeechFault(NOT_INSTALLED + " (" + e.getMessage() + ")", e);
        } catch (SpeechFault e) {
            changeHealth(VoiceHealth.fault("espeak-ng failed: " + e.getMessage()));
            throw e;
        }
    }

    private WavClip withChime(WavClip speech) {
        if (!settings.chime()) {
            return speech;
        }
        if (!WavClip.isMono16(speech.format())) {
            LOG.warn("espeak-ng produced {}, no chime for that format", speech.format());
            return speech;
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
        if (!espeak.installed()) {
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
