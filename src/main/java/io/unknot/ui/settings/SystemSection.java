package io.unknot.ui.settings;

import com.formdev.flatlaf.util.UIScale;
import io.unknot.i18n.Messages;
import io.unknot.settings.InvalidSettingException;
import io.unknot.settings.Keys;
import io.unknot.settings.Language;
import io.unknot.settings.SettingsXml;
import io.unknot.settings.Theme;
import io.unknot.ui.Labels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.FlowLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Start at login, language, theme, history retention, and copying settings to and from a file. */
final class SystemSection implements SettingsSection {

    private static final Logger LOG = LoggerFactory.getLogger(SystemSection.class);

    private final Binder binder;
    private final JComponent component;

    SystemSection(Binder binder) {
        this.binder = binder;
        Messages t = binder.texts();
        Field language = binder.combo(Keys.LANGUAGE, List.of(Language.values()),
                l -> t.text("system.language." + SuggestionsSection.id(l)));
        Field theme = binder.combo(Keys.THEME, List.of(Theme.values()),
                th -> t.text("system.theme." + SuggestionsSection.id(th)));
        Field retention = binder.duration(Keys.HISTORY_RETENTION, DurationUnit.DAYS,
                t.mnemonic("system.retention").text());
        JButton export = Labels.button(new JButton(), t.mnemonic("transfer.export"));
        export.setName("settings.export");
        export.addActionListener(e -> exportFile());
        JButton load = Labels.button(new JButton(), t.mnemonic("transfer.import"));
        load.setName("settings.import");
        load.addActionListener(e -> importFile());
        JPanel transfer = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        transfer.add(export);
        transfer.add(Box.createHorizontalStrut(UIScale.scale(8)));
        transfer.add(load);
        component = new Form().heading(t.text("system.heading"))
                .wide(binder.checkBox(Keys.START_AT_LOGIN, "system.startAtLogin"))
                .row(binder.label("system.language", language), language)
                .note(t.text("system.language.note"))
                .row(binder.label("system.theme", theme), theme)
                .row(binder.label("system.retention", retention), retention)
                .heading(t.text("transfer.heading"))
                .wide(transfer)
                .note(t.text("transfer.note"))
                .panel();
    }

    @Override
    public String name() {
        return binder.texts().text("section.system");
    }

    @Override
    public JComponent component() {
        return component;
    }

    @Override
    public void reset() {
        binder.settings().reset(List.of(Keys.START_AT_LOGIN, Keys.LANGUAGE, Keys.THEME, Keys.HISTORY_RETENTION));
    }

    private void exportFile() {
        Messages t = binder.texts();
        JFileChooser chooser = chooser();
        chooser.setSelectedFile(new File(t.text("transfer.fileName")));
        if (chooser.showSaveDialog(component) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = withXmlExtension(chooser.getSelectedFile().toPath());
        try {
            SettingsXml.exportTo(binder.settings(), file);
            JOptionPane.showMessageDialog(component, t.text("transfer.exported", file),
                    t.text("transfer.export.title"), JOptionPane.INFORMATION_MESSAGE);
        } catch (IOException e) {
            LOG.warn("Export to {} failed", file, e);
            JOptionPane.showMessageDialog(component, t.text("transfer.exportFailed", file, e.getMessage()),
                    t.text("transfer.export.title"), JOptionPane.ERROR_MESSAGE);
        }
    }

    private void importFile() {
        Messages t = binder.texts();
        JFileChooser chooser = chooser();
        if (chooser.showOpenDialog(component) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        try {
            SettingsXml.importFrom(binder.settings(), file);
            JOptionPane.showMessageDialog(component, t.text("transfer.imported", file),
                    t.text("transfer.import.title"), JOptionPane.INFORMATION_MESSAGE);
        } catch (InvalidSettingException e) {
            LOG.info("Import from {} refused: {}", file, e.getMessage());
            JOptionPane.showMessageDialog(component, t.text("transfer.refused", e.localizedMessage(t)),
                    t.text("transfer.import.title"), JOptionPane.ERROR_MESSAGE);
        } catch (IOException e) {
            LOG.info("Import from {} failed: {}", file, e.getMessage());
            JOptionPane.showMessageDialog(component, t.text("transfer.unreadable", file, e.getMessage()),
                    t.text("transfer.import.title"), JOptionPane.ERROR_MESSAGE);
        }
    }

    private JFileChooser chooser() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(binder.texts().text("transfer.filter"), "xml"));
        return chooser;
    }

    private static Path withXmlExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".xml");
    }
}
