package io.unknot.i18n;

import io.unknot.testing.BundleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German addresses the user as "du" everywhere (see the header of settings_de.properties): no text may use the
 * formal "Sie". A mix is what users noticed ("du" in tips, "Sie" in Settings one line later).
 */
class GermanAddressTest {

    /**
     * The formal address: "Sie"/"Ihnen" inside a sentence, "Ihr-" inside a sentence, or an imperative such as
     * "Geben Sie". A sentence starting "Sie kann" (she/it) is not formal and not matched.
     */
    private static final Pattern FORMAL = Pattern.compile(
            "(?<=[\\p{L},;:–-] )(Sie|Ihnen|Ihre?[mnrs]?)\\b|\\bIhnen\\b|(^|[.!?:·] )\\p{L}+en Sie\\b");

    @Test
    void no_german_text_says_sie() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : BundleFiles.areas()) {
            BundleFiles.find(area, "de").ifPresent(texts ->
                    formal(texts).forEach(where -> problems.add(area + "_de " + where)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_mix_is_found_and_third_person_sie_is_not() {
        assertThat(formal(Map.of("a", "Mach eine Pause.", "b", "Geben Sie ein Datum ein.",
                "c", "Damit Ihr Blick frei bleibt", "d", "Sie kann helfen.", "e", "wenn du willst"))).hasSize(2);
    }

    private static List<String> formal(Map<String, String> texts) {
        List<String> found = new ArrayList<>();
        texts.forEach((key, text) -> {
            var m = FORMAL.matcher(text);
            if (m.find()) {
                found.add(key + ": \"" + m.group().trim() + "\"");
            }
        });
        return found;
    }
}
