package io.unknot.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The help text behind Unknot's suggestions (bundle area {@code health}): what muscle knots are, what causes them,
 * what you can do yourself, and, in sections marked {@link Section#professional()}, what a therapist or doctor may
 * do when the pain does not go away ("talk to your doctor or physical therapist").
 *
 * @param title             window and page title
 * @param sections          in reading order
 * @param professionalBadge the "talk to your doctor or physical therapist" marker for professional sections
 * @param disclaimer        "Unknot is not a doctor"
 */
public record HealthTips(String title, List<Section> sections, String professionalBadge, String disclaimer) {

    /**
     * One part of the text.
     *
     * @param professional true where the reader should talk to a doctor or physical therapist first
     */
    public record Section(String id, String heading, String intro, List<Item> items, boolean professional) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** A named point, such as a remedy or a treatment. */
    public record Item(String name, String text) {}

    private record Layout(String id, boolean professional, List<String> items) {}

    /** Which sections exist and which items each lists; the words are in the bundle. */
    private static final List<Layout> LAYOUT = List.of(
            new Layout("knots", false, List.of()),
            new Layout("causes", false, List.of("sitting", "driving", "repetition")),
            new Layout("self", false, List.of("rest", "stretch", "aerobic", "compress", "massage", "active")),
            new Layout("therapy", true, List.of("deepTissue", "professional", "acupuncture", "between")),
            new Layout("doctor", true,
                    List.of("physio", "injection", "dryNeedling", "myofascial", "ultrasound", "tens")));

    public HealthTips {
        sections = List.copyOf(sections);
    }

    /** The tips from the {@code health} texts of one language (read by {@code io.unknot.catalog.HealthTipTexts}). */
    public static HealthTips from(ResourceBundle b) {
        List<Section> sections = new ArrayList<>();
        for (Layout layout : LAYOUT) {
            List<Item> items = new ArrayList<>();
            for (String item : layout.items()) {
                String prefix = layout.id() + "." + item;
                items.add(new Item(text(b, prefix + ".name"), text(b, prefix + ".text")));
            }
            sections.add(new Section(layout.id(), text(b, layout.id() + ".heading"), text(b, layout.id() + ".intro"),
                    items, layout.professional()));
        }
        return new HealthTips(text(b, "title"), sections, text(b, "professional.badge"), text(b, "disclaimer"));
    }

    /** The whole text without markup, e.g. for copying or a screen reader summary. */
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        for (Section s : sections) {
            if (s.professional()) {
                out.append("[").append(professionalBadge).append("]\n");
            }
            out.append(s.heading()).append("\n").append(s.intro()).append("\n");
            for (Item item : s.items()) {
                out.append("- ").append(item.name()).append(": ").append(item.text()).append("\n");
            }
            out.append("\n");
        }
        return out.append(disclaimer).append("\n").toString();
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in bundle health", e);
        }
    }
}
