package io.unknot.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A test's own class run in a JVM of its own, on the test JVM's Java and class path. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The command that runs {@code main}'s {@code main} method with {@code args}. */
    public static List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
