package io.unknot.settings;

import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.FocusArea;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Export to and import from the Preferences XML format; a bad file changes nothing. */
class ExportImportTest {

    private static final String DOCTYPE =
            "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">\n";

    @TempDir
    Path dir;
    private TestPrefs prefs;

    @BeforeEach
    void setUp() {
        prefs = TestPrefs.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.close();
    }

    @Test
    void an_export_imported_again_restores_every_value() throws Exception {
        Settings settings = prefs.open();
        settings.set(Keys.MICRO.duration(), Duration.ofSeconds(40));
        settings.set(Keys.WORKING_END, LocalTime.of(16, 45));
        settings.set(Keys.CATEGORIES, EnumSet.of(Category.EYES, Category.REST));
        settings.set(Keys.FOCUS_AREA, FocusArea.NECK);
        settings.set(Keys.THEME, Theme.DARK);
        Map<String, Object> before = snapshot(settings);
        Path file = dir.resolve("mine.xml");

        SettingsXml.exportTo(settings, file);
        settings.resetAll();
        assertThat(snapshot(settings)).isNotEqualTo(before);
        ChangeRecorder listener = new ChangeRecorder();
        settings.onAnyChange(listener);
        SettingsXml.importFrom(settings, file);

        assertThat(snapshot(settings)).isEqualTo(before);
        assertThat(listener.changes()).hasSize(5);
        assertThat(prefs.open().get(Keys.WORKING_END)).as("flushed").isEqualTo(LocalTime.of(16, 45));
        assertThat(Files.readString(file)).startsWith("<?xml").contains(DOCTYPE.trim())
                .contains("<entry key=\"workingHours.end\" value=\"16:45\"/>");
    }

    @Test
    void the_jdk_reads_our_export_and_we_read_the_jdks() throws Exception {
        Preferences realShapedNode = Preferences.userRoot().node(Settings.NODE); // inside surefire's test root
        try {
            Settings settings = prefs.open();
            settings.set(Keys.DEFER_LIMIT, Duration.ofMinutes(45));
            Path ours = dir.resolve("ours.xml");
            SettingsXml.exportTo(settings, ours);

            try (InputStream in = Files.newInputStream(ours)) {
                Preferences.importPreferences(in);
            }
            assertThat(realShapedNode.get("defer.limit", null)).isEqualTo("2700");

            realShapedNode.put("defer.limit", "600");
            Path theirs = dir.resolve("theirs.xml");
            try (OutputStream out = Files.newOutputStream(theirs)) {
                realShapedNode.exportNode(out);
            }
            SettingsXml.importFrom(settings, theirs);
            assertThat(settings.get(Keys.DEFER_LIMIT)).isEqualTo(Duration.ofMinutes(10));
        } finally {
            Preferences io = realShapedNode.parent();
            realShapedNode.removeNode();
            if (io.keys().length == 0 && io.childrenNames().length == 0) {
                io.removeNode();
            }
            Preferences.userRoot().flush();
        }
    }

    @Test
    void a_partial_file_changes_only_what_it_names() throws Exception {
        Settings settings = prefs.open();
        settings.set(Keys.SOUNDS, false);

        SettingsXml.importFrom(settings, file(entry("popup.placement", "primary_monitor")));

        assertThat(settings.get(Keys.BREAK_PLACEMENT)).isEqualTo(BreakPlacement.PRIMARY_MONITOR);
        assertThat(settings.get(Keys.SOUNDS)).isFalse();
    }

    @Test
    void a_malformed_entry_in_the_middle_refuses_the_whole_file() throws Exception {
        assertRefusedWholly(entry("micro.interval", "half an hour"), "micro.interval", "setting.error.malformed");
    }

    @Test
    void an_out_of_range_entry_in_the_middle_refuses_the_whole_file() throws Exception {
        assertRefusedWholly(entry("stretch.interval", "60"), "stretch.interval", "setting.error.durationRange");
    }

    @Test
    void an_unknown_entry_in_the_middle_refuses_the_whole_file() throws Exception {
        assertRefusedWholly(entry("volume", "11"), "volume", "setting.error.unknownKey");
    }

