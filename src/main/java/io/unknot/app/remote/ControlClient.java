package io.unknot.app.remote;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Sends one command to the running instance over its control socket. */
public final class ControlClient {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final Path socket;

    public ControlClient(Path socket) {
        this.socket = socket;
    }

    /**
     * The instance's reply; empty when no instance listens (no socket file, or a stale one nobody accepts on).
     *
     * @throws IOException when an instance accepted the command but did not answer properly
     */
    public Optional<Reply> send(Command command) throws IOException {
        return send(Wire.request(command));
    }

    Optional<Reply> send(String request) throws IOException {
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
        try (channel) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                return Optional.empty(); // refused: a socket file left by an instance that is gone
            }
            Wire.write(channel, request);
            return Optional.of(Wire.parseReply(Wire.readAll(channel, ANSWER_TIMEOUT)));
        }
    }
}
