package io.unknot.settings;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of settings itself, and the reference table in docs/settings.md made from it. */
class KeysTest {

    @Test
    void every_key_is_unique_and_found_by_its_name() {
        Set<String> seen = new HashSet<>();
        for (Setting<?> setting : Keys.all()) {
            assertThat(seen.add(setting.key())).as("duplicate " + setting.key()).isTrue();
            assertThat(Keys.byKey(setting.key())).containsSame(setting);
        }
        assertThat(Keys.byKey("no.such.key")).isEmpty();
    }

    @Test
    void the_reference_table_has_one_described_row_per_key() {
        String table = KeysTable.markdown();

        assertThat(table.lines().count()).isEqualTo(Keys.all().size() + 2);
        for (Setting<?> setting : Keys.all()) {
            assertThat(table).containsOnlyOnce("| `" + setting.key() + "` |");
            assertThat(KeysTable.meanings()).as("meaning of " + setting.key()).containsKey(setting.key());
        }
        assertThat(KeysTable.meanings().keySet()).hasSameSizeAs(Keys.all());
        assertThat(table).contains("| `/io/unknot` | `micro.interval` | Active desk time between two micro breaks"
                + " | seconds | `600` (10 min) | `120..3600` (2 min – 1 h) |");
    }

    @Test
    void docs_settings_md_holds_the_table_made_from_keys() throws IOException {
        String document = Files.readString(Path.of("docs", "settings.md"));

        assertThat(document).as("docs/settings.md is out of date with Keys; rewrite its table with "
                        + "java -cp target/test-classes:target/classes io.unknot.settings.KeysTable docs/settings.md")
                .isEqualTo(KeysTable.withTable(document));
    }
}
