package io.unknot.core.suggest;

/** A catalog line that cannot be loaded; the message says which field is wrong and why. */
final class MalformedEntry extends Exception {

    MalformedEntry(String message) {
        super(message);
    }
}
