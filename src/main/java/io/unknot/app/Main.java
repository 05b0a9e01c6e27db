package io.unknot.app;

/** Entry point: starts the tray app, or with arguments acts as a remote control for the running one. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("being written");
    }
}
