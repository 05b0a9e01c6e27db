package io.unknot.core.suggest;

import io.unknot.catalog.HealthTipTexts;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTipsTest {

    @Test
    void whatADoctorMayDoIsMarkedTalkToYourDoctorAndListsTheArticlesTreatments() {
        HealthTips tips = HealthTipTexts.load(Locale.ENGLISH);

        HealthTips.Section doctor = section(tips, "doctor");
        assertThat(doctor.professional()).isTrue();
        assertThat(tips.professionalBadge()).isEqualTo("Talk to your doctor or physical therapist");
        assertThat(doctor.items()).extracting(HealthTips.Item::name).containsExactly("Physical therapy",
                "Trigger-point injection", "Dry needling", "Myofascial release", "Ultrasound", "TENS");
        assertThat(section(tips, "therapy").professional()).isTrue();
        assertThat(section(tips, "therapy").items()).extracting(HealthTips.Item::name)
                .contains("Deep tissue massage", "Professional massage", "Acupuncture");
    }

    @Test
    void theSelfHelpPartCoversTheCausesAndEveryRemedy() {
        HealthTips tips = HealthTipTexts.load(Locale.ENGLISH);

        assertThat(section(tips, "causes").professional()).isFalse();
        assertThat(section(tips, "causes").items()).hasSize(3);
        assertThat(section(tips, "self").items()).extracting(HealthTips.Item::name)
                .containsExactly("Rest", "Stretch", "Get your heart going", "Cold, then warm", "Gentle self-massage",
                        "Stay active");
        assertThat(tips.plainText()).contains("pillows", "jumping jacks", "swimming", "foam roller",
                "Keep away from the activities", "Unknot is not a doctor");
    }

    @Test
    void germanIsCompleteAndTranslated() {
        HealthTips en = HealthTipTexts.load(Locale.ENGLISH);
        HealthTips de = HealthTipTexts.load(Locale.GERMAN);

        assertThat(de.sections()).hasSameSizeAs(en.sections());
        assertThat(de.title()).isEqualTo("Gesundheitstipps: Muskelverspannungen lösen");
        assertThat(de.disclaimer()).startsWith("Unknot ist kein Arzt");
        assertThat(section(de, "doctor").items()).extracting(HealthTips.Item::name).contains("Physiotherapie",
                "Dry Needling", "TENS");
        Properties enFile = Bundles.file("health.properties");
        Properties deFile = Bundles.file("health_de.properties");
        assertThat(deFile.stringPropertyNames()).isEqualTo(enFile.stringPropertyNames());
        for (String key : enFile.stringPropertyNames()) {
            if (!key.endsWith(".name")) { // names such as "TENS" are the same in both languages
                assertThat(deFile.getProperty(key)).as(key).isNotEqualTo(enFile.getProperty(key));
            }
        }
    }

    @Test
    void aLocaleWithoutTranslationGetsEnglishEvenWhenTheSystemIsGerman() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(HealthTipTexts.load(Locale.forLanguageTag("pt")).title()).isEqualTo(HealthTipTexts.load(Locale.ENGLISH).title())
                    .startsWith("Health tips");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static HealthTips.Section section(HealthTips tips, String id) {
        return tips.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
