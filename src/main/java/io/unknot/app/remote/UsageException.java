package io.unknot.app.remote;

import io.unknot.i18n.Messages;

import java.util.Arrays;

/**
 * The command line could not be understood. It carries the text's key and arguments: whoever tells the user puts
 * it into their language ({@link #message(Messages)}); {@link #getMessage()} is the key, for the log.
 */
public final class UsageException extends Exception {

    private final String key;
    private final transient Object[] args;

    public UsageException(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
    }

    /** The message for the user, from the cli texts. */
    public String message(Messages cli) {
        return cli.text(key, args);
    }
}
