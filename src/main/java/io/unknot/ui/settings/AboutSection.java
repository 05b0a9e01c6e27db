package io.unknot.ui.settings;

import io.unknot.i18n.Messages;
import io.unknot.ui.Labels;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JTextField;

/**
 * Version and where Unknot keeps its log and data (read-only fields that can be copied from), and the way to
 * the health tips.
 */
final class AboutSection implements SettingsSection {

    private final Binder binder;
    private final JComponent component;

    /** @param openHealthTips opens the app's one health tips window */
    AboutSection(Binder binder, AboutInfo about, Runnable openHealthTips) {
        this.binder = binder;
        Messages t = binder.texts();
        Field version = readOnly("about.version", about.version());
        Field log = readOnly("about.logFile", about.logFile().toString());
        Field data = readOnly("about.dataDir", about.dataDir().toString());
        JButton tips = Labels.button(new JButton(), t.mnemonic("about.healthTips"));
        tips.setName("about.healthTips");
        tips.addActionListener(e -> openHealthTips.run());
        component = new Form().heading(t.text("about.heading"))
                .note(t.text("about.tagline"))
                .row(binder.label("about.version", version), version)
                .row(binder.label("about.logFile", log), log)
                .row(binder.label("about.dataDir", data), data)
                .heading(t.text("about.heading.health"))
                .note(t.text("about.healthTips.note"))
                .wide(tips)
                .panel();
    }

    @Override
    public String name() {
        return binder.texts().text("section.about");
    }

    @Override
    public JComponent component() {
        return component;
    }

    @Override
    public void reset() {
        // nothing to reset: About only shows facts
    }

    @Override
    public boolean resettable() {
        return false;
    }

    private static Field readOnly(String name, String value) {
        JTextField field = new JTextField(value, Math.max(12, Math.min(value.length() + 1, 48)));
        field.setName(name);
        field.setEditable(false);
        field.setCaretPosition(0);
        return Field.of(field);
    }
}
