package io.unknot.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.core.BreakKind;
import io.unknot.i18n.Messages;
import io.unknot.settings.Keys;
import io.unknot.settings.Setting;

import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;

/** Desk breaks: a table of the three kinds (rows: on, every, lasts, postpone, limit, strict), then timing. */
final class BreaksSection implements SettingsSection {

    private static final List<BreakKind> KINDS = List.of(BreakKind.MICRO, BreakKind.STRETCH, BreakKind.MOVEMENT);

    private final Binder binder;
    private final JComponent component;

    BreaksSection(Binder binder) {
        this.binder = binder;
        Messages t = binder.texts();
        Form form = new Form().heading(t.text("breaks.heading.kinds")).wide(kindsTable()).heading(
                t.text("breaks.heading.timing"));
        Field lead = binder.duration(Keys.WARNING_LEAD, DurationUnit.SECONDS, plain("breaks.warningLead"));
        Field idle = binder.duration(Keys.IDLE_THRESHOLD, DurationUnit.SECONDS, plain("breaks.idleThreshold"));
        Field daily = binder.duration(Keys.DAILY_SITTING_LIMIT, DurationUnit.HOURS, plain("breaks.dailyLimit"));
        form.row(binder.label("breaks.warningLead", lead), lead)
                .note(t.text("breaks.warningLead.note"))
                .row(binder.label("breaks.idleThreshold", idle), idle)
                .wide(binder.checkBox(Keys.FIXED_INTERVAL, "breaks.fixedInterval"))
                .note(t.text("breaks.fixedInterval.note"))
                .row(binder.label("breaks.dailyLimit", daily), daily);
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
        all.addAll(List.of(Keys.WARNING_LEAD, Keys.IDLE_THRESHOLD, Keys.FIXED_INTERVAL, Keys.DAILY_SITTING_LIMIT));
        binder.settings().reset(all);
    }

    private JComponent kindsTable() {
        JPanel table = new JPanel(new GridBagLayout());
        Messages t = binder.texts();
        for (int col = 0; col < KINDS.size(); col++) {
            JLabel header = new JLabel(t.text("kind." + KINDS.get(col).id()));
            header.putClientProperty(FlatClientProperties.STYLE_CLASS, "semibold");
            put(table, header, col + 1, 0, 0);
        }
        int row = 1;
        String[] rows = {"breaks.enabled", "breaks.interval", "breaks.duration", "breaks.postpone",
                "breaks.postponeLimit", "breaks.strict"};
        Field[][] cells = new Field[rows.length][KINDS.size()];
        for (int col = 0; col < KINDS.size(); col++) {
            BreakKind kind = KINDS.get(col);
            Keys.BreakKeys keys = Keys.BREAKS.get(kind);
            String kindName = t.text("kind." + kind.id());
            JCheckBox enabled = binder.bareCheckBox(keys.enabled(), cellName(kindName, rows[0]));
            cells[0][col] = Field.of(enabled);
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
            put(table, binder.label(rows[r], cells[r][0]), 0, row, 8);
            boolean anyError = false;
            for (int col = 0; col < KINDS.size(); col++) {
                put(table, cells[r][col].component(), col + 1, row, 8);
                if (cells[r][col].error() != null) {
                    put(table, cells[r][col].error(), col + 1, row + 1, 2);
                    anyError = true;
                }
            }
            row += anyError ? 2 : 1;
        }
        return table;
    }

    /** "Stretch break: every (minutes)" for screen readers, as the table's row and column say it. */
    private String cellName(String kindName, String rowKey) {
        return binder.texts().text("breaks.cell", kindName, plain(rowKey));
    }

    private String plain(String key) {
        return binder.texts().mnemonic(key).text();
    }

    private static void put(JPanel table, JComponent component, int col, int row, int top) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = col;
        c.gridy = row;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(UIScale.scale(top), 0, 0, UIScale.scale(col == 0 ? 14 : 18));
        table.add(component, c);
    }
}
