package io.unknot.ui.icons;

import io.unknot.ui.Statuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;

import static io.unknot.core.BreakKind.DRIVING;
import static io.unknot.core.BreakKind.STRETCH;
import static io.unknot.core.EngineState.ACTIVE;
import static io.unknot.core.EngineState.OFF_HOURS;
import static io.unknot.core.EngineState.ON_BREAK;
import static io.unknot.core.EngineState.PAUSED;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

class TrayIconsTest {

    @ParameterizedTest
    @EnumSource(TrayIconState.class)
    void everyStateHasEveryTraySizeWithTransparentCorners(TrayIconState state) {
        for (int size : TrayIcons.SIZES) {
            BufferedImage image = TrayIcons.image(state, size);
            assertThat(image.getWidth()).as("%s at %d", state, size).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
            assertThat(image.getColorModel().hasAlpha()).isTrue();
            assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
            assertThat(image.getRGB(size / 2, size / 2) >>> 24).as("centre alpha").isEqualTo(255);
        }
    }

    @Test
    void anOddTraySizeGetsTheNextLargerPicture() {
        assertThat(TrayIcons.bestSize(16)).isEqualTo(16);
        assertThat(TrayIcons.bestSize(20)).isEqualTo(22);
        assertThat(TrayIcons.bestSize(30)).isEqualTo(32);
        assertThat(TrayIcons.bestSize(128)).isEqualTo(64);
    }

    @Test
    void theStateFollowsTheEngine() {
        assertThat(TrayIconState.of(Statuses.at(ACTIVE).next(STRETCH, ofMinutes(8)).build()))
                .isEqualTo(TrayIconState.COUNTING);
        assertThat(TrayIconState.of(Statuses.at(ACTIVE).next(STRETCH, ofSeconds(90)).build()))
                .isEqualTo(TrayIconState.DUE_SOON);
        assertThat(TrayIconState.of(Statuses.at(ON_BREAK).onBreak(STRETCH, ofSeconds(90)).build()))
                .isEqualTo(TrayIconState.ON_BREAK);
        assertThat(TrayIconState.of(Statuses.at(PAUSED).build())).isEqualTo(TrayIconState.PAUSED);
        assertThat(TrayIconState.of(Statuses.at(OFF_HOURS).build())).isEqualTo(TrayIconState.PAUSED);
        assertThat(TrayIconState.of(Statuses.at(io.unknot.core.EngineState.DRIVING).driving(ofMinutes(20))
                .next(DRIVING, ofMinutes(100)).build())).isEqualTo(TrayIconState.DRIVING);
        assertThat(TrayIconState.of(Statuses.at(io.unknot.core.EngineState.DRIVING).driving(ofMinutes(119))
                .next(DRIVING, ofMinutes(1)).build())).isEqualTo(TrayIconState.DUE_SOON);
    }
}
