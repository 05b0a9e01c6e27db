package io.unknot.ui.stats;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.history.PastDrives;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.ui.Html;
import io.unknot.ui.Labels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * "Log a past drive": date, start time and length, with what is wrong shown under the field it concerns.
 * The drive goes to the app's {@link DriveLog} off the event thread; the dialog closes once the drive is stored.
 */
final class PastDriveDialog {

    static final String NAME = "unknot.stats.pastDrive";
    private static final Logger LOG = LoggerFactory.getLogger(PastDriveDialog.class);
    private static final int COLUMNS = 10;

    private final Messages texts;
    private final DriveLog drives;
    private final Clock clock;
    private final PastDriveForm form;
    private final Consumer<PastDriveForm.Drive> onLogged;
    private final JDialog dialog;
    private final JTextField date = new JTextField(COLUMNS);
    private final JTextField time = new JTextField(COLUMNS);
    private final JTextField length = new JTextField(COLUMNS);
    private final Map<PastDriveForm.Field, JLabel> errors = new EnumMap<>(PastDriveForm.Field.class);
    private final Map<PastDriveForm.Field, JTextField> fields = new EnumMap<>(PastDriveForm.Field.class);
    private final JButton ok = new JButton();

    PastDriveDialog(Language language, JFrame owner, DriveLog drives, Clock clock,
            Consumer<PastDriveForm.Drive> onLogged) {
        this.texts = language.messages("stats");
        this.drives = drives;
        this.clock = clock;
        this.form = new PastDriveForm(language, clock);
        this.onLogged = onLogged;
        this.dialog = new JDialog(owner, texts.text("drive.title"), true);
        dialog.setName(NAME);
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        fields.put(PastDriveForm.Field.DATE, date);
        fields.put(PastDriveForm.Field.TIME, time);
        fields.put(PastDriveForm.Field.LENGTH, length);
        date.setName("drive.date");
        time.setName("drive.time");
        length.setName("drive.length");

        // Prefilled with an hour's drive that ended at the last full hour.
        LocalDateTime end = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime start = end.minusHours(1);
        date.setText(form.formatDate(start.toLocalDate()));
        time.setText(form.formatTime(start.toLocalTime()));
        length.setText(form.formatLength(Duration.ofHours(1)));

        dialog.setContentPane(content());
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** Shows the dialog; returns when it is closed (it is modal). */
    void open() {
        date.requestFocusInWindow();
        dialog.setVisible(true);
    }

    JDialog dialog() {
        return dialog;
    }

    private JPanel content() {
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(12), UIScale.scale(12), UIScale.scale(12),
                UIScale.scale(12)));
        GridBagConstraints c = new GridBagConstraints();
        c.gridwidth = 3;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(0, 0, UIScale.scale(10), 0);
        JLabel intro = new JLabel("<html><body style='width:" + UIScale.scale(300) + "px'>"
                + Html.escape(texts.text("drive.intro")) + "</body></html>");
        panel.add(intro, c);
        int row = 1;
        row = addField(panel, row, "drive.date", date,
                texts.text("drive.date.hint", form.formatDate(java.time.LocalDate.now(clock))),
                PastDriveForm.Field.DATE);
        row = addField(panel, row, "drive.time", time, texts.text("drive.time.hint"), PastDriveForm.Field.TIME);
        row = addField(panel, row, "drive.length", length, texts.text("drive.length.hint"),
                PastDriveForm.Field.LENGTH);

        JLabel driveError = errorLabel("drive.error");
        errors.put(PastDriveForm.Field.DRIVE, driveError);
        c = new GridBagConstraints();
        c.gridy = row++;
        c.gridwidth = 3;
        c.anchor = GridBagConstraints.LINE_START;
        panel.add(driveError, c);

