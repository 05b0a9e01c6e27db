package io.unknot.ui.status;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.core.EngineStatus;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.ui.MultilineLabel;
import io.unknot.ui.PlainText;
import io.unknot.ui.StatusText;
import io.unknot.ui.tray.MenuEntry;
import io.unknot.ui.tray.MenuEntry.Item;
import io.unknot.ui.tray.StatusNotice;
import io.unknot.ui.tray.TrayActions;
import io.unknot.ui.tray.TrayCommand;
import io.unknot.ui.tray.TrayMenu;

import io.unknot.ui.theme.Themes;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import java.awt.Component;
import java.awt.Frame;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stands in for the tray icon on desktops without one: the status line, why this window is shown, and buttons for
 * everything the tray menu offers (built from the same {@link TrayMenu} model). Refreshed on {@link #refresh()} and
 * every 30 seconds. Create and show it on the EDT.
 */
public final class StatusWindow {

    private final Messages texts;
    private static final int CALM_REFRESH_MILLIS = 30_000;
    /** A dialog's standard margin, unscaled. */
    private static final int MARGIN = 16;

    private final TrayActions actions;
    private final Supplier<EngineStatus> status;
    private final StatusText text;
    private final JFrame frame;
    private final JLabel statusLine = new JLabel();
    private final JTextArea noIdle;
    private final Supplier<Optional<StatusNotice>> notice;
    private final JLabel noticeLine = new JLabel();
    private final JTextArea noticeDetails = note("");
    private final JPanel noticePanel = new JPanel();
    private Optional<StatusNotice> shownNotice = Optional.empty();
    private final JPanel buttons = new JPanel();
    private final Timer timer = new Timer(CALM_REFRESH_MILLIS, e -> update());
    private List<MenuEntry> shownActions;

    /** @param noTrayReason why there is no tray icon (from the tray install), if known */
    public StatusWindow(Language language, TrayActions actions, Supplier<EngineStatus> status,
                        Optional<String> noTrayReason) {
        this(language, actions, status, noTrayReason, Optional::empty);
    }

    /** @param notice shown under the status line while there is one (history not saved, say) */
    public StatusWindow(Language language, TrayActions actions, Supplier<EngineStatus> status,
                        Optional<String> noTrayReason,
                        Supplier<Optional<StatusNotice>> notice) {
        this.texts = language.messages("status");
        this.text = StatusText.systemDefault(language);
        this.frame = new JFrame(texts.text("window.title"));
        this.noIdle = note(texts.text("reason.noIdleDetection"));
        this.actions = actions;
        this.status = status;
        this.notice = notice;
        noticeLine.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        PlainText.only(noticeLine);
        noticePanel.setLayout(new BoxLayout(noticePanel, BoxLayout.Y_AXIS));
        noticePanel.setOpaque(false);
        for (JComponent part : List.of(noticeLine, noticeDetails)) {
            part.setAlignmentX(Component.LEFT_ALIGNMENT);
            noticePanel.add(part);
        }
        noticePanel.setVisible(false);
        statusLine.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        statusLine.getAccessibleContext().setAccessibleDescription(texts.text("window.title"));
        JTextArea why = note(noTrayReason.map(reason -> texts.text("reason.noTray", reason))
                .orElseGet(() -> texts.text("reason.noTrayUnknown")));
        JTextArea closing = note(texts.text("minimize.hint"));

        buttons.setLayout(new BoxLayout(buttons, BoxLayout.Y_AXIS));
        buttons.setOpaque(false);

        JPanel content = new JPanel();
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        int margin = UIScale.scale(MARGIN);
        content.setBorder(BorderFactory.createEmptyBorder(margin, margin, margin, margin));
        List<JComponent> parts = List.of(statusLine, noticePanel, why, noIdle, buttons, closing);
        for (JComponent part : parts) {
            part.setAlignmentX(Component.LEFT_ALIGNMENT);
            content.add(part);
            if (part != closing) {
                content.add(Box.createVerticalStrut(UIScale.scale(part == noIdle ? 16 : 8)));
            }
        }
        frame.setContentPane(content);
        // Without a tray this window is Unknot's only face: closing it asks whether to quit or to run on hidden,
        // and says how to get it back (a desktop without a tray may have no taskbar to restore it from either).
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                askQuitOrHide();
            }
        });
    }

    private void askQuitOrHide() {
        String keep = texts.text("close.keepRunning");
        String quit = texts.text("close.quit");
        int choice = JOptionPane.showOptionDialog(frame, MultilineLabel.of(texts.text("close.question"), 40),
                texts.text("close.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.QUESTION_MESSAGE, null,
                new Object[] {keep, quit}, keep);
        if (choice == 0) {
            frame.setVisible(false);
        } else if (choice == 1) {
            actions.quit();
        }
    }

    public void showWindow() {
        update();
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setExtendedState(Frame.NORMAL);
        frame.setVisible(true);
        frame.toFront();
        timer.start();
    }

    /** Reads the engine again. Any thread. */
    public void refresh() {
        SwingUtilities.invokeLater(this::update);
    }

    public void close() {
        timer.stop();
        frame.dispose();
    }

    JFrame frame() {
        return frame;
    }

    private void update() {
        EngineStatus now = status.get();
        statusLine.setText(text.line(now));
        statusLine.getAccessibleContext().setAccessibleName(text.line(now));
        noIdle.setVisible(!now.idleDetection());
        showNotice(notice.get());
        // Text lines become the labels above; the rest of the tray menu becomes buttons.
        List<MenuEntry> menuActions = TrayMenu.build(now, text).stream()
                .filter(entry -> !(entry instanceof Item item) || item.command().isPresent() || item.isSubmenu())
                .toList();
        if (!menuActions.equals(shownActions)) {
            shownActions = menuActions;
            rebuildButtons(menuActions);
        }
    }

    private void showNotice(Optional<StatusNotice> current) {
        if (current.equals(shownNotice)) {
            return;
        }
        shownNotice = current;
        current.ifPresent(n -> {
            noticeLine.setText(n.line());
            noticeLine.getAccessibleContext().setAccessibleName(n.line());
            noticeDetails.setText(n.details());
        });
        noticePanel.setVisible(current.isPresent());
        if (frame.isShowing()) {
            frame.pack();
        }
    }

    /**
     * One primary action (take a break, or resume while paused), the other actions of the first menu group
     * beside it, and everything else (windows, quit) under "More", as a native app would group them.
     */
    private void rebuildButtons(List<MenuEntry> menu) {
        buttons.removeAll();
        List<List<MenuEntry>> groups = new ArrayList<>();
        groups.add(new ArrayList<>());
        for (MenuEntry entry : menu) {
            if (entry instanceof Item) {
                groups.get(groups.size() - 1).add(entry);
            } else if (!groups.get(groups.size() - 1).isEmpty()) {
                groups.add(new ArrayList<>());
            }
        }
        List<Item> main = groups.get(0).stream().map(Item.class::cast).toList();
        Item primary = main.stream().filter(item -> item.command().equals(Optional.of(TrayCommand.Simple.RESUME)))
                .findFirst().orElse(main.get(0));
        JPanel row = new JPanel();
        row.setLayout(new BoxLayout(row, BoxLayout.LINE_AXIS));
        row.setOpaque(false);
        row.setAlignmentX(Component.LEFT_ALIGNMENT);
        JButton first = button(primary);
        first.setName("status.primary");
        frame.getRootPane().setDefaultButton(first); // FlatLaf fills the default button in the accent colour
        row.add(first);
        for (Item item : main) {
            if (item != primary) {
                row.add(Box.createHorizontalStrut(UIScale.scale(8)));
                row.add(button(item));
            }
        }
        List<MenuEntry> more = new ArrayList<>();
        for (List<MenuEntry> group : groups.subList(1, groups.size())) {
            if (!more.isEmpty() && !group.isEmpty()) {
                more.add(new MenuEntry.Separator());
            }
            more.addAll(group);
        }
        if (!more.isEmpty()) {
            row.add(Box.createHorizontalGlue());
            row.add(Box.createHorizontalStrut(UIScale.scale(24)));
            JButton moreButton = button(Item.submenu(texts.text("group.more"), more, true));
            moreButton.setName("status.more");
            row.add(moreButton);
        }
        buttons.add(row);
        buttons.revalidate();
        buttons.repaint();
        if (frame.isShowing()) {
            frame.pack();
        }
    }

    private JButton button(Item item) {
        JButton button = new JButton(item.isSubmenu() ? item.label() + " ▾" : item.label());
        button.getAccessibleContext().setAccessibleName(item.label());
        button.setEnabled(item.enabled());
        if (item.isSubmenu()) {
            JPopupMenu popup = new JPopupMenu(item.label());
            for (MenuEntry child : item.submenu()) {
                if (child instanceof Item sub) {
                    JMenuItem menuItem = new JMenuItem(sub.label());
                    menuItem.setEnabled(sub.enabled());
                    sub.command().ifPresent(command -> menuItem.addActionListener(e -> run(command)));
                    popup.add(menuItem);
                } else {
                    popup.addSeparator();
                }
            }
            button.addActionListener(e -> popup.show(button, 0, button.getHeight()));
        } else {
            item.command().ifPresent(command -> button.addActionListener(e -> run(command)));
        }
        return button;
    }

    private void run(TrayCommand command) {
        command.runOn(actions);
        update();
    }

    private static JTextArea note(String content) {
        JTextArea area = MultilineLabel.of(content, 40);
        // The theme's hint colour (at least 4.5:1 in light and dark), re-read when the theme switches.
        area.setFont(javax.swing.UIManager.getFont("Label.font"));
        Themes.foreground(area, "Unknot.hintForeground");
        return area;
    }
}
