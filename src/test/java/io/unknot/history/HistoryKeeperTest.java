package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Storage faults never stop Unknot: the keeper runs without history, says why, and heals by itself. */
class HistoryKeeperTest {

    @TempDir
    Path dataDir;

    private final FakeTime clock = FakeTime.at("2025-06-16T09:00", "Europe/Berlin");

    @Test
    void aHistoryFolderThatCannotBeMadeLeavesTheAppWithoutHistoryAndSaysWhy() throws IOException {
        Files.writeString(dataDir.resolve("history"), "not a folder");

        try (HistoryKeeper keeper = HistoryKeeper.open(dataDir, clock)) {
            HistoryKeeper.Health health = keeper.health();
            assertThat(health.state()).isEqualTo(HistoryKeeper.State.UNAVAILABLE);
            assertThat(health.cause()).contains(HistoryKeeper.Cause.NOT_A_FOLDER);
            assertThat(health.troubled()).isTrue();
            assertThat(keeper.store()).isEmpty();
        }
    }

    @Test
    void recordsThatCannotBeWrittenAreCountedAsLostAndHistoryComesBackByItself() throws IOException {
        Path blocker = Files.writeString(dataDir.resolve("history"), "not a folder");
        List<HistoryKeeper.Health> told = new ArrayList<>();
        try (HistoryKeeper keeper = HistoryKeeper.open(dataDir, clock)) {
            keeper.addHealthListener(told::add);

            assertThatThrownBy(() -> keeper.append(minute(0))).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> keeper.append(minute(1))).isInstanceOf(IOException.class);
            assertThat(keeper.health().lost()).isEqualTo(2);

            Files.delete(blocker); // the user fixed it
            clock.advance(Duration.ofSeconds(30));
            assertThatThrownBy(() -> keeper.append(minute(2))).as("retried at most once a minute")
                    .isInstanceOf(IOException.class);
            clock.advance(Duration.ofSeconds(31));
            keeper.append(minute(3));

            assertThat(keeper.health().state()).isEqualTo(HistoryKeeper.State.OK);
            assertThat(keeper.health().lost()).isEqualTo(3);
            assertThat(keeper.store().orElseThrow().readAll()).extracting(HistoryRecord::at)
                    .containsExactly(minute(3).at());
            assertThat(told).last().extracting(HistoryKeeper.Health::state).isEqualTo(HistoryKeeper.State.OK);
        }
    }

    @Test
    void damageSetAsideAtStartUpIsReportedWithTheRecordsLost() throws IOException {
        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            store.append(minute(0));
            store.append(minute(1));
        }
        Path segment;
        try (var files = Files.list(dataDir.resolve("history"))) {
            segment = files.filter(f -> f.getFileName().toString().endsWith(Segments.SUFFIX)).findFirst()
                    .orElseThrow();
        }
        Files.writeString(segment, "garbage one\ngarbage two\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        try (HistoryKeeper keeper = HistoryKeeper.open(dataDir, clock)) {
            assertThat(keeper.health().state()).isEqualTo(HistoryKeeper.State.OK);
            assertThat(keeper.health().lost()).isEqualTo(2);
            assertThat(keeper.health().damage()).isPresent();
            assertThat(keeper.health().troubled()).isTrue();
        }
    }

    @Test
    void theCauseOfAFailureIsToldInTermsTheUserCanActOn() {
        assertThat(HistoryKeeper.causeOf(new java.nio.file.FileSystemException("/d/h", null, "No space left on device")))
                .isEqualTo(HistoryKeeper.Cause.DISK_FULL);
        assertThat(HistoryKeeper.causeOf(new java.nio.file.FileSystemException("/d/h", null, "Read-only file system")))
                .isEqualTo(HistoryKeeper.Cause.READ_ONLY_DISK);
        assertThat(HistoryKeeper.causeOf(new java.nio.file.AccessDeniedException("/d/h")))
                .isEqualTo(HistoryKeeper.Cause.NO_ACCESS);
    }

    private HistoryRecord minute(int n) {
        return HistoryRecord.sitting(clock.instant().plus(Duration.ofMinutes(n)), Activity.DESK, Duration.ofSeconds(60));
    }
}
