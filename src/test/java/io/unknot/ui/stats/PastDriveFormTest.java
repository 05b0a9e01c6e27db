package io.unknot.ui.stats;

import io.unknot.core.FakeTime;
import io.unknot.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PastDriveFormTest {

    private final Language language = new Language(Locale.ENGLISH);
    private final FakeTime now = FakeTime.at("2025-03-30T18:00", "Europe/Berlin");

    @Test
    void aDriveIsReadFromDateStartAndLengthInTheUsersZone() {
        language.setLocale(Locale.ENGLISH);
        PastDriveForm.Result result = new PastDriveForm(language, now).read(" 2025-03-29 ", "7:45", "1:30");

        assertThat(result.problems()).isEmpty();
        assertThat(result.drive()).contains(new PastDriveForm.Drive(
                LocalDateTime.parse("2025-03-29T07:45").atZone(ZoneId.of("Europe/Berlin")).toInstant(),
                Duration.ofMinutes(90)));
        assertThat(new PastDriveForm(language, now).read("2025-03-29", "07:45", "45").drive().orElseThrow().length())
                .isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void eachBadFieldGetsItsOwnMessage() {
        language.setLocale(Locale.ENGLISH);
        PastDriveForm.Result result = new PastDriveForm(language, now).read("29/03/2025", "7.45", "0:00");

        assertThat(result.drive()).isEmpty();
        assertThat(result.problems()).extracting(PastDriveForm.Problem::field, PastDriveForm.Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PastDriveForm.Field.DATE, "Enter a date like 2025-03-30."),
                        org.assertj.core.groups.Tuple.tuple(PastDriveForm.Field.TIME,
                                "Enter a time like 7:45 or 17:30."),
                        org.assertj.core.groups.Tuple.tuple(PastDriveForm.Field.LENGTH,
                                "Enter a length from 0:01 to 24:00, like 1:30."));
    }

    @Test
    void aDriveThatHasNotEndedYetIsRefusedInGerman() {
        language.setLocale(Locale.GERMAN);
        PastDriveForm.Result result = new PastDriveForm(language, now).read("30.03.2025", "17:30", "1:00");

        assertThat(result.drive()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(PastDriveForm.Field.DRIVE);
            assertThat(p.message()).isEqualTo("Die Fahrt muss schon zu Ende sein (sie würde um 18:30 enden).");
        });
    }

    @Test
    void aStartInsideTheSpringGapMovesForwardLikeTheClockDid() {
        language.setLocale(Locale.ENGLISH);
        // 02:30 does not exist in Berlin on 30 March 2025: the clocks went from 02:00 to 03:00.
        PastDriveForm.Result result = new PastDriveForm(language, now).read("2025-03-30", "2:30", "0:30");

        assertThat(result.drive().orElseThrow().start())
                .isEqualTo(LocalDateTime.parse("2025-03-30T03:30").atZone(ZoneId.of("Europe/Berlin")).toInstant());
    }
}
