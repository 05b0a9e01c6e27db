package io.unknot.ui.settings;

import io.unknot.core.BreakKind;
import io.unknot.i18n.Messages;
import io.unknot.settings.Keys;
import io.unknot.settings.Setting;

import javax.swing.JComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Desk breaks: a table of the three kinds (rows: on, every, lasts, postpone, limit, strict), then timing and when
 * skipped breaks make the next one harder to skip.
 */
final class BreaksSection implements SettingsSection {

    private static final List<BreakKind> KINDS = List.of(BreakKind.MICRO, BreakKind.STRETCH, BreakKind.MOVEMENT);

    private final Binder binder;
    private final JComponent component;

    BreaksSection(Binder binder) {
        this.binder = binder;
        Messages t = binder.texts();
        Form form = new Form(KINDS.size()).heading(t.text("breaks.heading.kinds"))
                .columnHeadings(KINDS.stream().map(kind -> t.text("kind." + kind.id())).toList());
        kindsTable(form);
        Field lead = binder.duration(Keys.WARNING_LEAD, DurationUnit.SECONDS, plain("breaks.warningLead"));
        Field idle = binder.duration(Keys.IDLE_THRESHOLD, DurationUnit.SECONDS, plain("breaks.idleThreshold"));
        Field daily = binder.duration(Keys.DAILY_SITTING_LIMIT, DurationUnit.HOURS, plain("breaks.dailyLimit"));
        Field escalate = binder.count(Keys.ESCALATE_AFTER, "unit.skippedBreaks", plain("breaks.escalateAfter"));
        form.heading(t.text("breaks.heading.timing"))
                .row(binder.label("breaks.warningLead", lead), lead)
                .note(t.text("breaks.warningLead.note"))
                .row(binder.label("breaks.idleThreshold", idle), idle)
                .note(t.text("breaks.idleThreshold.note"))
                .wide(binder.checkBox(Keys.FIXED_INTERVAL, "breaks.fixedInterval"))
                .note(t.text("breaks.fixedInterval.note"))
                .row(binder.label("breaks.dailyLimit", daily), daily)
                .row(binder.label("breaks.escalateAfter", escalate), escalate)
                .note(t.text("breaks.escalateAfter.note"));
        component = form.panel();
    }

    @Override
    public String name() {
        return binder.texts().text("section.breaks");
    }

    @Override
    public JComponent component() {
        return component;
    }

    @Override
    public void reset() {
        List<Setting<?>> all = new ArrayList<>();
        KINDS.forEach(kind -> all.addAll(Keys.BREAKS.get(kind).all()));
        all.addAll(List.of(Keys.WARNING_LEAD, Keys.IDLE_THRESHOLD, Keys.FIXED_INTERVAL, Keys.DAILY_SITTING_LIMIT,
                Keys.ESCALATE_AFTER));
        binder.settings().reset(all);
    }

    /** One row per setting, one column per kind; a kind's fields are enabled only while it is on. */
    private void kindsTable(Form form) {
        Messages t = binder.texts();
        String[] rows = {"breaks.enabled", "breaks.interval", "breaks.duration", "breaks.postpone",
                "breaks.postponeLimit", "breaks.strict"};
        Field[][] cells = new Field[rows.length][KINDS.size()];
        for (int col = 0; col < KINDS.size(); col++) {
            BreakKind kind = KINDS.get(col);
            Keys.BreakKeys keys = Keys.BREAKS.get(kind);
            String kindName = t.text("kind." + kind.id());
            cells[0][col] = Field.of(binder.bareCheckBox(keys.enabled(), cellName(kindName, rows[0])));
            cells[1][col] = binder.duration(keys.interval(), DurationUnit.MINUTES, cellName(kindName, rows[1]));
            cells[2][col] = binder.duration(keys.duration(),
                    kind == BreakKind.MICRO ? DurationUnit.SECONDS : DurationUnit.MINUTES, cellName(kindName, rows[2]));
            cells[3][col] = binder.duration(keys.postpone(), DurationUnit.MINUTES, cellName(kindName, rows[3]));
            cells[4][col] = binder.count(keys.postponeLimit(), "unit.times", cellName(kindName, rows[4]));
            cells[5][col] = Field.of(binder.bareCheckBox(keys.strict(), cellName(kindName, rows[5])));
            List<JComponent> dependent = new ArrayList<>();
            for (int r = 1; r < rows.length; r++) {
                dependent.add(cells[r][col].component());
            }
            binder.enabledWhile(keys.enabled(), dependent.toArray(JComponent[]::new));
        }
        for (int r = 0; r < rows.length; r++) {
            form.row(binder.label(rows[r], cells[r][0]), cells[r]);
        }
    }

    /** "Stretch break: every (minutes)" for screen readers, as the table's row and column say it. */
    private String cellName(String kindName, String rowKey) {
        return binder.texts().text("breaks.cell", kindName, plain(rowKey));
    }

    private String plain(String key) {
        return binder.texts().mnemonic(key).text();
    }
}
