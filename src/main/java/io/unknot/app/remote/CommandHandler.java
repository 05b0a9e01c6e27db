package io.unknot.app.remote;

/** Carries out a remote command in the running instance. Called on the control server's thread. */
@FunctionalInterface
public interface CommandHandler {
    Reply handle(Command command);
}
