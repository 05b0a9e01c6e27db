package io.unknot.app.remote;

import io.unknot.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Listens on the control socket and answers commands one at a time on its own thread. Only the user can reach the
 * socket: it lives in the runtime folder, which {@link RuntimeDir} keeps private. There is no TCP port.
 */
public final class ControlServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final Path socket;
    private final ServerSocketChannel server;
    private final CommandHandler handler;
    private final Thread thread;
    private volatile boolean closed;

    private ControlServer(Path socket, ServerSocketChannel server, CommandHandler handler) {
        this.socket = socket;
        this.server = server;
        this.handler = handler;
        this.thread = new Thread(this::serve, "unknot-remote-control");
        thread.setDaemon(true);
    }

    /**
     * Binds the socket, replacing a stale socket file left by an instance that ended without cleaning up. The
     * caller must hold the {@link InstanceLock}, which is what makes replacing the file safe.
     */
    public static ControlServer start(Path socket, CommandHandler handler) throws IOException {
        RuntimeDir.create(socket.getParent());
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot listen on " + socket + ": " + e.getMessage(), e);
        }
        ControlServer control = new ControlServer(socket, server, handler);
        control.thread.start();
        LOG.info("Remote control listening on {}", socket);
        return control;
    }

    public Path socket() {
        return socket;
    }

    /** Stops listening, lets a command being answered finish, and removes the socket file. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the control socket", e);
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(READ_TIMEOUT.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Cannot remove the control socket {}", socket, e);
        }
    }

    private void serve() {
        while (!closed) {
            try (SocketChannel client = server.accept()) {
                answer(client);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("Remote control request failed", e);
                }
            }
        }
    }

    private void answer(SocketChannel client) throws IOException {
        String request = Wire.readAll(client, READ_TIMEOUT).strip();
        Reply reply;
        try {
            Command command = CommandLine.command(Arrays.asList(request.split(" +")));
            LOG.info("Remote command: {}", request);
            reply = handler.handle(command);
        } catch (UsageException e) {
            reply = new Reply(Reply.USAGE, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Remote command '{}' failed", request, e);
            reply = Reply.failed(Messages.of("cli").text("cli.error.failed", String.valueOf(e.getMessage())));
        }
        Wire.write(client, Wire.reply(reply));
    }
}
