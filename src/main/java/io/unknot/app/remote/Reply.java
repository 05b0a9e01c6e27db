package io.unknot.app.remote;

/**
 * The running instance's answer to a command: the exit code the command-line client ends with, and the text it
 * prints (on stdout for 0, on stderr otherwise).
 */
public record Reply(int exitCode, String text) {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    public static Reply ok(String text) {
        return new Reply(OK, text);
    }

    public static Reply failed(String text) {
        return new Reply(FAILED, text);
    }
}
