package io.unknot.ui.settings;

import io.unknot.core.BreakKind;
import io.unknot.i18n.Messages;
import io.unknot.settings.Keys;
import io.unknot.settings.Setting;

import javax.swing.JComponent;
import java.util.ArrayList;
import java.util.List;

/** The driving break (taken once a drive started from the tray has gone on long enough) and its cues. */
final class DrivingSection implements SettingsSection {

    private final Binder binder;
    private final JComponent component;

    DrivingSection(Binder binder) {
        this.binder = binder;
        Messages t = binder.texts();
        Keys.BreakKeys keys = Keys.BREAKS.get(BreakKind.DRIVING);
        Field enabled = binder.checkBox(keys.enabled(), "driving.enabled");
        Field every = binder.duration(keys.interval(), DurationUnit.MINUTES, plain("driving.interval"));
        Field lasts = binder.duration(keys.duration(), DurationUnit.MINUTES, plain("driving.duration"));
        Field postpone = binder.duration(keys.postpone(), DurationUnit.MINUTES, plain("driving.postpone"));
        Field limit = binder.count(keys.postponeLimit(), "unit.times", plain("driving.postponeLimit"));
        Field strict = binder.checkBox(keys.strict(), "driving.strict");
        Field cues = binder.checkBox(Keys.DRIVING_CUES, "driving.cues");
        component = new Form().heading(t.text("driving.heading"))
                .wide(enabled)
                .note(t.text("driving.note"))
                .row(binder.label("driving.interval", every), every)
                .row(binder.label("driving.duration", lasts), lasts)
                .row(binder.label("driving.postpone", postpone), postpone)
                .row(binder.label("driving.postponeLimit", limit), limit)
                .wide(strict)
                .wide(cues)
                .note(t.text("driving.cues.note"))
                .panel();
        binder.enabledWhile(keys.enabled(), every.component(), lasts.component(), postpone.component(),
                limit.component(), strict.component());
    }

    @Override
    public String name() {
        return binder.texts().text("section.driving");
    }

    @Override
    public JComponent component() {
        return component;
    }

    @Override
    public void reset() {
        List<Setting<?>> all = new ArrayList<>(Keys.BREAKS.get(BreakKind.DRIVING).all());
        all.add(Keys.DRIVING_CUES);
        binder.settings().reset(all);
    }

    private String plain(String key) {
        return binder.texts().mnemonic(key).text();
    }
}