        ok.setText(texts.text("drive.ok"));
        ok.setName("drive.ok");
        ok.addActionListener(e -> submit());
        JButton cancel = new JButton(texts.text("drive.cancel"));
        cancel.setName("drive.cancel");
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, UIScale.scale(6), 0));
        buttons.add(ok);
        buttons.add(cancel);
        c = new GridBagConstraints();
        c.gridy = row;
        c.gridwidth = 3;
        c.anchor = GridBagConstraints.LINE_END;
        c.insets = new Insets(UIScale.scale(12), 0, 0, 0);
        panel.add(buttons, c);
        return panel;
    }

    private int addField(JPanel panel, int row, String key, JTextField field, String hint,
                         PastDriveForm.Field which) {
        JLabel label = Labels.forField(texts.mnemonic(key), field);
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, hint);
        JLabel hintLabel = new JLabel(hint);
        hintLabel.setEnabled(false);
        JLabel error = errorLabel(field.getName() + ".error");
        errors.put(which, error);

        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(UIScale.scale(4), 0, 0, UIScale.scale(8));
        panel.add(label, c);
        c.gridx = 1;
        panel.add(field, c);
        c.gridx = 2;
        c.weightx = 1;
        panel.add(hintLabel, c);
        c = new GridBagConstraints();
        c.gridx = 1;
        c.gridy = row + 1;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.LINE_START;
        panel.add(error, c);
        return row + 2;
    }

    private static JLabel errorLabel(String name) {
        JLabel label = new JLabel();
        label.setName(name);
        Color red = UIManager.getColor("Unknot.errorForeground");
        label.setForeground(red != null ? red : UIManager.getColor("Component.error.focusedBorderColor"));
        label.setVisible(false);
        return label;
    }

    private void submit() {
        clearErrors();
        PastDriveForm.Result result = form.read(date.getText(), time.getText(), length.getText());
        if (result.drive().isEmpty()) {
            result.problems().forEach(p -> showError(p.field(), p.message()));
            focusFirstError();
            return;
        }
        PastDriveForm.Drive drive = result.drive().get();
        ok.setEnabled(false);
        new SwingWorker<Optional<PastDrives.Overlap>, Void>() {
            @Override
            protected Optional<PastDrives.Overlap> doInBackground() throws Exception {
                return drives.logPastDrive(drive.start(), drive.length());
            }

            @Override
            protected void done() {
                ok.setEnabled(true);
                try {
                    Optional<PastDrives.Overlap> overlap = get();
                    if (overlap.isPresent()) {
                        java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
                        showError(PastDriveForm.Field.DRIVE, texts.text("drive.error.overlap",
                                hm.format(overlap.get().from().atZone(clock.getZone())),
                                hm.format(overlap.get().to().atZone(clock.getZone()))));
                        return;
                    }
                    dialog.dispose();
                    onLogged.accept(drive);
                } catch (ExecutionException e) {
                    LOG.warn("Could not log a past drive", e.getCause());
                    showError(PastDriveForm.Field.DRIVE, texts.text("drive.error.save", e.getCause().getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void showError(PastDriveForm.Field field, String message) {
        JLabel label = errors.get(field);
        label.setText(message);
        label.setVisible(true);
        JTextField input = fields.get(field);
        if (input != null) {
            input.putClientProperty(FlatClientProperties.OUTLINE, FlatClientProperties.OUTLINE_ERROR);
            input.getAccessibleContext().setAccessibleDescription(message);
        } else {
            ok.getAccessibleContext().setAccessibleDescription(message);
        }
        dialog.pack();
    }

    private void clearErrors() {
        errors.values().forEach(l -> {
            l.setText("");
            l.setVisible(false);
        });
        fields.values().forEach(f -> {
            f.putClientProperty(FlatClientProperties.OUTLINE, null);
            f.getAccessibleContext().setAccessibleDescription(null);
        });
        ok.getAccessibleContext().setAccessibleDescription(null);
    }

    private void focusFirstError() {
        for (Map.Entry<PastDriveForm.Field, JTextField> e : fields.entrySet()) {
            if (errors.get(e.getKey()).isVisible()) {
                e.getValue().requestFocusInWindow();
                e.getValue().selectAll();
                return;
            }
        }
    }
}
