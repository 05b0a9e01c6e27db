package io.unknot.platform.dbus;

import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Desktop notifications with action buttons, through the desktop's notification server
 * ({@code org.freedesktop.Notifications}). A pressed button comes back as its action key.
 */
public final class DesktopNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifications.class);
    static final String SERVICE = "org.freedesktop.Notifications";
    static final String PATH = "/org/freedesktop/Notifications";

    /** A button: the key Unknot gets back, and the label the user sees. */
    public record Action(String key, String label) {}

    private final Bus bus;
    private final Map<Long, Consumer<String>> open = new ConcurrentHashMap<>();

    private DesktopNotifications(Bus bus) {
        this.bus = bus;
    }

    /** The notification server on this bus, if one runs or can be started; it is not started here. */
    static Optional<DesktopNotifications> on(Bus bus) {
        if (!bus.reachable(SERVICE)) {
            LOG.info("No desktop notification server on the session bus");
            return Optional.empty();
        }
        DesktopNotifications notifications = new DesktopNotifications(bus);
        bus.onSignal(SERVICE, "ActionInvoked", Optional.of(PATH), args -> notifications.invoked(args));
        bus.onSignal(SERVICE, "NotificationClosed", Optional.of(PATH),
                args -> notifications.open.remove(((Number) args[0]).longValue()));
        return Optional.of(notifications);
    }

    /**
     * Shows a notification for up to {@code lasting}; {@code onAction} gets the key of a pressed button, on the bus's
     * signal thread. Empty when the server refused it.
     */
    public Optional<Long> show(String summary, String body, List<Action> actions, Duration lasting,
                               Consumer<String> onAction) {
        List<String> pairs = new ArrayList<>(actions.size() * 2);
        for (Action action : actions) {
            pairs.add(action.key());
            pairs.add(action.label());
        }
        int timeout = (int) Math.min(Integer.MAX_VALUE, Math.max(1, lasting.toMillis()));
        Map<String, Variant<?>> hints = Map.of("desktop-entry", new Variant<>("Unknot"));
        Optional<Long> id = bus.call(SERVICE, PATH, Interfaces.Notifications.class,
                n -> n.Notify("Unknot", new UInt32(0), "", summary, body, pairs.toArray(String[]::new), hints,
                        timeout).longValue());
        id.ifPresentOrElse(i -> open.put(i, onAction), () -> LOG.warn("The notification server refused a notice"));
        return id;
    }

    /** Takes a notification off the screen (its break came, or it no longer applies). */
    public void close(long id) {
        if (open.remove(id) != null) {
            bus.call(SERVICE, PATH, Interfaces.Notifications.class, n -> {
                n.CloseNotification(new UInt32(id));
                return Boolean.TRUE;
            });
        }
    }

    private void invoked(Object[] args) {
        long id = ((Number) args[0]).longValue();
        String key = (String) args[1];
        Consumer<String> handler = open.remove(id);
        if (handler != null) {
            LOG.info("Notification {}: \"{}\" pressed", id, key);
            handler.accept(key);
        }
    }
}
