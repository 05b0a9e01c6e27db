package io.unknot.platform.autostart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DesktopEntryTest {

    @Test
    void the_entry_runs_the_launcher_and_carries_the_marker() {
        String content = DesktopEntry.content(new LaunchCommand(List.of("/opt/unknot/bin/Unknot")));

        assertThat(content.lines()).startsWith("[Desktop Entry]")
                .contains("Type=Application", "Name=Unknot", "TryExec=/opt/unknot/bin/Unknot",
                        "Exec=/opt/unknot/bin/Unknot", "X-Unknot-Autostart=true");
        assertThat(DesktopEntry.isOurs(content)).isTrue();
    }

    @Test
    void a_file_without_the_marker_is_the_users() {
        assertThat(DesktopEntry.isOurs("[Desktop Entry]\nType=Application\nExec=unknot\n")).isFalse();
    }

    @Test
    void plain_arguments_stay_unquoted() {
        assertThat(DesktopEntry.exec(List.of("/usr/bin/java", "-XX:+UseSerialGC", "-jar", "/opt/u/unknot.jar")))
                .isEqualTo("/usr/bin/java -XX:+UseSerialGC -jar /opt/u/unknot.jar");
    }

    @Test
    void a_path_with_a_space_is_quoted() {
        assertThat(DesktopEntry.exec(List.of("java", "-jar", "/home/ann/My Apps/unknot.jar")))
                .isEqualTo("java -jar \"/home/ann/My Apps/unknot.jar\"");
    }

    @Test
    void dollar_quote_and_backtick_are_escaped_inside_quotes() {
        assertThat(DesktopEntry.exec(List.of("/a/$x \"y\" `z`.jar")))
                .isEqualTo("\"/a/\\\\$x \\\\\"y\\\\\" \\\\`z\\\\`.jar\"");
    }

    @Test
    void a_literal_backslash_in_a_quoted_argument_takes_four_backslashes() {
        assertThat(DesktopEntry.exec(List.of("/a\\b"))).isEqualTo("\"/a\\\\\\\\b\"");
    }

    @Test
    void a_percent_sign_is_doubled_so_it_is_not_a_field_code() {
        assertThat(DesktopEntry.exec(List.of("/home/ann/100%/unknot.jar"))).isEqualTo("/home/ann/100%%/unknot.jar");
    }

    @Test
    void a_line_break_in_a_path_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> DesktopEntry.content(new LaunchCommand(List.of("/a\nb"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
    }
}
