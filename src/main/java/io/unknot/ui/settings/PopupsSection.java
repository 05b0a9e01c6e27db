package io.unknot.ui.settings;

import io.unknot.i18n.Messages;
import io.unknot.settings.BreakPlacement;
import io.unknot.settings.Keys;

import javax.swing.JComponent;
import java.util.List;

/** Where break windows appear, whether long breaks fill the screen, how soon they take input, and sounds. */
final class PopupsSection implements SettingsSection {

    private final Binder binder;
    private final JComponent component;

    PopupsSection(Binder binder) {
        this.binder = binder;
        Messages t = binder.texts();
        Field placement = binder.combo(Keys.BREAK_PLACEMENT, List.of(BreakPlacement.values()),
                p -> t.text("popups.placement." + SuggestionsSection.id(p)));
        Field grace = binder.duration(Keys.INPUT_GRACE, DurationUnit.SECONDS,
                t.mnemonic("popups.inputGrace").text());
        component = new Form().heading(t.text("popups.heading"))
                .row(binder.label("popups.placement", placement), placement)
                .wide(binder.checkBox(Keys.FULLSCREEN_LONG_BREAKS, "popups.fullscreen"))
                .note(t.text("popups.fullscreen.note"))
                .row(binder.label("popups.inputGrace", grace), grace)
                .note(t.text("popups.inputGrace.note"))
                .wide(binder.checkBox(Keys.WARNING_NOTIFICATION, "popups.desktopNotification"))
                .heading(t.text("popups.heading.sound"))
                .wide(binder.checkBox(Keys.SOUNDS, "popups.sounds"))
                .panel();
    }

    @Override
    public String name() {
        return binder.texts().text("section.popups");
    }

    @Override
    public JComponent component() {
        return component;
    }

    @Override
    public void reset() {
        binder.settings().reset(List.of(Keys.BREAK_PLACEMENT, Keys.FULLSCREEN_LONG_BREAKS, Keys.INPUT_GRACE,
                Keys.WARNING_NOTIFICATION, Keys.SOUNDS));
    }
}
