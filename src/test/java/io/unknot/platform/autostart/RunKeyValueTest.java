package io.unknot.platform.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunKeyValueTest {

    @Test
    void the_installed_launcher_is_one_quoted_path() {
        assertThat(RunKeyValue.data(new LaunchCommand(List.of("C:\\Program Files\\Unknot\\Unknot.exe"))))
                .isEqualTo("\"C:\\Program Files\\Unknot\\Unknot.exe\"");
    }

    @Test
    void a_jar_run_quotes_each_argument() {
        assertThat(RunKeyValue.data(new LaunchCommand(List.of("C:\\Java\\bin\\javaw.exe", "-jar",
                "C:\\Users\\Ann Lee\\unknot.jar"))))
                .isEqualTo("\"C:\\Java\\bin\\javaw.exe\" \"-jar\" \"C:\\Users\\Ann Lee\\unknot.jar\"");
    }

    @Test
    void backslashes_before_a_quote_are_doubled_and_the_quote_escaped() {
        assertThat(RunKeyValue.quote("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
    }

    @Test
    void trailing_backslashes_are_doubled_so_they_do_not_escape_the_closing_quote() {
        assertThat(RunKeyValue.quote("C:\\dir\\")).isEqualTo("\"C:\\dir\\\\\"");
    }

    @Test
    void the_value_lives_under_the_per_user_run_key() {
        assertThat(RunKeyValue.KEY).isEqualTo("Software\\Microsoft\\Windows\\CurrentVersion\\Run");
        assertThat(RunKeyValue.NAME).isEqualTo("Unknot");
    }
}
