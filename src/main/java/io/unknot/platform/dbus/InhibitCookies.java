package io.unknot.platform.dbus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The applications that hold the screen saver off, followed from the messages seen on the bus: an
 * {@code Inhibit} call, the cookie in its reply, the matching {@code UnInhibit}, and the client (or the screen
 * saver) leaving the bus, which ends its inhibitions the way the screen saver itself ends them.
 */
final class InhibitCookies {

    /** Calls whose reply has not been seen; a screen saver that never answers must not make this grow. */
    private static final int MAX_PENDING = 64;

    /** "client#serial" of an Inhibit call → the client. */
    private final Map<String, String> pending = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_PENDING;
        }
    };
    /** "client/cookie" → the client. */
    private final Map<String, String> held = new HashMap<>();
    /** Unique names of the screen savers that handed out cookies. */
    private final Set<String> savers = new HashSet<>();

    /** An {@code Inhibit} call from {@code client} with this serial. */
    void inhibitCalled(String client, long serial) {
        pending.put(client + "#" + serial, client);
    }

    /** Whether {@code client}'s call {@code serial} is an Inhibit call still waiting for its reply. */
    boolean awaits(String client, long serial) {
        return pending.containsKey(client + "#" + serial);
    }

    /** A reply to {@code client}'s call {@code replySerial} from {@code saver}, carrying a cookie. */
    void replied(String saver, String client, long replySerial, long cookie) {
        if (pending.remove(client + "#" + replySerial) != null) {
            held.put(client + "/" + cookie, client);
            savers.add(saver);
        }
    }

    /** An error in answer to {@code client}'s call {@code replySerial}: nothing is held. */
    void failed(String client, long replySerial) {
        pending.remove(client + "#" + replySerial);
    }

    /** {@code client} gave its cookie back. */
    void uninhibitCalled(String client, long cookie) {
        held.remove(client + "/" + cookie);
    }

    /** {@code name} left the bus: its inhibitions end, and all of them if it was the screen saver. */
    void left(String name) {
        if (savers.remove(name)) {
            held.clear();
            pending.clear();
        }
        held.values().removeIf(name::equals);
        pending.values().removeIf(name::equals);
    }

    /** Whether any application holds the screen saver off now. */
    boolean any() {
        return !held.isEmpty();
    }
}
