package io.unknot.ui.settings;

import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.FocusArea;
import io.unknot.i18n.Messages;
import io.unknot.settings.Keys;

import javax.swing.JComponent;
import java.util.List;
import java.util.Locale;

/** Which kinds of suggestion a break may show, and the body area to favour. */
final class SuggestionsSection implements SettingsSection {

    private final Binder binder;
    private final JComponent component;

    SuggestionsSection(Binder binder) {
        this.binder = binder;
        Messages t = binder.texts();
        Field categories = binder.checks(Keys.CATEGORIES, Category.class, List.of(Category.values()), 2,
                c -> t.text("category." + id(c)), c -> t.text("category." + id(c)));
        Field focus = binder.combo(Keys.FOCUS_AREA, List.of(FocusArea.values()), f -> t.text("focus." + id(f)));
        component = new Form().heading(t.text("suggestions.heading"))
                .row(binder.label("suggestions.categories", categories), categories)
                .row(binder.label("suggestions.focus", focus), focus)
                .note(t.text("suggestions.focus.note"))
                .panel();
    }

    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String name() {
        return binder.texts().text("section.suggestions");
    }

    @Override
    public JComponent component() {
        return component;
    }

    @Override
    public void reset() {
        binder.settings().reset(List.of(Keys.CATEGORIES, Keys.FOCUS_AREA));
    }
}
