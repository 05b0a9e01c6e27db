package io.unknot.app.remote;

import io.unknot.core.BreakKind;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The control socket end to end inside one JVM: a real Unix-domain socket in a temporary runtime folder. */
class ControlSocketTest {

    private static final Messages CLI = new Language(Locale.ENGLISH).messages("cli");

    @TempDir
    Path tmp;

    private final List<Command> received = new CopyOnWriteArrayList<>();
    private ControlServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_command_reaches_the_instance_and_its_reply_comes_back() throws Exception {
        Path socket = tmp.resolve("run").resolve("unknot.sock");
        server = ControlServer.start(socket, command -> {
            received.add(command);
            return Reply.ok("Starting a micro break.\nsecond line ✓");
        }, CLI);

        Optional<Reply> reply = new ControlClient(socket).send(new Command.TakeBreak(BreakKind.MICRO));

        assertThat(received).containsExactly(new Command.TakeBreak(BreakKind.MICRO));
        assertThat(reply).contains(new Reply(0, "Starting a micro break.\nsecond line ✓"));
    }

    @Test
    void the_runtime_folder_is_private_to_the_user() throws Exception {
        Path run = tmp.resolve("run");
        Files.createDirectories(run, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        server = ControlServer.start(run.resolve("unknot.sock"), command -> Reply.ok(""), CLI);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run))).isEqualTo("rwx------");
    }

    @Test
    void no_socket_file_means_no_instance() throws Exception {
        assertThat(new ControlClient(tmp.resolve("unknot.sock")).send(new Command.Status(true))).isEmpty();
    }

    @Test
    void a_stale_socket_file_means_no_instance_and_is_replaced_by_the_next_one() throws Exception {
        Path socket = tmp.resolve("unknot.sock");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket)); // the file stays behind when the channel closes
        }
        assertThat(socket).exists();

        assertThat(new ControlClient(socket).send(new Command.Status(false))).isEmpty();

        server = ControlServer.start(socket, command -> Reply.ok("fresh"), CLI);
        assertThat(new ControlClient(socket).send(new Command.Status(false))).contains(Reply.ok("fresh"));
    }

    @Test
    void an_unreadable_request_gets_a_usage_answer_and_the_server_keeps_serving() throws Exception {
        Path socket = tmp.resolve("unknot.sock");
        server = ControlServer.start(socket, command -> Reply.ok("fine"), CLI);

        assertThat(new ControlClient(socket).send("dance")).hasValueSatisfying(reply -> {
            assertThat(reply.exitCode()).isEqualTo(Reply.USAGE);
            assertThat(reply.text()).contains("dance");
        });
        assertThat(new ControlClient(socket).send(new Command.Resume())).contains(Reply.ok("fine"));
    }

    @Test
    void a_failing_command_is_reported_not_fatal() throws Exception {
        Path socket = tmp.resolve("unknot.sock");
        server = ControlServer.start(socket, command -> {
            if (command instanceof Command.Quit) {
                throw new IllegalStateException("engine stopped");
            }
            return Reply.ok("ok");
        }, CLI);

        assertThat(new ControlClient(socket).send(new Command.Quit())).hasValueSatisfying(reply -> {
            assertThat(reply.exitCode()).isEqualTo(Reply.FAILED);
            assertThat(reply.text()).contains("engine stopped");
        });
        assertThat(new ControlClient(socket).send(new Command.Resume())).contains(Reply.ok("ok"));
    }

    @Test
    void closing_removes_the_socket_file() throws Exception {
        Path socket = tmp.resolve("unknot.sock");
        server = ControlServer.start(socket, command -> Reply.ok(""), CLI);
        server.close();
        server = null;

        assertThat(socket).doesNotExist();
        assertThat(new ControlClient(socket).send(new Command.Status(true))).isEmpty();
    }

    @Test
    void only_one_process_holds_the_instance_lock_at_a_time() throws Exception {
        Path run = tmp.resolve("run");
        try (InstanceLock first = InstanceLock.tryAcquire(run).orElseThrow()) {
            assertThat(InstanceLock.tryAcquire(run)).isEmpty();
        }
        try (InstanceLock again = InstanceLock.tryAcquire(run).orElseThrow()) {
            assertThat(InstanceLock.tryAcquire(run)).as("held again, by the second holder only").isEmpty();
        }
    }

    @Test
    void two_hundred_idle_connections_do_not_keep_status_from_being_answered() throws Exception {
        Path socket = tmp.resolve("unknot.sock");
        server = ControlServer.start(socket, command -> Reply.ok("answered"), CLI);
        List<SocketChannel> idle = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                channel.connect(UnixDomainSocketAddress.of(socket)); // and never sends anything
                idle.add(channel);
            }

            // Served one at a time, each idle client held the server for 5 s: the client gave up after 10 s.
            assertThat(new ControlClient(socket).send(new Command.Status(true))).contains(Reply.ok("answered"));
        } finally {
            for (SocketChannel channel : idle) {
                channel.close();
            }
        }
    }

    @Test
    void a_client_that_sends_nothing_is_closed_after_the_deadline_without_a_warning() throws Exception {
        Path socket = tmp.resolve("unknot.sock");
        try (io.unknot.settings.LogCapture log = io.unknot.settings.LogCapture.of(ControlServer.class);
             SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            server = ControlServer.start(socket, command -> Reply.ok("answered"), CLI);
            silent.connect(UnixDomainSocketAddress.of(socket));

            // The server closes it: reading then sees the end of the stream (after DEADLINE, 2 s).
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
            assertThat(silent.read(buffer)).isEqualTo(-1);
            assertThat(log.warnings()).isEmpty();
        }
    }
}
