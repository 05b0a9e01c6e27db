package io.unknot.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.i18n.Messages;
import io.unknot.settings.InvalidSettingException;
import io.unknot.settings.Setting;
import io.unknot.settings.Settings;
import io.unknot.settings.SettingsListener;
import io.unknot.ui.Labels;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Vector;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * Connects controls to settings: each shows the effective value, stores a valid edit at once, refuses a bad one
 * in place, and follows changes made elsewhere (reset, import, remote control). Every input is named after its
 * setting's key, so tests and screen readers find it.
 */
final class Binder {

    private static final DateTimeFormatter TIME_SHOWN = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_TYPED = DateTimeFormatter.ofPattern("H:mm");

    private final Settings settings;
    private final Messages texts = Messages.of("settings");
    private final Map<String, List<Runnable>> refreshers = new HashMap<>();
    private final List<TypedInput<?>> typedInputs = new ArrayList<>();
    private final SettingsListener listener = (setting, before, after) -> onEdt(() -> refresh(setting.key()));

    Binder(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    Messages texts() {
        return texts;
    }

    /** Starts following changes made elsewhere; {@link #detach()} when the window goes away. */
    void attach() {
        settings.addListener(listener);
    }

    void detach() {
        settings.removeListener(listener);
    }

    /** Stores what was typed but not yet checked (the window is closing before the typing pause ended). */
    void commitPending() {
        typedInputs.forEach(TypedInput::checkPending);
    }

    /** A label from the bundle whose mnemonic focuses the field. */
    JLabel label(String key, Field field) {
        return Labels.forField(texts.mnemonic(key), field.focus());
    }

    /** A check box with its own text (and mnemonic) from the bundle. */
    Field checkBox(Setting<Boolean> setting, String key) {
        JCheckBox box = bareCheckBox(setting, "");
        Labels.button(box, texts.mnemonic(key));
        return Field.of(box);
    }

    /** A check box without text, e.g. in a table whose row label says what it is. */
    JCheckBox bareCheckBox(Setting<Boolean> setting, String accessibleName) {
        JCheckBox box = new JCheckBox();
        box.setName(setting.key());
        box.getAccessibleContext().setAccessibleName(accessibleName);
        box.setSelected(settings.get(setting));
        box.addActionListener(e -> {
            if (box.isSelected() != settings.get(setting) && !store(setting, box.isSelected(), null)) {
                box.setSelected(settings.get(setting));
            }
        });
        onChange(setting, () -> box.setSelected(settings.get(setting)));
        return box;
    }

    <E extends Enum<E>> Field combo(Setting<E> setting, List<E> choices, Function<E, String> name) {
        JComboBox<E> combo = new JComboBox<>(new Vector<>(choices));
        combo.setName(setting.key());
        combo.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focused) {
                @SuppressWarnings("unchecked")
                String shown = value == null ? "" : name.apply((E) value);
                return super.getListCellRendererComponent(list, shown, index, selected, focused);
            }
        });
        combo.setSelectedItem(settings.get(setting));
        combo.addActionListener(e -> {
            @SuppressWarnings("unchecked")
            E chosen = (E) combo.getSelectedItem();
            if (chosen != null && chosen != settings.get(setting)) {
                store(setting, chosen, null);
            }
        });
        onChange(setting, () -> combo.setSelectedItem(settings.get(setting)));
        return Field.of(combo);
    }

    /** A duration entered as a whole number of {@code unit}, shown with the unit. */
    Field duration(Setting<Duration> setting, DurationUnit unit, String accessibleName) {
        int min = (int) unit.amount(setting.min().orElseThrow());
        int max = (int) unit.amount(setting.max().orElseThrow());
        return number(setting.key(), min, max, texts.text(unit.textKey()), accessibleName,
                () -> (int) unit.amount(settings.get(setting)), n -> unit.of(n), setting);
    }

    /** A count entered as a whole number, shown with the unit text of {@code unitKey}. */
    Field count(Setting<Integer> setting, String unitKey, String accessibleName) {
        return number(setting.key(), setting.min().orElseThrow(), setting.max().orElseThrow(),
                texts.text(unitKey), accessibleName, () -> settings.get(setting), n -> n, setting);
    }

    /** A time of day typed as hours:minutes. */
    Field time(Setting<LocalTime> setting, String accessibleName) {
        JTextField field = new JTextField(5);
        field.setName(setting.key());
        field.getAccessibleContext().setAccessibleName(accessibleName);
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, texts.text("field.time.placeholder"));
        field.setText(TIME_SHOWN.format(settings.get(setting)));
        FieldError error = new FieldError(field, setting.key());
        TypedInput<LocalTime> input = typed(new TypedInput<>(field, this::parseTime,
                time -> store(setting, time, error), error));
        onChange(setting, () -> {
            LocalTime now = settings.get(setting);
            if (!parseTime(field.getText()).value().equals(Optional.of(now))) {
                input.show(TIME_SHOWN.format(now));
            } else {
                error.clear();
            }
        });
        return new Field(field, field, error.label());
    }

    /** One check box per choice; the setting refuses too few (e.g. no working day at all). */
    <E extends Enum<E>> Field checks(Setting<Set<E>> setting, Class<E> type, List<E> choices, int columns,
                                     Function<E, String> shortName, Function<E, String> fullName) {
        JPanel panel = new JPanel(columns <= 0
                ? new FlowLayout(FlowLayout.LEADING, UIScale.scale(8), 0)
                : new GridLayout(0, columns, UIScale.scale(12), UIScale.scale(2)));
        panel.setName(setting.key());
        FieldError error = new FieldError(panel, setting.key());
        Map<E, JCheckBox> boxes = new LinkedHashMap<>();
        Runnable show = () -> boxes.forEach((choice, box) -> box.setSelected(settings.get(setting).contains(choice)));
        for (E choice : choices) {
            JCheckBox box = new JCheckBox(shortName.apply(choice));
            box.setName(setting.key() + "." + choice.name().toLowerCase(Locale.ROOT));
            box.getAccessibleContext().setAccessibleName(fullName.apply(choice));
            box.addActionListener(e -> {
                Set<E> chosen = EnumSet.noneOf(type);
                boxes.forEach((c, b) -> {
                    if (b.isSelected()) {
                        chosen.add(c);
                    }
                });
                if (store(setting, chosen, error)) {
                    error.clear();
                } else {
                    show.run();
                }
            });
            boxes.put(choice, box);
            panel.add(box);
        }
        show.run();
        onChange(setting, () -> {
            show.run();
            error.clear();
        });
        JComponent first = boxes.values().iterator().next();
        return new Field(panel, first, error.label());
    }

    /** Enables the given components only while {@code setting} is on (e.g. a break kind's fields). */
    void enabledWhile(Setting<Boolean> setting, JComponent... components) {
        Runnable apply = () -> {
            boolean on = settings.get(setting);
            for (JComponent component : components) {
                enableTree(component, on);
            }
        };
        apply.run();
        onChange(setting, apply);
    }

    /** Stores a value; when it is refused, shows why on {@code error} (if given) and returns false. */
    <T> boolean store(Setting<T> setting, T value, FieldError error) {
        try {
            settings.set(setting, value);
            return true;
        } catch (InvalidSettingException e) {
            if (error != null) {
                error.show(e.getLocalizedMessage());
            }
            return false;
        }
    }

    private <T> Field number(String name, int min, int max, String unitText, String accessibleName,
                             IntSupplier current, IntFunction<T> toValue,
                             Setting<T> setting) {
        JSpinner spinner = new JSpinner(new SpinnerNumberModel(clamp(current.getAsInt(), min, max), min, max, 1));
        spinner.setName(name);
        spinner.setEditor(new JSpinner.NumberEditor(spinner, "#")); // no grouping: "1000", never "1,000"
        JFormattedTextField text = ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField();
        text.setName(name + ".text");
        text.setColumns(Integer.toString(max).length() + 1);
        // Keep a bad entry on screen with its message instead of silently reverting it.
        text.setFocusLostBehavior(JFormattedTextField.PERSIST);
        String spokenName = texts.text("field.withUnit", accessibleName, unitText);
        spinner.getAccessibleContext().setAccessibleName(spokenName);
        text.getAccessibleContext().setAccessibleName(spokenName);
        FieldError error = new FieldError(spinner, text, name);
        boolean[] updating = {false};
        // Shows n without the spinner's change listener storing it a second time.
        IntConsumer showInSpinner = n -> {
            updating[0] = true;
            try {
                spinner.setValue(n);
            } finally {
                updating[0] = false;
            }
        };
        TypedInput<Integer> input = typed(new TypedInput<>(text, typed -> parseAmount(typed, min, max), n -> {
            showInSpinner.accept(n);
            return store(setting, toValue.apply(n), error);
        }, error));
        spinner.addChangeListener(e -> {
            if (!updating[0]) {
                int n = (Integer) spinner.getValue();
                if (store(setting, toValue.apply(n), error)) {
                    input.show(Integer.toString(n));
                }
            }
        });
        onChange(setting, () -> {
            int n = clamp(current.getAsInt(), min, max);
            showInSpinner.accept(n);
            input.show(Integer.toString(n));
        });
        JLabel unit = new JLabel(unitText);
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, UIScale.scale(6), 0));
        row.add(spinner);
        row.add(unit);
        return new Field(row, text, error.label());
    }

    private <T> TypedInput<T> typed(TypedInput<T> input) {
        typedInputs.add(input);
        return input;
    }

    private Parsed<Integer> parseAmount(String typed, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            return Parsed.refused(texts.text("field.error.number"));
        }
        if (n < min || n > max) {
            // Short, so it fits under a table cell; the unit is right beside the field.
            return Parsed.refused(texts.text("field.error.range", min, max));
        }
        return Parsed.ok(n);
    }

    private Parsed<LocalTime> parseTime(String typed) {
        try {
            return Parsed.ok(LocalTime.parse(typed.trim(), TIME_TYPED));
        } catch (DateTimeParseException e) {
            return Parsed.refused(texts.text("field.error.time"));
        }
    }

    private void onChange(Setting<?> setting, Runnable refresh) {
        refreshers.computeIfAbsent(setting.key(), k -> new ArrayList<>()).add(refresh);
    }

    private void refresh(String key) {
        refreshers.getOrDefault(key, List.of()).forEach(Runnable::run);
    }

    private static void onEdt(Runnable task) {
        if (EventQueue.isDispatchThread()) {
            task.run();
        } else {
            EventQueue.invokeLater(task);
        }
    }

    private static void enableTree(Component component, boolean enabled) {
        component.setEnabled(enabled);
        if (component instanceof Container container && !(component instanceof JSpinner)) {
            for (Component child : container.getComponents()) {
                enableTree(child, enabled);
            }
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
