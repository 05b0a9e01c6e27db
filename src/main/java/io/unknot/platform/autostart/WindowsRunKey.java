package io.unknot.platform.autostart;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-user Run value {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run\Unknot}. The value name is
 * Unknot's own, so whatever it holds is ours to replace or remove. JNA's registry calls run on Windows only.
 */
final class WindowsRunKey implements Autostart {

    private static final Logger LOG = LoggerFactory.getLogger(WindowsRunKey.class);

    private final String data;

    WindowsRunKey(String data) {
        this.data = data;
    }

    @Override
    public void enable() throws IOException {
        try {
            Advapi32Util.registrySetStringValue(WinReg.HKEY_CURRENT_USER, RunKeyValue.KEY, RunKeyValue.NAME, data);
            LOG.info("Start at login enabled: Run value {} = {}", RunKeyValue.NAME, data);
        } catch (Win32Exception e) {
            throw new IOException("Cannot write the Run value " + RunKeyValue.NAME, e);
        }
    }

    @Override
    public void disable() throws IOException {
        try {
            if (Advapi32Util.registryValueExists(WinReg.HKEY_CURRENT_USER, RunKeyValue.KEY, RunKeyValue.NAME)) {
                Advapi32Util.registryDeleteValue(WinReg.HKEY_CURRENT_USER, RunKeyValue.KEY, RunKeyValue.NAME);
                LOG.info("Start at login disabled: removed Run value {}", RunKeyValue.NAME);
            }
        } catch (Win32Exception e) {
            throw new IOException("Cannot remove the Run value " + RunKeyValue.NAME, e);
        }
    }

    @Override
    public boolean isEnabled() {
        try {
            return Advapi32Util.registryValueExists(WinReg.HKEY_CURRENT_USER, RunKeyValue.KEY, RunKeyValue.NAME);
        } catch (Win32Exception e) {
            LOG.warn("Start at login: cannot read the Run key", e);
            return false;
        }
    }
}
