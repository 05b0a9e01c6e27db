package io.unknot.app.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The control socket's tiny protocol. The client writes the command's words separated by spaces and closes its
 * output; the instance answers with the exit code on the first line and the text after it, then closes. UTF-8.
 */
final class Wire {

    /** Longer than any command or status answer; guards against a stray writer filling memory. */
    static final int MAX_MESSAGE = 64 * 1024;

    private Wire() {
    }

    static String request(Command command) {
        return String.join(" ", command.words());
    }

    static String reply(Reply reply) {
        return reply.exitCode() + "\n" + reply.text();
    }

    static Reply parseReply(String text) throws IOException {
        int newline = text.indexOf('\n');
        try {
            return new Reply(Integer.parseInt(newline < 0 ? text : text.substring(0, newline)),
                    newline < 0 ? "" : text.substring(newline + 1));
        } catch (NumberFormatException e) {
            throw new IOException("malformed reply from the running instance");
        }
    }

    static void write(SocketChannel channel, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        channel.configureBlocking(true);
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.shutdownOutput();
    }

    /**
     * Writes {@code text} on a non-blocking channel and closes the output, giving up after {@code timeout}: a
     * client that does not read cannot hold the server's answering thread.
     */
    static void writeWithin(SocketChannel channel, String text, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            if (channel.write(bytes) == 0) {
                if (System.nanoTime() - deadline > 0) {
                    throw new SocketTimeoutException("the client did not read the answer");
                }
                try {
                    Thread.sleep(5); // the client's receive buffer is full; rare, for answers are small
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SocketTimeoutException("interrupted");
                }
            }
        }
        channel.shutdownOutput();
    }

    /** Reads until the other end closes its output, failing after {@code timeout}. */
    static String readAll(SocketChannel channel, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("no answer within " + timeout.toSeconds() + " s");
                }
                selector.select(Math.max(1, left / 1_000_000));
                selector.selectedKeys().clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    break;
                }
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
                if (out.size() > MAX_MESSAGE) {
                    throw new IOException("message too long");
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
