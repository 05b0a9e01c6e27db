package io.unknot.ui.theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the desktop's light or dark preference, with the desktop's commands played by a script. */
class SystemAppearanceTest {

    private final List<String> ran = new ArrayList<>();

    @Test
    void gnome_preferring_dark_means_dark() {
        assertThat(linux(Map.of(), Map.of("color-scheme", "'prefer-dark'")).prefersDark()).isTrue();
    }

    @Test
    void gnome_default_scheme_with_a_light_gtk_theme_means_light() {
        assertThat(linux(Map.of(), Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita'")).prefersDark())
                .isFalse();
    }

    @Test
    void an_older_desktop_with_a_dark_gtk_theme_means_dark() {
        assertThat(linux(Map.of(), Map.of("gtk-theme", "'Yaru-dark'")).prefersDark()).isTrue();
    }

    @Test
    void an_explicit_light_preference_wins_over_a_dark_theme_name() {
        assertThat(linux(Map.of(), Map.of("color-scheme", "'prefer-light'", "gtk-theme", "'Adwaita-dark'"))
                .prefersDark()).isFalse();
    }

    @Test
    void gtk_theme_in_the_environment_is_enough_and_runs_nothing() {
        assertThat(linux(Map.of("GTK_THEME", "Adwaita:dark"), Map.of()).prefersDark()).isTrue();
        assertThat(ran).isEmpty();
    }

    @Test
    void without_gsettings_it_is_light() {
        assertThat(linux(Map.of(), Map.of()).prefersDark()).isFalse();
        assertThat(ran).allMatch(command -> command.startsWith("gsettings get org.gnome.desktop.interface"));
    }

    @Test
    void macos_dark_mode_means_dark() {
        SystemAppearance mac = new SystemAppearance("Mac OS X", Map.of(), command -> {
            ran.add(String.join(" ", command));
            return Optional.of("Dark");
        });
        SystemAppearance lightMac = new SystemAppearance("Mac OS X", Map.of(), command -> Optional.empty());

        assertThat(mac.prefersDark()).isTrue();
        assertThat(ran).containsExactly("defaults read -g AppleInterfaceStyle");
        assertThat(lightMac.prefersDark()).isFalse();
    }

    @Test
    void the_real_gsettings_on_the_path_is_asked(@TempDir Path bin) throws Exception {
        Path gsettings = bin.resolve("gsettings");
        Files.writeString(gsettings, "#!/bin/sh\n[ \"$3\" = color-scheme ] && echo \"'prefer-dark'\"\n");
        assertThat(gsettings.toFile().setExecutable(true)).isTrue();

        assertThat(SystemAppearance.withEnvironment("Linux", Map.of("PATH", bin.toString())).prefersDark()).isTrue();
        assertThat(SystemAppearance.withEnvironment("Linux", Map.of("PATH", bin.resolve("none").toString()))
                .prefersDark()).isFalse();
    }

    private SystemAppearance linux(Map<String, String> env, Map<String, String> gsettings) {
        return new SystemAppearance("Linux", env, command -> {
            ran.add(String.join(" ", command));
            return command.get(0).equals("gsettings") ? Optional.ofNullable(gsettings.get(command.get(3)))
                    : Optional.empty();
        });
    }
}
