package io.unknot.catalog;

import io.unknot.core.suggest.Suggestion;

import java.net.URL;
import java.util.Optional;

/**
 * Where suggestion illustrations live: SVG files under {@code assets/illustrations/} in the jar (the pom copies
 * {@code assets/} there). Views load them by {@link #resourceName(String)}, e.g. with FlatSVGIcon.
 */
public final class Illustrations {

    /** Shown when a suggestion names no illustration or one that does not exist. */
    public static final String DEFAULT = Suggestion.DEFAULT_ILLUSTRATION;

    private static final String FOLDER = "assets/illustrations/";

    private Illustrations() {
    }

    /** The class-path resource name (no leading slash), as FlatSVGIcon and ClassLoader.getResource expect it. */
    public static String resourceName(String file) {
        return FOLDER + file;
    }

    public static Optional<URL> url(String file) {
        if (file.isBlank() || file.contains("/") || file.contains("\\")) {
            return Optional.empty();
        }
        return Optional.ofNullable(Illustrations.class.getClassLoader().getResource(resourceName(file)));
    }

    public static boolean exists(String file) {
        return url(file).isPresent();
    }
}
