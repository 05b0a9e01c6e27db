package io.unknot.ui.tray;

import java.util.Objects;

/**
 * Something the user should know for as long as it lasts (history not being saved, say): the tray menu shows
 * {@code line} as a line of its own, and the status window shows it with {@code details}, which say what to do.
 */
public record StatusNotice(String line, String details) {

    public StatusNotice {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(details, "details");
    }
}
