package io.unknot.app.remote;

/** The command line could not be understood; the message is for the user, in their language. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
