package io.unknot.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.settings.InvalidSettingException;
import io.unknot.settings.Setting;
import io.unknot.settings.Settings;
import io.unknot.settings.Subscription;
import io.unknot.ui.Labels;

import javax.swing.Box;
import javax.swing.BoxLayout;
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
import javax.swing.text.DefaultFormatterFactory;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
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
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Connects controls to settings: each shows the effective value, stores a valid edit at once, refuses a bad one
 * in place, and follows changes made elsewhere (reset, import, remote control). Every input is named after its
 * setting's key, so tests and screen readers find it.
 */
final class Binder {

    private static final DateTimeFormatter TIME_SHOWN = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_TYPED = DateTimeFormatter.ofPattern("H:mm");

    /** Wide enough for "3650" or "1:45"; the same for every spinner, so units line up. */
    private static final int SPINNER_COLUMNS = 4;
    private static final int UNIT_GAP = 6;

    private final Settings settings;
    private final Messages texts;
    private final Map<String, List<Runnable>> refreshers = new HashMap<>();
    private final List<TypedInput<?>> typedInputs = new ArrayList<>();
    private Subscription following = () -> { };

    Binder(Settings settings, Language language) {
        this.texts = language.messages("settings");
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
        following.close();
        following = settings.onAnyChange(change -> onEdt(() -> refresh(change.setting().key())));
    }

