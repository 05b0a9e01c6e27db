package io.unknot.ui.sound;

import io.unknot.core.BreakKind;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.settings.TestPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SoundsTest {

    private final List<Cue> played = new CopyOnWriteArrayList<>();
    private TestPrefs prefs;
    private Settings settings;
    private Sounds sounds;

    @BeforeEach
    void setUp() {
        prefs = TestPrefs.create();
        settings = prefs.open();
        sounds = new Sounds(settings, played::add);
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.close();
    }

    @Test
    void deskBreaksChimeAtStartAndEnd() {
        sounds.breakStarted(BreakKind.STRETCH);
        sounds.breakEnded(BreakKind.STRETCH);

        assertThat(played).containsExactly(Cue.BREAK_START, Cue.BREAK_END);
    }

    @Test
    void drivingGetsItsOwnClearCues() {
        sounds.driveStarted();
        sounds.breakStarted(BreakKind.DRIVING);
        sounds.driveEnded();

        assertThat(played).containsExactly(Cue.DRIVE_START, Cue.DRIVING_BREAK, Cue.DRIVE_END);
    }

    @Test
    void soundsOffSilencesTheDeskButNotTheDriver() throws Exception {
        settings.set(Keys.SOUNDS, false);

        sounds.breakStarted(BreakKind.MICRO);
        sounds.breakEnded(BreakKind.MICRO);
        sounds.breakStarted(BreakKind.DRIVING);

        assertThat(played).containsExactly(Cue.DRIVING_BREAK);
    }

    @Test
    void drivingCuesOffSilencesTheCar() throws Exception {
        settings.set(Keys.DRIVING_CUES, false);

        sounds.driveStarted();
        sounds.breakStarted(BreakKind.DRIVING);
        sounds.breakEnded(BreakKind.DRIVING);
        sounds.driveEnded();
        sounds.breakStarted(BreakKind.STRETCH);

        assertThat(played).containsExactly(Cue.BREAK_START);
    }

    @ParameterizedTest
    @EnumSource(Cue.class)
    void everyCueIsAShortWavJavaCanDecode(Cue cue) throws Exception {
        try (InputStream raw = Sounds.class.getResourceAsStream(cue.resource())) {
            assertThat(raw).as(cue.resource()).isNotNull();
            try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
                AudioFormat format = audio.getFormat();
                double seconds = audio.getFrameLength() / format.getFrameRate();
                assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
                assertThat(seconds).isBetween(0.2, 2.0);
            }
        }
    }

    @Test
    void aMachineWithoutSoundGoesOnQuietly() {
        ClipPlayer player = new ClipPlayer(Runnable::run);
        boolean device = hasClipDevice();

        boolean first = player.play(Cue.BREAK_START);
        boolean second = player.play(Cue.BREAK_END);

        assertThat(first).isEqualTo(device);
        assertThat(second).isEqualTo(device);
    }

    private static boolean hasClipDevice() {
        try (var clip = AudioSystem.getClip()) {
            return clip != null;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
