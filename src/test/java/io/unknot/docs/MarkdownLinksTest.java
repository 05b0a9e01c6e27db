package io.unknot.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link and image in the project's Markdown files points at a file that exists, and every
 * {@code #anchor} at a heading that exists (GitHub's rules for heading anchors). Links to the web are not followed:
 * Unknot's build makes no network calls.
 */
class MarkdownLinksTest {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules");

    private final Path root = Path.of("").toAbsolutePath();
    private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

    @Test
    void everyRelativeLinkAndAnchorInTheMarkdownFilesResolves() throws IOException {
        List<Path> documents = markdownFiles();
        List<String> broken = new ArrayList<>();
        int links = 0;

        for (Path document : documents) {
            for (String target : links(document)) {
                links++;
                problem(document, target).ifPresent(p -> broken.add(root.relativize(document) + ": (" + target
                        + ") " + p));
            }
        }

        assertThat(documents).as("Markdown files found").isNotEmpty();
        assertThat(links).as("links checked").isPositive();
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertThat(anchor("`status --json` contract")).isEqualTo("status---json-contract");
        assertThat(anchor("Linux (.deb, and .rpm)")).isEqualTo("linux-deb-and-rpm");
        assertThat(anchor("Pause, working hours, presenting, daily limit"))
                .isEqualTo("pause-working-hours-presenting-daily-limit");
        assertThat(anchor("History: a crash-safe journal")).isEqualTo("history-a-crash-safe-journal");
    }

    private Optional<String> problem(Path document, String target) throws IOException {
        if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
            return Optional.empty();
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        Path file = pathPart.isEmpty() ? document : document.getParent().resolve(pathPart).normalize();
        if (!file.startsWith(root)) {
            return Optional.of("points outside the repository");
        }
        if (!Files.exists(file)) {
            return Optional.of("no such file");
        }
        if (hash < 0) {
            return Optional.empty();
        }
        String fragment = target.substring(hash + 1);
        if (!file.toString().endsWith(".md")) {
            return Optional.of("an anchor into a file that is not Markdown");
        }
        return anchors(file).contains(fragment) ? Optional.empty()
                : Optional.of("no heading with anchor #" + fragment);
    }

    private List<Path> markdownFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md")).filter(p -> !skipped(p)).sorted().toList();
        }
    }

    private boolean skipped(Path file) {
        for (Path part : root.relativize(file)) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The link targets outside code blocks and inline code. */
    private static List<String> links(Path document) throws IOException {
        List<String> targets = new ArrayList<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(document)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher m = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        return targets;
    }

    private Set<String> anchors(Path file) throws IOException {
        Set<String> known = anchorsByFile.get(file);
        if (known != null) {
            return known;
        }
        Set<String> found = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(file)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!inFence && m.matches()) {
                String base = anchor(m.group(1));
                int n = seen.merge(base, 1, Integer::sum) - 1;
                found.add(n == 0 ? base : base + "-" + n);
            }
        }
        anchorsByFile.put(file, found);
        return found;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
    static String anchor(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
            } else if (c == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }
}
