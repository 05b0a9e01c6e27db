package io.unknot.catalog;

import io.unknot.core.suggest.CatalogParser;
import io.unknot.core.suggest.CatalogProblem;
import io.unknot.core.suggest.SuggestionCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Reads the suggestion catalog: the built-in one from the jar ({@value #BUILT_IN_RESOURCE}, texts from bundle
 * area {@code suggestions}) and the user's own file, hands their bytes to the core's {@link CatalogParser} and logs
 * the problems it found. Loading never fails: a file that cannot be read is a problem like a bad line.
 *
 * <p>The user's file is input Unknot does not control, so reading it is bounded: only a regular file is read (not a
 * pipe or a device, whose reading might never end), and at most {@link #MAX_FILE_BYTES}.
 */
public final class CatalogFiles {

    /** Class-path resource of the built-in catalog. */
    public static final String BUILT_IN_RESOURCE = "/assets/suggestions/catalog.txt";
    public static final long MAX_FILE_BYTES = 1_000_000;

    static final String BUNDLE = "io.unknot.i18n.suggestions";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogFiles.class);

    private CatalogFiles() {
    }

    /**
     * The built-in suggestions with texts in {@code locale}, then those of {@code userFile} (ignored when the file
     * does not exist). The app keeps the user's file at {@code <data dir>/suggestions.txt}.
     */
    public static SuggestionCatalog load(Locale locale, Optional<Path> userFile) {
        CatalogParser parser = new CatalogParser(Illustrations::exists);
        readBuiltIn(parser, locale);
        userFile.ifPresent(file -> readUserFile(parser, file));
        SuggestionCatalog catalog = parser.catalog();
        for (CatalogProblem problem : catalog.problems()) {
            LOG.warn("Suggestions: {}", problem);
        }
        LOG.debug("Loaded {} suggestions ({} problems)", catalog.all().size(), catalog.problems().size());
        return catalog;
    }

    private static void readBuiltIn(CatalogParser parser, Locale locale) {
        // No fallback to the JVM's default locale: English must stay English on a German system.
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (InputStream in = CatalogFiles.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                parser.fileProblem(SuggestionCatalog.BUILT_IN, "resource " + BUILT_IN_RESOURCE + " is missing");
                return;
            }
            parser.builtIn(in.readAllBytes(), texts);
        } catch (IOException e) {
            parser.fileProblem(SuggestionCatalog.BUILT_IN, "cannot read " + BUILT_IN_RESOURCE + ": " + e);
        }
    }

    /** The user's own file; a file that does not exist simply adds nothing. */
    private static void readUserFile(CatalogParser parser, Path file) {
        if (!Files.exists(file)) {
            return;
        }
        String source = file.toString();
        // Checked before opening: opening a pipe would wait for a writer, and a device may never end.
        if (!Files.isRegularFile(file)) {
            parser.fileProblem(source, "not a regular file (a pipe, device or folder); ignored");
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                parser.fileProblem(source, "larger than " + MAX_FILE_BYTES / 1_000_000
                        + " MB; ignored. Keep your own suggestions in a smaller file");
                return;
            }
            parser.user(source, bytes);
        } catch (IOException e) {
            parser.fileProblem(source, "cannot read the file: " + e.getMessage());
        }
    }
}
