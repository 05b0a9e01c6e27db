package io.unknot.core.suggest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogFieldsTest {

    @ParameterizedTest
    @CsvSource({"20s, 20", "3m, 180", "3 min, 180", "1m30s, 90", "1h, 3600", "1h 5m, 3900", "90 sec, 90",
            "4h, 14400"})
    void durationsAreReadInTheShortFormsPeopleWrite(String text, long seconds) throws MalformedEntry {
        assertThat(CatalogFields.duration(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20", "soon", "0s", "5h", "-3m", "3m 20", "1,5m"})
    void unclearOrOutOfRangeDurationsAreRejected(String text) {
        assertThatThrownBy(() -> CatalogFields.duration(text)).isInstanceOf(MalformedEntry.class)
                .hasMessageContaining("duration");
    }

    @ParameterizedTest
    @CsvSource({"upper_back, UPPER_BACK", "Upper-Back, UPPER_BACK", "upper back, UPPER_BACK", "NECK, NECK"})
    void enumNamesIgnoreCaseAndAcceptDashesAndSpaces(String text, BodyArea expected) throws MalformedEntry {
        assertThat(CatalogFields.constant(BodyArea.class, text, "body area")).isEqualTo(expected);
    }
}