    @Test
    void an_entry_outside_our_node_is_unknown() throws Exception {
        Settings settings = prefs.open();
        Path file = dir.resolve("other.xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + DOCTYPE
                + "<preferences EXTERNAL_XML_VERSION=\"1.0\"><root type=\"user\"><map/>"
                + "<node name=\"io\"><map><entry key=\"x\" value=\"1\"/></map><node name=\"unknot\"><map>"
                + entry("sound.enabled", "false") + "</map></node></node></root></preferences>");

        assertThatThrownBy(() -> SettingsXml.importFrom(settings, file)).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.entry()).contains("/io/x"));
        assertThat(settings.get(Keys.SOUNDS)).isTrue();
    }

    @Test
    void a_file_that_is_not_settings_is_refused_with_a_reason() throws Exception {
        Settings settings = prefs.open();
        Path notXml = dir.resolve("notes.xml");
        Files.writeString(notXml, "micro.interval=600\n");
        Path otherApp = dir.resolve("other-app.xml");
        Files.writeString(otherApp, "<?xml version=\"1.0\"?>\n" + DOCTYPE + "<preferences><root type=\"user\"><map/>"
                + "<node name=\"com\"><map/></node></root></preferences>");

        assertThatThrownBy(() -> SettingsXml.importFrom(settings, notXml)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("not a settings file");
        assertThatThrownBy(() -> SettingsXml.importFrom(settings, otherApp)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("/io/unknot");
        assertThatThrownBy(() -> SettingsXml.importFrom(settings, dir.resolve("missing.xml")))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void a_file_nested_twenty_thousand_deep_is_refused_with_a_reason_not_a_stack_overflow() throws Exception {
        Settings settings = prefs.open();
        Path deep = dir.resolve("deep.xml");
        String open = "<node name=\"n\">".repeat(20_000);
        String close = "</node>".repeat(20_000);
        Files.writeString(deep, "<?xml version=\"1.0\"?>\n" + DOCTYPE + "<preferences><root type=\"user\"><map/>"
                + open + close + "</root></preferences>");

        assertThatThrownBy(() -> SettingsXml.importFrom(settings, deep)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("nests its elements more than 64 deep");
    }

    @Test
    void reading_a_file_never_fetches_its_dtd() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            server.configureBlocking(false);
            int port = server.socket().getLocalPort();
            Path file = dir.resolve("remote-dtd.xml");
            Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE preferences SYSTEM \"http://127.0.0.1:"
                    + port + "/preferences.dtd\">\n<preferences><root type=\"user\"><map/><node name=\"io\"><map/>"
                    + "<node name=\"unknot\"><map>" + entry("sound.enabled", "false")
                    + "</map></node></node></root></preferences>");
            Settings settings = prefs.open();

            // A parser that fetched the DTD would hang waiting for our silent server.
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SettingsXml.importFrom(settings, file));

            assertThat(server.accept()).as("connection to the DTD address").isNull();
            assertThat(settings.get(Keys.SOUNDS)).isFalse();
        }
    }

    @Test
    void an_external_entity_is_never_expanded() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "primary_monitor");
        Path file = dir.resolve("xxe.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE preferences [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<preferences><root type=\"user\"><map/><node name=\"io\"><map/>"
                + "<node name=\"unknot\"><map><entry key=\"popup.placement\" value=\"&x;\"/>"
                + "</map></node></node></root></preferences>");
        Settings settings = prefs.open();

        assertThatThrownBy(() -> SettingsXml.importFrom(settings, file)).isInstanceOfAny(java.io.IOException.class,
                InvalidSettingException.class);
        assertThat(settings.get(Keys.BREAK_PLACEMENT)).isEqualTo(BreakPlacement.POINTER_MONITOR);
    }

    @Test
    void a_refusal_reads_well_in_each_language() throws Exception {
        Settings settings = prefs.open();
        Path file = file(entry("micro.postponeLimit", "12"));
        Messages english = new Language(Locale.ENGLISH).messages("settings");
        Messages german = new Language(Locale.GERMAN).messages("settings");
        assertThatThrownBy(() -> SettingsXml.importFrom(settings, file))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.localizedMessage(english))
                            .isEqualTo("Entry “micro.postponeLimit”: Choose from 0 to 10.");
                    assertThat(e.localizedMessage(german))
                            .isEqualTo("Eintrag „micro.postponeLimit“: Wähle einen Wert von 0 bis 10.");
                });
    }

    private void assertRefusedWholly(String badEntry, String badKey, String problemKey) throws Exception {
        Settings settings = prefs.open();
        settings.set(Keys.MOVEMENT.duration(), Duration.ofMinutes(7));
        Map<String, Object> before = snapshot(settings);
        ChangeRecorder.settle(settings, prefs.userNode());
        Map<String, String> storedBefore = stored();
        ChangeRecorder listener = new ChangeRecorder();
        settings.onAnyChange(listener);
        Path file = file(entry("sound.enabled", "false") + entry("movement.duration", "600") + badEntry
                + entry("theme", "dark"));

        assertThatThrownBy(() -> SettingsXml.importFrom(settings, file)).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> {
                    assertThat(e.entry()).contains(badKey);
                    assertThat(e.problem().messageKey()).isEqualTo(problemKey);
                    assertThat(e.getMessage()).contains(badKey);
                    assertThat(e.localizedMessage(new Language(Locale.ENGLISH).messages("settings"))).contains(badKey);
                });

        ChangeRecorder.settle(settings, prefs.userNode());
        assertThat(snapshot(settings)).isEqualTo(before);
        assertThat(stored()).isEqualTo(storedBefore);
        assertThat(listener.changes()).isEmpty();
    }

    private Map<String, String> stored() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : prefs.userNode().keys()) {
            values.put(key, prefs.userNode().get(key, null));
        }
        return values;
    }

    private static Map<String, Object> snapshot(Settings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Setting<?> setting : Keys.all()) {
            values.put(setting.key(), settings.get(setting));
        }
        return values;
    }

    private static String entry(String key, String value) {
        return "<entry key=\"" + key + "\" value=\"" + value + "\"/>";
    }

    private Path file(String entries) throws Exception {
        Path file = Files.createTempFile(dir, "import", ".xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + DOCTYPE
                + "<preferences EXTERNAL_XML_VERSION=\"1.0\">\n  <root type=\"user\">\n    <map/>\n"
                + "    <node name=\"io\">\n      <map/>\n      <node name=\"unknot\">\n        <map>\n"
                + entries + "\n        </map>\n      </node>\n    </node>\n  </root>\n</preferences>\n");
        return file;
    }
}
