package io.unknot.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Hands freed native memory back to the operating system. glibc keeps what GTK, fonts and Java2D freed in its
 * malloc arenas, where it still counts as Unknot's memory; {@code malloc_trim} returns it (about 3 MB at idle,
 * measured; JDK 21 does the same with -XX:TrimNativeHeapInterval, which JDK 17 lacks).
 */
public final class NativeHeap {

    private static final Logger LOG = LoggerFactory.getLogger(NativeHeap.class);

    private interface LibC extends Library {
        int malloc_trim(NativeLong pad);
    }

    private final LibC libc;

    private NativeHeap(LibC libc) {
        this.libc = libc;
    }

    /** Empty where there is no glibc {@code malloc_trim} (other systems, musl). */
    public static Optional<NativeHeap> forCurrentOs() {
        if (!Platform.isLinux()) {
            return Optional.empty();
        }
        try {
            NativeLibrary.getInstance("c").getFunction("malloc_trim");
            return Optional.of(new NativeHeap(Native.load("c", LibC.class)));
        } catch (UnsatisfiedLinkError e) {
            LOG.debug("no malloc_trim here: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** @return true when memory was actually released */
    public boolean trim() {
        return libc.malloc_trim(new NativeLong(0)) == 1;
    }
}
