package io.unknot.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** No text a user sees is written into the UI code: it all comes from the bundles. */
class UserFacingLiteralsTest {

    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."), "src", "main", "java", "io",
            "unknot");

    @Test
    void ui_and_app_code_hands_no_string_literal_to_a_user_facing_call() throws IOException {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Path root : List.of(SOURCES.resolve("ui"), SOURCES.resolve("app"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    for (LiteralScanner.Finding finding : LiteralScanner.scan(source)) {
                        problems.add(SOURCES.getParent().getParent().relativize(file) + ":" + finding.line() + ": "
                                + finding.call() + " gets the literal " + finding.literal()
                                + " (use language.messages(AREA).text(key))");
                    }
                }
            }
        }
        assertThat(files).as("Java files scanned under " + SOURCES).isPositive();
        assertThat(problems).as("user-facing literals").isEmpty();
    }

    @Test
    void the_scanner_finds_literals_in_user_facing_calls() {
        String source = """
                class X {
                    void build() {
                        label.setText("Take a break");
                        frame.setTitle(
                            "Unknot " + version);
                        add(new JButton("OK"));
                        JOptionPane.showMessageDialog(parent, "Saved", title, INFO);
                        box.getAccessibleContext().setAccessibleName(on ? "On" : "Off");
                        status.setText(String.format("%d min left", minutes));
                        new TitledBorder("Breaks");
                        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "hh:mm");
                        item.setToolTipText(\"""
                            Long text\""");
                        note.setText("<html><b>Note:</b> " + text + "</html>");
                        sign.setText("Sitting > 5");
                    }
                }
                """;

        assertThat(LiteralScanner.scan(source)).extracting(LiteralScanner.Finding::line)
                .containsExactly(3, 5, 6, 7, 8, 8, 9, 10, 11, 12, 14, 15);
    }

    @Test
    void the_scanner_leaves_bundle_keys_icons_names_and_comments_alone() {
        String source = """
                class X {
                    // label.setText("in a comment");
                    /* new JLabel("in a block comment") */
                    void build() {
                        label.setText(texts.text("break.title"));
                        label.setText(texts.text("break.left", minutes) + " · " + rest);
                        button.setName("settings.close");
                        new JLabel(new FlatSVGIcon("icons/unknot.svg"));
                        label.setText("");
                        label.setText(": ");
                        log.info("setText(\\"not a call\\")");
                        char quote = '"';
                        dash.setAccessibleName(" \\u2013 ");
                        intro.setText("<html><body style='width:" + width + "px'>" + body + "</body></html>");
                        addTab(tabs, "tab.week", week);
                        label.setText(language.messages("tray").text("status", quote));
                    }
                }
                """;

        assertThat(LiteralScanner.scan(source)).isEmpty();
    }
}