    void detach() {
        following.close();
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
        JCheckBox box = flush(new JCheckBox());
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

    /**
     * A duration shown in the unit that suits its size ({@link DurationShown}), with that unit beside it; the
     * arrows step in the unit shown, and text is read in it.
     *
     * @param finest the smallest unit the field is counted in
     */
    Field duration(Setting<Duration> setting, DurationUnit finest, String accessibleName) {
        DurationModel model = new DurationModel(settings.get(setting), setting.min().orElseThrow(),
                setting.max().orElseThrow(), finest);
        Function<Object, String> unitText = value -> unitText((Duration) value, finest);
        return spinner(setting, new JSpinner(model), accessibleName, unitText,
                value -> DurationShown.of((Duration) value, finest).number(),
                typed -> parseDuration(typed, model), () -> model.clamp(settings.get(setting)));
    }

    /** A count entered as a whole number, shown with the unit text of {@code unitKey}. */
    Field count(Setting<Integer> setting, String unitKey, String accessibleName) {
        int min = setting.min().orElseThrow();
        int max = setting.max().orElseThrow();
        JSpinner spinner = new JSpinner(new SpinnerNumberModel(clamp(settings.get(setting), min, max), min, max, 1));
        return spinner(setting, spinner, accessibleName, value -> texts.text(unitKey, value), String::valueOf,
                typed -> parseCount(typed, min, max), () -> clamp(settings.get(setting), min, max));
    }

    /** A time of day typed as hours:minutes. */
    Field time(Setting<LocalTime> setting, String accessibleName) {
        JTextField field = new JTextField(5);
        field.setName(setting.key());
        field.getAccessibleContext().setAccessibleName(accessibleName);
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, texts.text("field.time.placeholder"));
        field.setText(TIME_SHOWN.format(settings.get(setting)));
        FieldError error = new FieldError(field, setting.key());
        TypedInput<LocalTime>[] input = newInputArray();
        input[0] = typed(new TypedInput<>(field, this::parseTime, time -> store(setting, time, error), error,
                () -> input[0].show(TIME_SHOWN.format(settings.get(setting)))));
        onChange(setting, () -> {
            LocalTime now = settings.get(setting);
            if (!parseTime(field.getText()).value().equals(Optional.of(now))) {
                input[0].show(TIME_SHOWN.format(now));
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
                ? new GridLayout(1, 0, UIScale.scale(8), 0)
                : new GridLayout(0, columns, UIScale.scale(12), UIScale.scale(2)));
        panel.setName(setting.key());
        FieldError error = new FieldError(panel, setting.key());
        Map<E, JCheckBox> boxes = new LinkedHashMap<>();
        Runnable show = () -> boxes.forEach((choice, box) -> box.setSelected(settings.get(setting).contains(choice)));
        for (E choice : choices) {
            JCheckBox box = flush(new JCheckBox(shortName.apply(choice)));
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

    /**
     * A check box whose box starts at its left edge, so it lines up with labels and fields in the same column
     * (FlatLaf leaves a margin and a focus ring's width before the box; the focused box still shows in the accent
     * colour).
     */
    private static JCheckBox flush(JCheckBox box) {
        box.putClientProperty(FlatClientProperties.STYLE, "margin: 2,0,2,2; icon.focusWidth: 0");
        return box;
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
                error.show(e.localizedMessage(texts));
            }
            return false;
        }
    }

    /**
     * A spinner of fixed width with its unit label beside it: every spinner on every page has the same width, so
     * units line up in a column. A typed value is stored once typing pauses; an arrow step at once.
     */
    private <T> Field spinner(Setting<T> setting, JSpinner spinner, String accessibleName,
                              Function<Object, String> unitText, Function<Object, String> numberText,
                              Function<String, Parsed<T>> parser, Supplier<T> stored) {
        String name = setting.key();
        spinner.setName(name);
        JSpinner.DefaultEditor editor = new JSpinner.DefaultEditor(spinner);
        spinner.setEditor(editor);
        JFormattedTextField text = editor.getTextField();
        text.setEditable(true);
        text.setFormatterFactory(new DefaultFormatterFactory(new SpinnerText(numberText,
                typed -> parser.apply(typed).value())));
        text.setValue(spinner.getValue());
        text.setName(name + ".text");
        text.setColumns(SPINNER_COLUMNS);
        text.setHorizontalAlignment(JFormattedTextField.TRAILING);
        // Typed text is checked by TypedInput; the field itself neither commits nor reverts on its own.
        text.setFocusLostBehavior(JFormattedTextField.PERSIST);
        spinner.setMaximumSize(spinner.getPreferredSize());
        JLabel unit = new JLabel();
        FieldError error = new FieldError(spinner, text, name);
        boolean[] updating = {false};
        Runnable showValue = () -> {
            Object value = spinner.getValue();
            unit.setText(unitText.apply(value));
            String spokenName = texts.text("field.withUnit", accessibleName, unit.getText());
            spinner.getAccessibleContext().setAccessibleName(spokenName);
            text.getAccessibleContext().setAccessibleName(spokenName);
        };
        // Shows a value without the spinner's change listener storing it a second time.
        Consumer<T> showInSpinner = value -> {
            updating[0] = true;
            try {
                spinner.setValue(value);
            } finally {
                updating[0] = false;
            }
            showValue.run();
        };
        TypedInput<T>[] input = newInputArray();
        input[0] = typed(new TypedInput<>(text, parser, value -> {
            if (!store(setting, value, error)) {
                return false;
            }
            unit.setText(unitText.apply(value)); // the unit the text is read in follows the stored value at once
            return true;
        }, error, () -> {
            showInSpinner.accept(stored.get());
            input[0].show(numberText.apply(stored.get()));
        }));
        spinner.addChangeListener(e -> {
            if (!updating[0]) {
                @SuppressWarnings("unchecked")
                T value = (T) spinner.getValue();
                if (store(setting, value, error)) {
                    input[0].show(numberText.apply(value));
                    showValue.run();
                } else {
                    showInSpinner.accept(stored.get());
                }
            }
        });
        onChange(setting, () -> {
            T value = stored.get();
            showInSpinner.accept(value);
            input[0].show(numberText.apply(value));
        });
        showValue.run();
        JPanel row = new JPanel();
        row.setLayout(new BoxLayout(row, BoxLayout.LINE_AXIS));
        row.add(spinner);
        row.add(Box.createHorizontalStrut(UIScale.scale(UNIT_GAP)));
        row.add(unit);
        return new Field(row, text, error.label());
    }

    @SuppressWarnings("unchecked")
    private static <T> TypedInput<T>[] newInputArray() {
        return (TypedInput<T>[]) new TypedInput<?>[1];
    }

    /** The unit's name for this amount ("1 hour", "2 hours", "1:30 hours"). */
    String unitText(Duration value, DurationUnit finest) {
        DurationUnit unit = DurationShown.unitFor(value, finest);
        return texts.text(unit.textKey(), unit.amount(value));
    }

    private Parsed<Duration> parseDuration(String typed, DurationModel model) {
        DurationUnit unit = DurationShown.unitFor((Duration) model.getValue(), model.finest());
        Optional<Duration> value = DurationShown.parse(typed, unit);
        if (value.isEmpty()) {
            return Parsed.refused(texts.text("field.error.number"));
        }
        if (value.get().compareTo(model.min()) < 0 || value.get().compareTo(model.max()) > 0) {
            return Parsed.refused(texts.text("field.error.range", spoken(model.min(), model.finest()),
                    spoken(model.max(), model.finest())));
        }
        return Parsed.ok(value.get());
    }

    private String spoken(Duration value, DurationUnit finest) {
        return DurationShown.of(value, finest).number() + " " + unitText(value, finest);
    }

    private Parsed<Integer> parseCount(String typed, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            return Parsed.refused(texts.text("field.error.number"));
        }
        if (n < min || n > max) {
            return Parsed.refused(texts.text("field.error.range", min, max));
        }
        return Parsed.ok(n);
    }

    private <T> TypedInput<T> typed(TypedInput<T> input) {
        typedInputs.add(input);
        return input;
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
