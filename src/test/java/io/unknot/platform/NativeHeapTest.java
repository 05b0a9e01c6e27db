package io.unknot.platform;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NativeHeapTest {

    private static final int BLOCKS = 20_000;
    private static final int BLOCK_SIZE = 1024; // below malloc's mmap threshold: freed into the arena, kept there

    @Test
    void on_glibc_linux_native_memory_freed_into_malloc_arenas_is_handed_back() {
        NativeHeap heap = NativeHeap.forCurrentOs().orElseThrow(
                () -> new AssertionError("this Linux test machine has glibc, so malloc_trim must be found"));
        long[] blocks = new long[BLOCKS];
        for (int i = 0; i < BLOCKS; i++) {
            blocks[i] = Native.malloc(BLOCK_SIZE);
            new Pointer(blocks[i]).setMemory(0, BLOCK_SIZE, (byte) 1); // touched, so it is resident
        }
        for (long block : blocks) {
            Native.free(block);
        }

        assertThat(heap.trim()).as("20 MB freed in small blocks is released").isTrue();
    }
}
