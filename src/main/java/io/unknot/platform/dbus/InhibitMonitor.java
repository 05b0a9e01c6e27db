package io.unknot.platform.dbus;

import org.freedesktop.dbus.connections.transports.AbstractTransport;
import org.freedesktop.dbus.connections.transports.TransportBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.messages.MessageFactory;
import org.freedesktop.dbus.messages.constants.MessageTypes;
import org.freedesktop.dbus.types.UInt32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Watches applications' own {@code org.freedesktop.ScreenSaver.Inhibit} and {@code UnInhibit} calls (a video
 * player, a presentation) on the session bus. Desktops without an inhibitor summary of their own (neither GNOME's
 * session manager nor the power-management {@code HasInhibit}) would otherwise leave them unseen.
 *
 * <p>It is a D-Bus monitor ({@code org.freedesktop.DBus.Monitoring.BecomeMonitor}, dbus-daemon 1.9.10 and
 * dbus-broker): the bus copies to it only the messages its match rules name, and it may never send again. dbus-java
 * has no monitor mode (its connection answers every method call it receives, and a monitor that sends is cut off),
 * so this reads the messages straight off a dbus-java transport of its own, on one daemon thread.
 */
final class InhibitMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InhibitMonitor.class);
    private static final String DBUS = "org.freedesktop.DBus";
    private static final String SAVER = "org.freedesktop.ScreenSaver";
    /** What the bus copies to the monitor: the two calls, the saver's replies, and clients leaving the bus. */
    static final String[] RULES = {
        "type='method_call',interface='" + SAVER + "',member='Inhibit'",
        "type='method_call',interface='" + SAVER + "',member='UnInhibit'",
        "type='method_return',sender='" + SAVER + "'",
        "type='error',sender='" + SAVER + "'",
        "type='signal',sender='" + DBUS + "',interface='" + DBUS + "',member='NameOwnerChanged',arg2=''",
    };

    private final AbstractTransport transport;
    private final InhibitCookies cookies = new InhibitCookies();
    private final Consumer<Boolean> inhibited;
    private boolean reported;

    private InhibitMonitor(AbstractTransport transport, Consumer<Boolean> inhibited) {
        this.transport = transport;
        this.inhibited = inhibited;
    }

    /**
     * Becomes a monitor of the bus at {@code address} and reports on a daemon thread whenever applications start or
     * stop holding the screen saver off. Empty (logged) when the bus refuses or cannot be reached.
     */
    static Optional<InhibitMonitor> start(String address, Consumer<Boolean> inhibited) {
        AbstractTransport transport = null;
        try {
            transport = TransportBuilder.create(address).configure().withTimeout((int) Bus.CALL_TIMEOUT_MILLIS)
                    .back().build();
            MessageFactory messages = transport.getMessageFactory();
            transport.writeMessage(messages.createMethodCall(DBUS, "/org/freedesktop/DBus", DBUS, "Hello",
                    (byte) 0, null));
            Message become = messages.createMethodCall(DBUS, "/org/freedesktop/DBus", DBUS + ".Monitoring",
                    "BecomeMonitor", (byte) 0, "asu", RULES, new UInt32(0));
            transport.writeMessage(become);
            InhibitMonitor monitor = new InhibitMonitor(transport, inhibited);
            Thread thread = new Thread(() -> monitor.read(become.getSerial()), "unknot-inhibit-monitor");
            thread.setDaemon(true);
            thread.start();
            return Optional.of(monitor);
        } catch (DBusException | IOException | RuntimeException e) {
            LOG.info("Cannot watch applications' {}.Inhibit calls: {}", SAVER, e.getMessage());
            closeQuietly(transport);
            return Optional.empty();
        }
    }

    /** Reads until the connection ends; first the bus's answer to {@code BecomeMonitor} (call {@code serial}). */
    private void read(long serial) {
        try {
            boolean answered = false;
            while (true) {
                Message message = transport.readMessage(); // null: only part of a message has come yet
                if (message == null) {
                    continue;
                }
                if (!answered && message.getReplySerial() == serial) {
                    answered = true;
                    if (MessageTypes.getById(message.getType()) == MessageTypes.ERROR) {
                        LOG.info("The session bus refuses to let Unknot watch {}.Inhibit calls: {}", SAVER,
                                message.getName());
                        close();
                        return;
                    }
                    LOG.info("Watching applications' {}.Inhibit calls on the session bus", SAVER);
                }
                seen(message);
            }
        } catch (IOException | DBusException | RuntimeException e) {
            LOG.debug("Inhibit monitor ended: {}", e.getMessage());
        }
    }

    private void seen(Message message) throws DBusException {
        MessageTypes type = MessageTypes.getById(message.getType());
        if (type == MessageTypes.METHOD_CALL && SAVER.equals(message.getInterface())) {
            if ("Inhibit".equals(message.getName())) {
                cookies.inhibitCalled(message.getSource(), message.getSerial());
            } else if ("UnInhibit".equals(message.getName())) {
                cookie(message).ifPresent(c -> cookies.uninhibitCalled(message.getSource(), c));
            }
        } else if (type == MessageTypes.METHOD_REPLY
                && cookies.awaits(message.getDestination(), message.getReplySerial())) {
            // Only the replies to Inhibit calls are read: the screen saver's other replies (gnome-shell owns it on
            // GNOME and answers much else) are dropped unparsed.
            cookie(message).ifPresent(c -> cookies.replied(message.getSource(), message.getDestination(),
                    message.getReplySerial(), c));
        } else if (type == MessageTypes.ERROR) {
            cookies.failed(message.getDestination(), message.getReplySerial());
        } else if (type == MessageTypes.SIGNAL && "NameOwnerChanged".equals(message.getName())) {
            cookies.left((String) message.getParameters()[0]);
        }
        boolean now = cookies.any();
        if (now != reported) {
            reported = now;
            inhibited.accept(now);
        }
    }

    /** The first argument as a cookie, if it is an unsigned 32-bit number. */
    private static Optional<Long> cookie(Message message) throws DBusException {
        Object[] args = message.getParameters();
        return args.length > 0 && args[0] instanceof UInt32 cookie ? Optional.of(cookie.longValue())
                : Optional.empty();
    }

    @Override
    public void close() {
        closeQuietly(transport);
    }

    private static void closeQuietly(AbstractTransport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (IOException e) {
                LOG.debug("Closing the inhibit monitor", e);
            }
        }
    }
}
