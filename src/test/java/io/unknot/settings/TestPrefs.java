package io.unknot.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * A fresh pair of user and system "roots" for one test: unique nodes inside the java.util.prefs roots that
 * surefire points at folders under the build directory, so the user's own settings are never touched.
 * {@link #close()} removes both nodes.
 */
public final class TestPrefs implements AutoCloseable {

    private final Preferences userRoot;
    private final Preferences systemRoot;
    private final java.util.List<Settings> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestPrefs(Preferences userRoot, Preferences systemRoot) {
        this.userRoot = userRoot;
        this.systemRoot = systemRoot;
    }

    public static TestPrefs create() {
        String user = System.getProperty("java.util.prefs.userRoot");
        String system = System.getProperty("java.util.prefs.systemRoot");
        if (user == null || system == null) {
            throw new IllegalStateException("java.util.prefs.userRoot and .systemRoot must point at test folders "
                    + "(surefire sets them); refusing to touch the real preferences");
        }
        Path systemDir = Path.of(system, ".systemPrefs");
        try {
            // The JDK uses the system root only if this folder exists when the root is first asked for.
            Files.createDirectories(systemDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String id = "unknot-test-" + UUID.randomUUID();
        TestPrefs prefs = new TestPrefs(Preferences.userRoot().node(id), Preferences.systemRoot().node(id));
        try {
            prefs.systemRoot.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("system preferences are not writable", e);
        }
        if (!Files.isDirectory(systemDir.resolve(id))) {
            throw new IllegalStateException("the JDK's system root is not " + systemDir
                    + " (it was first used before that folder existed)");
        }
        return prefs;
    }

    public Preferences userRoot() {
        return userRoot;
    }

    public Preferences systemRoot() {
        return systemRoot;
    }

    /** The user's Unknot node, for writing values directly as another program (or a corrupt file) would. */
    public Preferences userNode() {
        return userRoot.node(Settings.NODE);
    }

    /** The administrator's presets node; creating it makes presets exist. */
    public Preferences presetNode() {
        return systemRoot.node(Settings.NODE);
    }

    public Settings open() {
        Settings settings = Settings.open(userRoot, systemRoot);
        opened.add(settings);
        return settings;
    }

    @Override
    public void close() throws BackingStoreException {
        // Background saves finish first, so none writes into a removed node (and logs about it) later.
        opened.forEach(Settings::flush);
        // Syncing first lets the JDK delete the folders: it skips nodes whose creation it has not yet written.
        userRoot.flush();
        systemRoot.flush();
        userRoot.removeNode();
        systemRoot.removeNode();
        Preferences.userRoot().flush();
        Preferences.systemRoot().flush();
    }
}
