package io.unknot.platform.dbus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Following applications' screen-saver inhibitions from the messages a bus monitor sees. */
class InhibitCookiesTest {

    private static final String SAVER = ":1.5";
    private static final String PLAYER = ":1.40";
    private final InhibitCookies cookies = new InhibitCookies();

    @Test
    void an_inhibit_holds_from_its_reply_until_the_cookie_is_given_back() {
        cookies.inhibitCalled(PLAYER, 7);
        assertThat(cookies.any()).as("no cookie yet").isFalse();
        assertThat(cookies.awaits(PLAYER, 7)).isTrue();
        assertThat(cookies.awaits(PLAYER, 8)).as("another call").isFalse();
        cookies.replied(SAVER, PLAYER, 7, 3);
        assertThat(cookies.awaits(PLAYER, 7)).as("answered").isFalse();
        assertThat(cookies.any()).isTrue();

        cookies.uninhibitCalled(PLAYER, 3);
        assertThat(cookies.any()).isFalse();
    }

    @Test
    void a_cookie_given_back_by_another_client_or_another_cookie_ends_nothing() {
        holds(PLAYER, 7, 3);

        cookies.uninhibitCalled(":1.41", 3);
        cookies.uninhibitCalled(PLAYER, 4);
        assertThat(cookies.any()).isTrue();
    }

    @Test
    void replies_to_other_calls_and_refused_calls_hold_nothing() {
        cookies.replied(SAVER, PLAYER, 8, 3); // GetSessionIdleTime's answer, say
        cookies.inhibitCalled(PLAYER, 9);
        cookies.failed(PLAYER, 9);
        cookies.replied(SAVER, PLAYER, 9, 4);
        assertThat(cookies.any()).isFalse();
    }

    @Test
    void a_client_leaving_the_bus_ends_its_own_inhibitions_only() {
        holds(PLAYER, 7, 3);
        holds(":1.41", 2, 4);

        cookies.left(PLAYER);
        assertThat(cookies.any()).isTrue();
        cookies.left(":1.41");
        assertThat(cookies.any()).isFalse();
    }

    @Test
    void the_screen_saver_leaving_the_bus_ends_every_inhibition() {
        holds(PLAYER, 7, 3);
        cookies.inhibitCalled(PLAYER, 8);

        cookies.left(SAVER);
        cookies.replied(":1.6", PLAYER, 8, 1);
        assertThat(cookies.any()).isFalse();
    }

    /** {@code client}'s call {@code serial} to Inhibit, answered with {@code cookie}. */
    private void holds(String client, long serial, long cookie) {
        cookies.inhibitCalled(client, serial);
        cookies.replied(SAVER, client, serial, cookie);
    }
}
