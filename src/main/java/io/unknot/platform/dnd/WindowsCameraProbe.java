package io.unknot.platform.dnd;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A camera is in use when an app's entry in the webcam consent store (the data behind Windows' "an app is using
 * your camera" indicator) has started and not stopped: {@code LastUsedTimeStop} is 0. Packaged apps have one key
 * each under {@code webcam}, desktop programs one each under {@code webcam\NonPackaged}.
 */
final class WindowsCameraProbe implements Probe {

    static final String WEBCAM =
            "Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam";
    private static final String NON_PACKAGED = "NonPackaged";

    /** The registry as far as this probe reads it, so the logic can be tested on data. */
    interface ConsentStore {
        List<String> subKeys(String path);

        /** The key's values by name; QWORD values are {@link Long}. */
        Map<String, Object> values(String path);
    }

    private final ConsentStore store;

    WindowsCameraProbe(ConsentStore store) {
        this.store = store;
    }

    static WindowsCameraProbe system() {
        return new WindowsCameraProbe(new CurrentUserRegistry());
    }

    @Override
    public boolean detected() {
        for (String app : store.subKeys(WEBCAM)) {
            String path = WEBCAM + "\\" + app;
            if (app.equals(NON_PACKAGED)) {
                for (String program : store.subKeys(path)) {
                    if (inUse(store.values(path + "\\" + program))) {
                        return true;
                    }
                }
            } else if (inUse(store.values(path))) {
                return true;
            }
        }
        return false;
    }

    /** Started at some time and not stopped yet. */
    private static boolean inUse(Map<String, Object> values) {
        return values.get("LastUsedTimeStart") instanceof Long start && start != 0
                && values.get("LastUsedTimeStop") instanceof Long stop && stop == 0;
    }

    /** HKEY_CURRENT_USER through Advapi32; a key that is missing or unreadable reads as empty. */
    private static final class CurrentUserRegistry implements ConsentStore {

        @Override
        public List<String> subKeys(String path) {
            try {
                return Arrays.asList(Advapi32Util.registryGetKeys(WinReg.HKEY_CURRENT_USER, path));
            } catch (Win32Exception e) {
                return List.of();
            }
        }

        @Override
        public Map<String, Object> values(String path) {
            try {
                return Advapi32Util.registryGetValues(WinReg.HKEY_CURRENT_USER, path);
            } catch (Win32Exception e) {
                return Map.of();
            }
        }
    }
}
