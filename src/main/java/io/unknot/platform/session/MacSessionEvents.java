package io.unknot.platform.session;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import io.unknot.core.DesktopEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * macOS says that the screen was locked or unlocked through distributed notifications
 * ({@code com.apple.screenIsLocked}, {@code com.apple.screenIsUnlocked}) and that the computer goes to sleep or woke
 * up through NSWorkspace's own notification center. Unknot registers an observer object, made at run time through
 * the Objective-C runtime over JNA, with both centers, and runs a run loop on a daemon thread for the distributed
 * ones (NSWorkspace posts its notifications on the main thread, whose run loop AppKit keeps running).
 *
 * <p>Built, not run: no Mac was at hand. Only {@link #translate} is tested.
 */
final class MacSessionEvents {

    private static final Logger LOG = LoggerFactory.getLogger(MacSessionEvents.class);
    static final String SCREEN_LOCKED = "com.apple.screenIsLocked";
    static final String SCREEN_UNLOCKED = "com.apple.screenIsUnlocked";
    static final String WILL_SLEEP = "NSWorkspaceWillSleepNotification";
    static final String DID_WAKE = "NSWorkspaceDidWakeNotification";

    /** objc_msgSend, declared once per argument count: on arm64 it must not be called as a variadic function. */
    interface ObjC extends Library {
        Pointer objc_getClass(String name);

        Pointer sel_registerName(String name);

        Pointer objc_allocateClassPair(Pointer superclass, String name, long extraBytes);

        void objc_registerClassPair(Pointer type);

        boolean class_addMethod(Pointer type, Pointer selector, Callback implementation, String types);

        Pointer objc_msgSend(Pointer receiver, Pointer selector);

        Pointer objc_msgSend(Pointer receiver, Pointer selector, String text);

        Pointer objc_msgSend(Pointer receiver, Pointer selector, Pointer observer, Pointer action, Pointer name,
                             Pointer object);
    }

    interface CoreFoundation extends Library {
        void CFRunLoopRun();
    }

    /** The observer's one method, {@code -(void)notified:(NSNotification *)n}. */
    interface Notified extends Callback {
        void invoke(Pointer self, Pointer selector, Pointer notification);
    }

    private final Consumer<DesktopEvent> sink;
    private final Clock clock;
    /** Held here for as long as the observer lives: JNA frees a callback whose Java object is collected. */
    private final Notified notified = this::notified;
    private ObjC objc;

    private MacSessionEvents(Consumer<DesktopEvent> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** Listens on the calling thread for as long as the process runs. */
    static void listen(Consumer<DesktopEvent> sink, Clock clock) {
        new MacSessionEvents(sink, clock).run();
    }

    /** What a notification means for Unknot, by its name, if anything. */
    static Optional<DesktopEvent> translate(String name, Instant at) {
        return switch (name) {
            case SCREEN_LOCKED -> Optional.of(new DesktopEvent.ScreenLock(at, true));
            case SCREEN_UNLOCKED -> Optional.of(new DesktopEvent.ScreenLock(at, false));
            case WILL_SLEEP -> Optional.of(new DesktopEvent.Sleep(at, true));
            case DID_WAKE -> Optional.of(new DesktopEvent.Sleep(at, false));
            default -> Optional.empty();
        };
    }

    private void run() {
        try {
            objc = Native.load("objc", ObjC.class);
            NativeLibrary.getInstance("Foundation"); // NSDistributedNotificationCenter, NSString
            NativeLibrary.getInstance("AppKit"); // NSWorkspace
            Pointer observer = observer();
            Pointer distributed = send(objc.objc_getClass("NSDistributedNotificationCenter"), "defaultCenter");
            Pointer workspace = send(send(objc.objc_getClass("NSWorkspace"), "sharedWorkspace"), "notificationCenter");
            for (String name : List.of(SCREEN_LOCKED, SCREEN_UNLOCKED)) {
                observe(distributed, observer, name);
            }
            for (String name : List.of(WILL_SLEEP, DID_WAKE)) {
                observe(workspace, observer, name);
            }
            LOG.info("Listening to macOS screen lock and sleep notifications");
            Native.load("CoreFoundation", CoreFoundation.class).CFRunLoopRun();
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn("Screen lock and sleep notifications are not available", e);
        }
    }

    /** A new instance of a run-time subclass of NSObject whose {@code notified:} calls {@link #notified}. */
    private Pointer observer() {
        Pointer type = objc.objc_allocateClassPair(objc.objc_getClass("NSObject"), "UnknotSessionObserver", 0);
        if (type == null) {
            throw new IllegalStateException("cannot make the observer class");
        }
        objc.class_addMethod(type, objc.sel_registerName("notified:"), notified, "v@:@");
        objc.objc_registerClassPair(type);
        return send(send(type, "alloc"), "init");
    }

    private void observe(Pointer center, Pointer observer, String name) {
        Pointer nsName = objc.objc_msgSend(objc.objc_getClass("NSString"),
                objc.sel_registerName("stringWithUTF8String:"), name);
        objc.objc_msgSend(center, objc.sel_registerName("addObserver:selector:name:object:"), observer,
                objc.sel_registerName("notified:"), nsName, null);
    }

    private Pointer send(Pointer receiver, String selector) {
        return objc.objc_msgSend(receiver, objc.sel_registerName(selector));
    }

    private void notified(Pointer self, Pointer selector, Pointer notification) {
        try {
            String name = send(send(notification, "name"), "UTF8String").getString(0);
            translate(name, clock.instant()).ifPresent(sink);
        } catch (RuntimeException e) {
            LOG.warn("Could not read a macOS notification", e); // never let an exception cross into Objective-C
        }
    }
}
