package io.unknot.platform.dbus;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.matchrules.DBusMatchRuleBuilder;
import org.freedesktop.dbus.messages.MethodCall;
import org.freedesktop.dbus.messages.constants.MessageTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One connection to the session or the system bus, with the few things Unknot does on it: call a method and read a
 * property where a failure is just "not there", and listen to a signal by name.
 *
 * <p>dbus-java runs a reader thread per connection and small pools for signals, method calls, replies and errors;
 * Unknot exports nothing and handles signals in order, so each pool is one thread.
 */
final class Bus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bus.class);
    /** A desktop service that does not answer within this is treated as absent; the engine waits on idle calls. */
    static final long CALL_TIMEOUT_MILLIS = 2_000;
    private static final Path SYSTEM_SOCKET = Path.of("/var/run/dbus/system_bus_socket");

    private final String name;
    private final DBusConnection connection;

    private Bus(String name, DBusConnection connection) {
        this.name = name;
        this.connection = connection;
    }

    /** The session bus, if the session has one ({@code DBUS_SESSION_BUS_ADDRESS}); empty and logged otherwise. */
    static Optional<Bus> session(Map<String, String> env) {
        String address = env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "");
        if (address.isBlank()) {
            LOG.info("No session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
            return Optional.empty();
        }
        if (socketMissing(address)) {
            LOG.info("No session bus ({} is gone)", address);
            return Optional.empty();
        }
        return open("session", () -> DBusConnectionBuilder.forSessionBus(address));
    }

    /** The system bus, at {@code DBUS_SYSTEM_BUS_ADDRESS} or the standard socket, if either is there. */
    static Optional<Bus> system(Map<String, String> env) {
        String address = env.getOrDefault("DBUS_SYSTEM_BUS_ADDRESS", "");
        if (address.isBlank() ? !Files.exists(SYSTEM_SOCKET) : socketMissing(address)) {
            LOG.info("No system bus ({} is missing)", address.isBlank() ? SYSTEM_SOCKET : address);
            return Optional.empty();
        }
        return open("system", () -> address.isBlank()
                ? DBusConnectionBuilder.forSystemBus() : DBusConnectionBuilder.forAddress(address));
    }

    /** A {@code unix:path=} address whose socket file is not there: connecting would only time out. */
    static boolean socketMissing(String address) {
        String prefix = "unix:path=";
        if (!address.startsWith(prefix)) {
            return false;
        }
        int end = address.indexOf(',');
        return !Files.exists(Path.of(address.substring(prefix.length(), end < 0 ? address.length() : end)));
    }

    private interface Builder {
        DBusConnectionBuilder get() throws DBusException;
    }

    private static Optional<Bus> open(String name, Builder builder) {
        MethodCall.setDefaultTimeout(CALL_TIMEOUT_MILLIS);
        try {
            DBusConnection connection = builder.get().withShared(false)
                    .receivingThreadConfig()
                    .withSignalThreadCount(1).withMethodCallThreadCount(1)
                    .withMethodReturnThreadCount(1).withErrorHandlerThreadCount(1)
                    .connectionConfig()
                    .build();
            LOG.info("Connected to the {} bus", name);
            return Optional.of(new Bus(name, connection));
        } catch (DBusException | RuntimeException | LinkageError e) {
            // LinkageError: a runtime without a module the D-Bus library needs; no bus is better than no app.
            LOG.warn("Cannot connect to the {} bus: {}", name, e.toString());
            return Optional.empty();
        }
    }

    String name() {
        return name;
    }

    /** Whether a service owns {@code busName} now. */
    boolean hasOwner(String busName) {
        return call("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class, d -> d.NameHasOwner(busName))
                .orElse(false);
    }

    /** Whether {@code busName} is owned now or would be started on first use. */
    boolean reachable(String busName) {
        return hasOwner(busName) || call("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class,
                d -> Arrays.asList(d.ListActivatableNames()).contains(busName)).orElse(false);
    }

    /** Calls a method on a remote object; empty (logged at debug) when the service is missing or fails. */
    <I extends DBusInterface, T> Optional<T> call(String busName, String path, Class<I> type, Function<I, T> call) {
        try {
            return Optional.ofNullable(call.apply(connection.getRemoteObject(busName, path, type)));
        } catch (DBusException | RuntimeException e) {
            LOG.debug("{} {} on the {} bus: {}", busName, path, name, e.getMessage());
            return Optional.empty();
        }
    }

    /** A property of a remote object; empty when it cannot be read or has another type. */
    <T> Optional<T> property(String busName, String path, String iface, String property, Class<T> type) {
        return call(busName, path, Properties.class, p -> p.<Object>Get(iface, property))
                .filter(type::isInstance).map(type::cast);
    }

    /**
     * Calls {@code handler} with the arguments of every {@code iface.member} signal (from any sender, on
     * {@code path} if given), on dbus-java's signal thread, in order.
     */
    void onSignal(String iface, String member, Optional<String> path, Consumer<Object[]> handler) {
        DBusMatchRuleBuilder rule = DBusMatchRuleBuilder.create().withType(MessageTypes.SIGNAL)
                .withInterface(iface).withMember(member);
        path.ifPresent(rule::withPath);
        try {
            connection.addGenericSigHandler(rule.build(), signal -> {
                try {
                    handler.accept(signal.getParameters());
                } catch (DBusException | RuntimeException e) {
                    LOG.warn("Could not handle {}.{} from the {} bus", iface, member, name, e);
                }
            });
        } catch (DBusException | DBusExecutionException e) {
            LOG.warn("Cannot listen to {}.{} on the {} bus: {}", iface, member, name, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the {} bus connection", name, e);
        }
    }
}
