package io.unknot.core.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads one bundle file exactly as written, without the parent-bundle fallback ResourceBundle applies. */
final class Bundles {

    private Bundles() {
    }

    static Properties file(String name) {
        String resource = "/io/unknot/i18n/" + name;
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing resource " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
