package io.unknot.settings;

import io.unknot.core.BreakKind;
import io.unknot.core.BreakSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings wrapper against real java.util.prefs (isolated test nodes, never the user's own settings). */
class SettingsTest {

    private TestPrefs prefs;
    private LogCapture log;

    @BeforeEach
    void setUp() {
        prefs = TestPrefs.create();
        log = LogCapture.of(SettingsStore.class);
    }

    @AfterEach
    void tearDown() throws Exception {
        log.close();
        prefs.close();
    }

    @Test
    void a_fresh_node_gives_every_default() {
        Settings settings = prefs.open();

        for (Setting<?> setting : Keys.all()) {
            assertThat((Object) settings.get(setting)).as(setting.key()).isEqualTo(setting.defaultValue());
        }
        assertThat(settings.breakSettings()).isEqualTo(BreakSettings.DEFAULTS);
        assertThat(log.warnings()).isEmpty();
    }

    static Stream<Setting<?>> rangedSettings() {
        return Keys.all().stream().filter(s -> s.min().isPresent());
    }

    @ParameterizedTest
    @MethodSource("rangedSettings")
    void a_value_just_outside_the_range_is_refused_and_nothing_is_stored(Setting<?> setting) {
        Settings settings = prefs.open();
        ChangeRecorder listener = new ChangeRecorder();
        settings.onAnyChange(listener);

        assertRefused(settings, setting, below(setting.min().orElseThrow()));
        assertRefused(settings, setting, above(setting.max().orElseThrow()));

        assertThat(prefs.userNode().get(setting.key(), null)).isNull();
        assertThat((Object) settings.get(setting)).isEqualTo(setting.defaultValue());
        assertThat(listener.changes()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("rangedSettings")
    void the_range_edges_themselves_are_accepted(Setting<?> setting) throws Exception {
        Settings settings = prefs.open();

        setRaw(settings, setting, setting.min().orElseThrow());
        assertThat((Object) settings.get(setting)).isEqualTo(setting.min().orElseThrow());
        setRaw(settings, setting, setting.max().orElseThrow());
        assertThat((Object) settings.get(setting)).isEqualTo(setting.max().orElseThrow());
    }

    @Test
    void an_empty_set_of_working_days_or_categories_is_refused() {
        Settings settings = prefs.open();

        assertThatThrownBy(() -> settings.set(Keys.WORKING_DAYS, Set.of()))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isSameAs(Keys.WORKING_DAYS);
                    assertThat(e.problem().messageKey()).isEqualTo("setting.error.setTooSmall");
                });
        assertThatThrownBy(() -> settings.set(Keys.CATEGORIES, Set.of())).isInstanceOf(InvalidSettingException.class);
        assertThat(prefs.userNode().get(Keys.WORKING_DAYS.key(), null)).isNull();
    }

    @Test
    void a_stored_value_is_flushed_to_disk_for_the_next_launch() throws Exception {
        Settings settings = prefs.open();

        settings.set(Keys.STRETCH.interval(), Duration.ofMinutes(50));
        settings.set(Keys.STRETCH.duration(), Duration.ofMinutes(4));

        Path file = Path.of(System.getProperty("java.util.prefs.userRoot"), ".java", ".userPrefs",
                prefs.userRoot().name(), "io", "unknot", "prefs.xml");
        // Saved in the background, without anyone asking.
        eventually("the background save", Duration.ofSeconds(5),
                () -> Files.exists(file) && Files.readString(file).contains("\"stretch.duration\" value=\"240\""));
        assertThat(Files.readString(file)).contains("key=\"stretch.interval\" value=\"3000\"")
                .contains("key=\"stretch.duration\" value=\"240\"");

        settings.set(Keys.STRETCH.interval(), Duration.ofMinutes(55));
        settings.flush();
        assertThat(Files.readString(file)).contains("key=\"stretch.interval\" value=\"3300\"");
    }

    @Test
    void a_malformed_stored_value_falls_back_to_the_default_with_one_warning() {
        prefs.userNode().put("micro.interval", "ten minutes");
        prefs.userNode().put("workingHours.days", "monday,caturday");

        Settings settings = prefs.open();
        for (int i = 0; i < 5; i++) {
            assertThat(settings.get(Keys.MICRO.interval())).isEqualTo(Keys.MICRO.interval().defaultValue());
            assertThat(settings.get(Keys.WORKING_DAYS)).isEqualTo(Keys.WORKING_DAYS.defaultValue());
            settings.breakSettings();
        }

        assertThat(log.warnings()).hasSize(2);
        assertThat(log.warnings()).filteredOn(w -> w.contains("micro.interval") && w.contains("ten minutes"))
                .hasSize(1);
        assertThat(log.warnings()).filteredOn(w -> w.contains("workingHours.days") && w.contains("caturday"))
                .hasSize(1);
    }

    @Test
    void an_out_of_range_stored_value_falls_back_with_one_warning() {
        prefs.userNode().put("stretch.duration", "99999");
        prefs.userNode().put("micro.postponeLimit", "-1");

        Settings settings = prefs.open();
        settings.get(Keys.STRETCH.duration());
        settings.get(Keys.STRETCH.duration());

        assertThat(settings.get(Keys.STRETCH.duration())).isEqualTo(Keys.STRETCH.duration().defaultValue());
        assertThat(settings.get(Keys.MICRO.postponeLimit())).isEqualTo(Keys.MICRO.postponeLimit().defaultValue());
        assertThat(log.warnings()).hasSize(2);
        assertThat(log.warnings().get(0) + log.warnings().get(1))
                .contains("stretch.duration", "99999", "micro.postponeLimit", "\"-1\"");
    }

    @Test
    void a_corrupt_value_written_while_running_is_caught_with_one_warning() throws Exception {
        Settings settings = prefs.open();
        settings.set(Keys.MICRO.interval(), Duration.ofMinutes(15));
        settings.flush();
        ChangeRecorder listener = new ChangeRecorder();
        settings.onAnyChange(listener);

        prefs.userNode().put("micro.interval", "#!?");

        assertThat(listener.awaitChanges(1)).containsExactly("micro.interval: PT15M -> PT10M");
        ChangeRecorder.settle(settings, prefs.userNode());
        settings.get(Keys.MICRO.interval());
        assertThat(log.warnings()).singleElement().asString().contains("micro.interval", "#!?");
    }

    @Test
    void an_unreadable_value_never_stops_start_up() {
        for (Setting<?> setting : Keys.all()) {
            prefs.userNode().put(setting.key(), "garbage");
        }

        Settings settings = prefs.open();

        assertThat(settings.breakSettings()).isEqualTo(BreakSettings.DEFAULTS);
        assertThat(log.warnings()).hasSize(Keys.all().size());
    }

    @Test
    void a_system_preset_replaces_the_default_and_the_user_value_overrides_it() throws Exception {
        prefs.presetNode().put("micro.interval", "1200");
        prefs.presetNode().put("sound.enabled", "false");
        prefs.presetNode().flush();

        Settings settings = prefs.open();
        assertThat(settings.get(Keys.MICRO.interval())).isEqualTo(Duration.ofMinutes(20));
        assertThat(settings.get(Keys.SOUNDS)).isFalse();

        settings.set(Keys.MICRO.interval(), Duration.ofMinutes(25));
        assertThat(settings.get(Keys.MICRO.interval())).isEqualTo(Duration.ofMinutes(25));
        assertThat(prefs.presetNode().get("micro.interval", null)).isEqualTo("1200");

        settings.reset(Keys.MICRO.interval());
        assertThat(settings.get(Keys.MICRO.interval())).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void an_administrators_hand_written_prefs_file_is_read_as_presets() throws Exception {
        // What docs/administrators.md tells administrators to write into /etc/.java/.systemPrefs/io/unknot/prefs.xml.
        Path dir = Path.of(System.getProperty("java.util.prefs.systemRoot"), ".systemPrefs",
                prefs.systemRoot().name(), "io", "unknot");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                  <entry key="stretch.interval" value="3600"/>
                  <entry key="workingHours.enabled" value="true"/>
                </map>
                """);

        Settings settings = prefs.open();

        assertThat(settings.get(Keys.STRETCH.interval())).isEqualTo(Duration.ofHours(1));
        assertThat(settings.get(Keys.WORKING_HOURS_ENABLED)).isTrue();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void the_system_root_is_only_asked_for_where_it_exists(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Path javaHome = Files.createDirectories(temp.resolve("jdk"));
        Path etc = Files.createDirectories(temp.resolve("etc-java"));

        assertThat(Settings.systemRootUsable("Linux", etc.toString(), javaHome.toString())).isFalse();
        Files.createDirectories(etc.resolve(".systemPrefs"));
        assertThat(Settings.systemRootUsable("Linux", etc.toString(), javaHome.toString())).isTrue();
        Files.createDirectories(javaHome.resolve(".systemPrefs"));
        assertThat(Settings.systemRootUsable("Linux", temp.resolve("none").toString(), javaHome.toString()))
                .isTrue();
        assertThat(Settings.systemRootUsable("Windows 11", null, "")).isTrue();
    }

    @Test
    void a_corrupt_user_value_falls_back_to_a_valid_preset() {
        prefs.presetNode().put("stretch.interval", "3600");
        prefs.userNode().put("stretch.interval", "1 hour");

        assertThat(prefs.open().get(Keys.STRETCH.interval())).isEqualTo(Duration.ofHours(1));
        assertThat(log.warnings()).singleElement().asString().contains("stretch.interval", "1 hour");
    }

    @Test
    void a_corrupt_preset_falls_back_to_the_default() {
        prefs.presetNode().put("theme", "purple");

        assertThat(prefs.open().get(Keys.THEME)).isEqualTo(Theme.SYSTEM);
        assertThat(log.warnings()).singleElement().asString().contains("theme", "purple");
    }

    @Test
    void listeners_hear_each_real_change_once_and_a_same_value_set_not_at_all() throws Exception {
        Settings settings = prefs.open();
        ChangeRecorder listener = new ChangeRecorder();
        settings.onAnyChange(listener);

        settings.set(Keys.THEME, Theme.DARK);
        settings.set(Keys.THEME, Theme.DARK);
        settings.set(Keys.SOUNDS, true); // already the default
        settings.set(Keys.MICRO.postponeLimit(), 5);
        ChangeRecorder.settle(settings, prefs.userNode());

        assertThat(listener.changes()).containsExactly("theme: SYSTEM -> DARK", "micro.postponeLimit: 3 -> 5");
    }

    @Test
    void a_direct_write_to_the_node_reaches_listeners_once() throws Exception {
        Settings settings = prefs.open();
        ChangeRecorder listener = new ChangeRecorder();
        settings.onAnyChange(listener);

        prefs.userNode().put("popup.placement", "primary_monitor");

        assertThat(listener.awaitChanges(1)).containsExactly("popup.placement: POINTER_MONITOR -> PRIMARY_MONITOR");
        assertThat(settings.get(Keys.BREAK_PLACEMENT)).isEqualTo(BreakPlacement.PRIMARY_MONITOR);
        ChangeRecorder.settle(settings, prefs.userNode());
        assertThat(listener.changes()).hasSize(1);
    }

    @Test
    void reset_brings_back_the_defaults_and_tells_listeners() throws Exception {
        Settings settings = prefs.open();
        settings.set(Keys.FIXED_INTERVAL, true);
        settings.set(Keys.WORKING_START, LocalTime.of(7, 30));
        ChangeRecorder listener = new ChangeRecorder();
        settings.onAnyChange(listener);

        settings.resetAll();
        ChangeRecorder.settle(settings, prefs.userNode());

        assertThat(listener.changes()).containsExactlyInAnyOrder("fixedInterval: true -> false",
                "workingHours.start: 07:30 -> 08:00");
        assertThat(prefs.userNode().keys()).isEmpty();
    }

    @Test
    void removed_listeners_hear_nothing() throws Exception {
        Settings settings = prefs.open();
        ChangeRecorder listener = new ChangeRecorder();
        settings.onAnyChange(listener).close();

        settings.set(Keys.SOUNDS, false);

        assertThat(listener.changes()).isEmpty();
    }

    @Test
    void a_typed_subscription_hears_only_its_setting_with_its_type() throws Exception {
        Settings settings = prefs.open();
        List<Duration> idle = new CopyOnWriteArrayList<>();
        List<Theme> themes = new CopyOnWriteArrayList<>();
        settings.onChange(Keys.IDLE_THRESHOLD, idle::add);
        Subscription themeSubscription = settings.onChange(Keys.THEME, themes::add);

        settings.set(Keys.IDLE_THRESHOLD, Duration.ofMinutes(4));
        settings.set(Keys.THEME, Theme.DARK);
        settings.set(Keys.SOUNDS, false);
        themeSubscription.close();
        settings.set(Keys.THEME, Theme.LIGHT);
        settings.reset(Keys.IDLE_THRESHOLD);

        assertThat(idle).containsExactly(Duration.ofMinutes(4), Keys.IDLE_THRESHOLD.defaultValue());
        assertThat(themes).containsExactly(Theme.DARK);
    }

    @Test
    void break_settings_follow_the_stored_values() throws Exception {
        Settings settings = prefs.open();
        settings.set(Keys.STRETCH.interval(), Duration.ofMinutes(30));
        settings.set(Keys.DRIVING.strict(), true);
        settings.set(Keys.WORKING_HOURS_ENABLED, true);
        settings.set(Keys.WORKING_DAYS, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        settings.set(Keys.IDLE_THRESHOLD, Duration.ofSeconds(45));
        settings.set(Keys.ESCALATE_AFTER, 0);

        BreakSettings mapped = settings.breakSettings();

        assertThat(mapped.rule(BreakKind.STRETCH).interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(mapped.rule(BreakKind.DRIVING).strict()).isTrue();
        assertThat(mapped.rule(BreakKind.MICRO)).isEqualTo(BreakSettings.DEFAULTS.rule(BreakKind.MICRO));
        assertThat(mapped.workingHours().enabled()).isTrue();
        assertThat(mapped.workingHours().days()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(mapped.idleThreshold()).isEqualTo(Duration.ofSeconds(45));
        assertThat(mapped.escalateAfter()).isZero();
    }

    @Test
    void stored_names_are_read_in_any_case() {
        prefs.userNode().put("suggestions.focus", "Lower_Back");
        prefs.userNode().put("workingHours.days", "MONDAY,Friday");

        Settings settings = prefs.open();

        assertThat(settings.get(Keys.FOCUS_AREA).name()).isEqualTo("LOWER_BACK");
        assertThat(settings.get(Keys.WORKING_DAYS)).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(log.warnings()).isEmpty();
    }

    private static void assertRefused(Settings settings, Setting<?> setting, Object value) {
        assertThatThrownBy(() -> setRaw(settings, setting, value))
                .as("%s = %s", setting.key(), value)
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isSameAs(setting);
                    assertThat(e.problem().messageKey()).startsWith("setting.error.");
                    assertThat(e.getMessage()).contains(setting.key());
                });
    }

    @SuppressWarnings("unchecked")
    private static void setRaw(Settings settings, Setting<?> setting, Object value) throws InvalidSettingException {
        settings.set((Setting<Object>) setting, value);
    }

    private static Object below(Object min) {
        return min instanceof Duration d ? d.minusSeconds(1) : (Integer) min - 1;
    }

    private static Object above(Object max) {
        return max instanceof Duration d ? d.plusSeconds(1) : (Integer) max + 1;
    }
}
