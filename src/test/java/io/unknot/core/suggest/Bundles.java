package io.unknot.core.suggest;

import io.unknot.testing.BundleFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/** One bundle file exactly as written (no fallback to the English base), as Properties for the catalog tests. */
final class Bundles {

    private Bundles() {
    }

    static Properties file(String name) {
        Properties p = new Properties();
        try {
            p.putAll(BundleFiles.load(BundleFiles.DIR.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
