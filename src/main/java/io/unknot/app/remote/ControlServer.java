package io.unknot.app.remote;

import io.unknot.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Listens on the control socket. No client can block it: one selector thread reads every open connection at once,
 * each connection has {@link #DEADLINE} to send its command, and at most {@link #MAX_CONNECTIONS} are held (a new
 * one closes the oldest). Complete commands are answered one after the other on a second thread, so the engine
 * sees them in order. Only the user can reach the socket: it lives in the runtime folder, which {@link RuntimeDir}
 * keeps private. There is no TCP port.
 */
public final class ControlServer implements AutoCloseable {

    /** How long a connection may take to send its command; real clients send it at once. */
    static final Duration DEADLINE = Duration.ofSeconds(2);
    static final int MAX_CONNECTIONS = 64;
    /** Connections the system queues before {@code accept}: a burst of scripts is not refused. */
    static final int BACKLOG = 512;

    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

    private final Path socket;
    private final ServerSocketChannel server;
    private final CommandHandler handler;
    private final Selector selector;
    private final Thread thread;
    private final ExecutorService answers = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "unknot-remote-command");
        t.setDaemon(true);
        return t;
    });
    /** Open connections, oldest first; selector thread only. */
    private final Deque<Connection> open = new ArrayDeque<>();
    private final Messages cli;
    private volatile boolean closed;

    /** A connection still sending its command. */
    private static final class Connection {
        final SocketChannel channel;
        final long deadline;
        final ByteArrayOutputStream request = new ByteArrayOutputStream();
        SelectionKey key;

        Connection(SocketChannel channel, long deadline) {
            this.channel = channel;
            this.deadline = deadline;
        }
    }

    private ControlServer(Path socket, ServerSocketChannel server, CommandHandler handler, Selector selector,
                          Messages cli) {
        this.cli = cli;
        this.socket = socket;
        this.server = server;
        this.handler = handler;
        this.selector = selector;
        this.thread = new Thread(this::serve, "unknot-remote-control");
        thread.setDaemon(true);
    }

    /**
     * Binds the socket, replacing a stale socket file left by an instance that ended without cleaning up. The
     * caller must hold the {@link InstanceLock}, which is what makes replacing the file safe.
     */
    public static ControlServer start(Path socket, CommandHandler handler, Messages cli) throws IOException {
        RuntimeDir.create(socket.getParent());
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector;
        try {
            server.bind(UnixDomainSocketAddress.of(socket), BACKLOG);
            server.configureBlocking(false);
            selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot listen on " + socket + ": " + e.getMessage(), e);
        }
        ControlServer control = new ControlServer(socket, server, handler, selector, cli);
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
        selector.wakeup();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(DEADLINE.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        answers.shutdown();
        try {
            if (!answers.awaitTermination(DEADLINE.toMillis() * 2, TimeUnit.MILLISECONDS)) {
                LOG.debug("A remote command was still being answered at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Cannot remove the control socket {}: {}", socket, e.toString());
        }
    }

    private void serve() {
        try {
            while (!closed) {
                selector.select(untilNextDeadline());
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        acceptAll();
                    } else if (key.isReadable()) {
                        read((Connection) key.attachment());
                    }
                }
                selector.selectedKeys().clear();
                expire();
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.error("Remote control stopped: {}", e.toString());
            }
        } finally {
            open.forEach(this::drop);
            open.clear();
            quietly(server::close);
            quietly(selector::close);
        }
    }

    private void acceptAll() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            if (open.size() >= MAX_CONNECTIONS) {
                Connection oldest = open.removeFirst();
                LOG.debug("Too many open control connections; closing the oldest");
                drop(oldest);
            }
            channel.configureBlocking(false);
            Connection connection = new Connection(channel, System.nanoTime() + DEADLINE.toNanos());
            connection.key = channel.register(selector, SelectionKey.OP_READ, connection);
            open.addLast(connection);
        }
    }

    private void read(Connection connection) {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        try {
            int n;
            while ((n = connection.channel.read(buffer)) > 0) {
                connection.request.write(buffer.array(), 0, n);
                buffer.clear();
                if (connection.request.size() > Wire.MAX_MESSAGE) {
                    LOG.debug("Control request too long; connection closed");
                    open.remove(connection);
                    drop(connection);
                    return;
                }
            }
            if (n < 0) { // the client closed its output: the command is complete
                open.remove(connection);
                connection.key.cancel();
                String request = connection.request.toString(StandardCharsets.UTF_8).strip();
                answers.execute(() -> answer(connection, request));
            }
        } catch (IOException | RejectedExecutionException e) {
            LOG.debug("Control connection dropped: {}", e.toString());
            open.remove(connection);
            drop(connection);
        }
    }

    /** Closes connections past their deadline, quietly: a slow or stuck client is not an error of Unknot's. */
    private void expire() {
        long now = System.nanoTime();
        while (!open.isEmpty() && open.peekFirst().deadline - now <= 0) {
            Connection late = open.removeFirst();
            LOG.debug("Control connection sent no command within {}; closed", DEADLINE);
            drop(late);
        }
    }

    private long untilNextDeadline() {
        if (open.isEmpty()) {
            return 0; // no deadline: sleep until something happens
        }
        return Math.max(1, (open.peekFirst().deadline - System.nanoTime()) / 1_000_000 + 1);
    }

    private void answer(Connection connection, String request) {
        Reply reply;
        try {
            Command command = CommandLine.command(Arrays.asList(request.split(" +")));
            LOG.debug("Remote command: {}", request);
            reply = handler.handle(command);
        } catch (UsageException e) {
            reply = new Reply(Reply.USAGE, e.message(cli));
        } catch (RuntimeException e) {
            LOG.warn("Remote command '{}' failed: {}", request, e.toString());
            reply = Reply.failed(cli.text("cli.error.failed", String.valueOf(e.getMessage())));
        }
        try {
            Wire.writeWithin(connection.channel, Wire.reply(reply), DEADLINE);
        } catch (IOException e) {
            LOG.debug("Could not send the answer to '{}': {}", request, e.toString());
        } finally {
            drop(connection);
        }
    }

    private void drop(Connection connection) {
        if (connection.key != null) {
            connection.key.cancel();
        }
        quietly(connection.channel::close);
    }

    private interface Closing {
        void close() throws IOException;
    }

    private static void quietly(Closing closing) {
        try {
            closing.close();
        } catch (IOException e) {
            LOG.debug("closing a control channel: {}", e.toString());
        }
    }
}
