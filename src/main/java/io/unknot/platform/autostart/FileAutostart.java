package io.unknot.platform.autostart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An autostart entry that is one file (Linux desktop entry, macOS LaunchAgent). Only a file that {@code isOurs}
 * recognises is ever replaced or removed; the folder holding it belongs to the desktop and stays.
 */
final class FileAutostart implements Autostart {

    private static final Logger LOG = LoggerFactory.getLogger(FileAutostart.class);

    private final Path file;
    private final String content;
    private final Predicate<String> isOurs;

    FileAutostart(Path file, String content, Predicate<String> isOurs) {
        this.file = file;
        this.content = content;
        this.isOurs = isOurs;
    }

    Path file() {
        return file;
    }

    String content() {
        return content;
    }

    @Override
    public void enable() throws IOException {
        if (Files.exists(file) && !isOurs.test(read())) {
            throw new IOException("Not replacing " + file + ": it was not written by Unknot."
                    + " Remove it yourself or leave start-at-login off.");
        }
        Files.createDirectories(file.getParent());
        // Write beside it, then move: a crash never leaves a half-written entry for the next login.
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Start at login enabled: wrote {}", file);
    }

    @Override
    public void disable() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        if (!isOurs.test(read())) {
            LOG.warn("Start at login: leaving {} alone, it was not written by Unknot", file);
            return;
        }
        Files.delete(file);
        LOG.info("Start at login disabled: removed {}", file);
    }

    @Override
    public boolean isEnabled() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return isOurs.test(read());
        } catch (IOException e) {
            LOG.warn("Start at login: cannot read {}", file, e);
            return false;
        }
    }

    private String read() throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
