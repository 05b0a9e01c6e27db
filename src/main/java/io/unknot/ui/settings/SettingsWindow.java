package io.unknot.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.settings.Settings;
import io.unknot.ui.Frames;
import io.unknot.ui.theme.Appearance;
import io.unknot.ui.theme.Themes;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;

/**
 * The settings window: one page per section, every valid edit stored at once (there is no OK button), reset of
 * one page or everything after asking. Escape closes it. One window per instance: {@link #showWindow()} again
 * brings it to the front. The window is disposed when closed and built afresh next time, so it costs nothing
 * while unused.
 */
public final class SettingsWindow {

    static final String CONFIRM_DIALOG_NAME = "unknot.settings.confirm";

    private final Settings settings;
    private final Appearance appearance;
    private final AboutInfo about;
    private final Runnable openHealthTips;
    private final Language language;
    private final Messages texts;
    private JFrame frame;
    private Binder binder;
    private List<SettingsSection> sections;
    private JTabbedPane tabs;

    /**
     * @param appearance the theme, switched when the theme setting changes
     * @param language the language its texts are in
     * @param openHealthTips opens the app's one health tips window (About has a button for it)
     */
    public SettingsWindow(Settings settings, Appearance appearance, Language language, AboutInfo about,
                          Runnable openHealthTips) {
        this.language = language;
        this.texts = language.messages("settings");
        this.settings = settings;
        this.appearance = appearance;
        this.about = about;
        this.openHealthTips = openHealthTips;
    }

    /** Shows the window, or brings it to the front when it is already open. Any thread. */
    public void showWindow() {
        if (!EventQueue.isDispatchThread()) {
            EventQueue.invokeLater(this::showWindow);
            return;
        }
        if (frame == null) {
            frame = build();
            frame.setLocationRelativeTo(null);
        }
        Frames.bringToFront(frame);
    }

    /** The open window, for tests and for parenting dialogs; null while closed. */
    JFrame frame() {
        return frame;
    }

    private JFrame build() {
        appearance.follow(settings); // the theme setting switches every window, whoever changes it
        binder = new Binder(settings, language);
        sections = List.of(new BreaksSection(binder), new SuggestionsSection(binder), new DrivingSection(binder),
                new ScheduleSection(binder), new PopupsSection(binder), new SystemSection(binder),
                new AboutSection(binder, about, openHealthTips));
        binder.attach();

        tabs = new JTabbedPane(JTabbedPane.LEFT);
        tabs.setName("settings.sections");
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TAB_ALIGNMENT,
                FlatClientProperties.TABBED_PANE_ALIGN_LEADING);
        // FlatLaf's rounded selection, as in a sidebar list, instead of an underline on the pane's edge.
        Themes.style(tabs, "tabType: underlined; tabSelectionHeight: 999; "
                + "tabSelectionArc: 999; tabSelectionInsets: 8,3,8,3; tabInsets: 4,16,4,16; tabAreaInsets: 8,0,0,0; "
                + "underlineColor: $Unknot.sidebarSelection; inactiveUnderlineColor: $Unknot.sidebarSelection; "
                + "selectedBackground: null; hoverColor: $Unknot.sidebarHover; focusColor: null");
        for (SettingsSection section : sections) {
            JScrollPane scroll = new JScrollPane(section.component());
            scroll.setBorder(BorderFactory.createEmptyBorder());
            scroll.getVerticalScrollBar().setUnitIncrement(UIScale.scale(16));
            // Let Ctrl+PageUp/PageDown reach the tabs (switch section) instead of scrolling sideways.
            for (String stroke : List.of("ctrl PAGE_UP", "ctrl PAGE_DOWN")) {
                scroll.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                        .put(KeyStroke.getKeyStroke(stroke), "none");
            }
            tabs.addTab(section.name(), scroll);
        }

        JButton resetSection = new JButton(texts.text("reset.section"));
        resetSection.setName("settings.resetSection");
        resetSection.getAccessibleContext().setAccessibleName(texts.text("reset.section"));
        resetSection.addActionListener(e -> resetCurrentSection());
        tabs.addChangeListener(e -> resetSection.setEnabled(current().resettable()));
        JButton resetAll = new JButton(texts.text("reset.all"));
        resetAll.setName("settings.resetAll");
        resetAll.getAccessibleContext().setAccessibleName(texts.text("reset.all"));
        resetAll.addActionListener(e -> resetEverything());
        JButton close = new JButton(language.messages("common").text("close"));
        close.setName("settings.close");
        close.getAccessibleContext().setAccessibleName(language.messages("common").text("close"));
        close.addActionListener(e -> frame.dispose());

        JPanel footer = new JPanel();
        footer.setLayout(new BoxLayout(footer, BoxLayout.LINE_AXIS));
        footer.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), UIScale.scale(12), UIScale.scale(10),
                UIScale.scale(12)));
        footer.add(resetSection);
        footer.add(Box.createHorizontalStrut(UIScale.scale(8)));
        footer.add(resetAll);
        footer.add(Box.createHorizontalGlue());
        footer.add(close);

        JFrame window = new JFrame(texts.text("window.title"));
        window.setName("settings.window");
        window.getAccessibleContext().setAccessibleName(texts.text("window.title"));
        window.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        window.getContentPane().add(tabs, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(new JSeparator(), BorderLayout.PAGE_START); // a separator follows theme changes, a fixed colour would not
        bottom.add(footer, BorderLayout.CENTER);
        window.getContentPane().add(bottom, BorderLayout.PAGE_END);
        window.getRootPane().registerKeyboardAction(e -> window.dispose(),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                binder.commitPending();
                binder.detach();
                frame = null;
            }
        });
        window.pack();
        Dimension size = window.getSize();
        // Room for a refusal message or two without a scroll bar appearing.
        window.setSize(size.width, size.height + UIScale.scale(48));
        window.setMinimumSize(new Dimension(Math.min(size.width, UIScale.scale(560)),
                Math.min(size.height, UIScale.scale(420))));
        return window;
    }

    private SettingsSection current() {
        return sections.get(tabs.getSelectedIndex());
    }

    private void resetCurrentSection() {
        SettingsSection section = current();
        if (section.resettable() && confirm(texts.text("reset.section.question", section.name()))) {
            section.reset();
        }
    }

    private void resetEverything() {
        if (confirm(texts.text("reset.all.question"))) {
            settings.resetAll();
        }
    }

    /** Asks before a reset; the safe answer is the default. */
    private boolean confirm(String question) {
        String reset = texts.text("reset.confirm");
        Object[] answers = {reset, language.messages("common").text("cancel")};
        JOptionPane pane = new JOptionPane(question, JOptionPane.QUESTION_MESSAGE, JOptionPane.YES_NO_OPTION,
                null, answers, answers[1]);
        JDialog dialog = pane.createDialog(frame, texts.text("reset.title"));
        dialog.setName(CONFIRM_DIALOG_NAME);
        dialog.setVisible(true);
        dialog.dispose();
        return reset.equals(pane.getValue());
    }
}
