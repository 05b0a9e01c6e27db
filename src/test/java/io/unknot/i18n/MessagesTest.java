package io.unknot.i18n;

import io.unknot.settings.Keys;
import io.unknot.settings.LogCapture;
import io.unknot.settings.Setting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    private final Language language = new Language(Locale.ENGLISH);
    private Locale savedDefault;

    @BeforeEach
    void save() {
        savedDefault = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(savedDefault);
    }

    @Test
    void english_chosen_on_a_german_system_stays_english() {
        Locale.setDefault(Locale.GERMANY);

        language.setLocale(Locale.ENGLISH);

        assertThat(language.messages("common").text("close")).isEqualTo("Close");
    }

    @Test
    void a_regional_german_locale_gets_the_german_texts() {
        language.setLocale(Locale.forLanguageTag("de-AT"));

        assertThat(language.messages("common").text("close")).isEqualTo("Schließen");
    }

    @Test
    void a_language_unknot_does_not_ship_falls_back_to_english_not_the_system_language() {
        Locale.setDefault(Locale.GERMANY);

        language.setLocale(Locale.forLanguageTag("pt"));

        assertThat(language.messages("common").text("cancel")).isEqualTo("Cancel");
    }

    @Test
    void arguments_are_filled_in_for_the_language() {
        language.setLocale(Locale.GERMAN);

        assertThat(language.messages("settings").text("field.error.range", 2, 1000))
                .isEqualTo("Wähle einen Wert von 2 bis 1.000");
    }

    @Test
    void a_missing_key_shows_the_key_and_is_logged_once() {
        try (LogCapture log = LogCapture.of(Language.class)) {
            Messages texts = language.messages("common");

            assertThat(texts.text("no.such.key")).isEqualTo("no.such.key");
            assertThat(texts.text("no.such.key")).isEqualTo("no.such.key");
            assertThat(language.messages("no-such-area").text("title")).isEqualTo("title");

            assertThat(log.warnings()).hasSize(2);
            assertThat(log.warnings().get(0)).contains("no.such.key", "common");
        }
    }

    @Test
    void every_reason_a_setting_can_be_refused_has_a_text_in_every_language() {
        Set<String> keys = new java.util.TreeSet<>(Set.of("setting.error.malformed", "setting.error.unknownKey",
                "setting.error.entry"));
        for (Setting<?> setting : Keys.all()) {
            problemOf(setting).ifPresent(p -> keys.add(p.messageKey()));
        }
        assertThat(keys).contains("setting.error.durationRange", "setting.error.intRange",
                "setting.error.setTooSmall");

        for (Locale locale : new Locale[]{Locale.ENGLISH, Locale.GERMAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("io.unknot.i18n.settings", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.keySet()).as(locale.toString()).containsAll(keys);
        }
    }

    @Test
    void mnemonics_are_read_from_the_ampersand() {
        assertThat(Mnemonic.parse("&Every")).isEqualTo(new Mnemonic("Every", 0));
        assertThat(Mnemonic.parse("Postpone l&imit")).isEqualTo(new Mnemonic("Postpone limit", 10));
        assertThat(Mnemonic.parse("Salt && pepper")).isEqualTo(new Mnemonic("Salt & pepper", -1));
        assertThat(Mnemonic.parse("Plain").letter()).isEmpty();
        assertThat(Mnemonic.parse("&Töne").letter()).contains('T');
    }

    @SuppressWarnings("unchecked")
    private static java.util.Optional<Setting.Problem> problemOf(Setting<?> setting) {
        Setting<Object> s = (Setting<Object>) setting;
        if (s.min().isPresent()) {
            Object below = s.min().get() instanceof Duration d ? d.minusSeconds(1) : (Integer) s.min().get() - 1;
            return s.validate(below);
        }
        if (s.defaultValue() instanceof Set) {
            return s.validate(Set.of());
        }
        return java.util.Optional.empty();
    }
}
