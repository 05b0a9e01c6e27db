package io.unknot.ui.sound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Plays cues with javax.sound.sampled on the app's background executor, one after another (never over each other). A
 * machine without a sound device is normal (servers, CI, muted laptops): it is logged once and otherwise ignored.
 */
final class ClipPlayer implements Consumer<Cue> {

    private static final Logger LOG = LoggerFactory.getLogger(ClipPlayer.class);
    /** Longer than any cue; guards against a sound device that never reports the end. */
    private static final long MAX_PLAY_SECONDS = 5;

    private final Executor worker;
    private final AtomicBoolean warned = new AtomicBoolean();

    /** @param worker where cues are played, off the caller's thread (the app's background executor) */
    ClipPlayer(Executor worker) {
        this.worker = worker;
    }

    @Override
    public void accept(Cue cue) {
        worker.execute(() -> play(cue));
    }

    /** Plays one cue to the end; false when it could not be played. */
    synchronized boolean play(Cue cue) {
        try (InputStream raw = ClipPlayer.class.getResourceAsStream(cue.resource())) {
            if (raw == null) {
                throw new IOException("sound missing from the class path: " + cue.resource());
            }
            try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(raw));
                 Clip clip = AudioSystem.getClip()) {
                CountDownLatch done = new CountDownLatch(1);
                clip.addLineListener(event -> {
                    if (event.getType() == LineEvent.Type.STOP) {
                        done.countDown();
                    }
                });
                clip.open(audio);
                clip.start();
                done.await(MAX_PLAY_SECONDS, TimeUnit.SECONDS);
                return true;
            }
        } catch (LineUnavailableException | IllegalArgumentException | IOException | UnsupportedAudioFileException
                 | SecurityException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn("cannot play sounds, going on silently: {}", e.toString());
            } else {
                LOG.debug("cannot play {}: {}", cue, e.toString());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
