package io.unknot.ui.stats;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.unknot.core.Activity;
import io.unknot.core.BreakKind;
import io.unknot.history.HistoryRecord;
import io.unknot.history.HistoryStore;
import io.unknot.history.RecordType;
import io.unknot.i18n.Messages;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes the README's screenshot (not a test): a month of plausible history in a temporary store, the real
 * statistics window on it, painted to a PNG. Arguments: output file, then optionally "light" or "dark", a language
 * tag, and "month" to show the 30-day tab.
 */
public final class StatsScreenshot {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private StatsScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "stats.png");
        boolean dark = args.length > 1 && args[1].equals("dark");
        Messages.setLocale(args.length > 2 ? Locale.forLanguageTag(args[2]) : Locale.ENGLISH);
        LocalDate today = LocalDate.parse("2025-06-20");
        Clock clock = Clock.fixed(today.atTime(17, 30).atZone(ZONE).toInstant(), ZONE);
        Path dataDir = Files.createTempDirectory("unknot-stats-shot");
        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            seedMonth(store, today, new Random(42));
            EventQueue.invokeAndWait(dark ? FlatDarkLaf::setup : FlatLightLaf::setup);
            StatsWindow window = new StatsWindow(store, clock);
            EventQueue.invokeAndWait(window::showWindow);
            window.refresh().get(30, TimeUnit.SECONDS);
            AtomicReference<BufferedImage> image = new AtomicReference<>();
            EventQueue.invokeAndWait(() -> {
                JFrame frame = window.frame();
                frame.setSize(1000, 800);
                if (args.length > 3 && args[3].equals("month")) {
                    StatsWindowTest.find(frame, javax.swing.JTabbedPane.class, "periods").setSelectedIndex(1);
                }
                frame.validate();
            });
            Thread.sleep(500); // let the resized charts lay out and repaint once
            EventQueue.invokeAndWait(() -> {
                JFrame frame = window.frame();
                BufferedImage img = new BufferedImage(frame.getContentPane().getWidth(),
                        frame.getContentPane().getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                frame.getContentPane().paint(g);
                g.dispose();
                image.set(img);
                frame.dispose();
            });
            ImageIO.write(image.get(), "png", out.toFile());
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(dataDir)) {
                for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        System.exit(0);
    }

    /** Workdays of 5-8 hours at the desk with a commute, quieter weekends, breaks mostly done. */
    private static void seedMonth(HistoryStore store, LocalDate today, Random random) throws Exception {
        for (LocalDate day = today.minusDays(34); !day.isAfter(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            LocalDateTime t = day.atTime(weekend ? 10 : 8, random.nextInt(30));
            int end = day.equals(today) ? 17 * 60 + 30 : 24 * 60;
            if (!weekend) {
                t = sit(store, t, Activity.DRIVING, 25 + random.nextInt(20));
            }
            int blocks = weekend ? 1 + random.nextInt(2) : 4 + random.nextInt(3);
            for (int b = 0; b < blocks && t.getHour() * 60 + t.getMinute() < end; b++) {
                int length = 40 + random.nextInt(weekend ? 50 : 80);
                t = sit(store, t, Activity.DESK, Math.min(length, end - (t.getHour() * 60 + t.getMinute())));
                for (int micro = 0; micro < length / 15; micro++) {
                    breakAt(store, t.minusMinutes(micro * 15L), BreakKind.MICRO,
                            random.nextInt(10) < 8 ? RecordType.BREAK_DONE : RecordType.BREAK_SKIPPED, "look-away");
                }
                int roll = random.nextInt(10);
                if (roll < 6) {
                    breakAt(store, t, BreakKind.STRETCH, RecordType.BREAK_DONE, "neck-roll");
                } else if (roll < 8) {
                    breakAt(store, t, BreakKind.STRETCH, RecordType.BREAK_POSTPONED, null);
                    breakAt(store, t.plusMinutes(1), BreakKind.MOVEMENT, RecordType.BREAK_DONE, "stairs");
                } else {
                    breakAt(store, t, BreakKind.STRETCH, RecordType.BREAK_SKIPPED, null);
                }
                t = t.plusMinutes(6 + random.nextInt(40));
            }
            if (!weekend && !day.equals(today)) {
                sit(store, t.plusMinutes(10), Activity.DRIVING, 25 + random.nextInt(25));
            }
        }
    }

    private static LocalDateTime sit(HistoryStore store, LocalDateTime from, Activity activity, int minutes)
            throws Exception {
        for (int i = 0; i < minutes; i++) {
            store.append(HistoryRecord.sitting(at(from.plusMinutes(i)), activity, Duration.ofMinutes(1)));
        }
        return from.plusMinutes(minutes);
    }

    private static void breakAt(HistoryStore store, LocalDateTime when, BreakKind kind, RecordType type,
                                String suggestion) throws Exception {
        store.append(HistoryRecord.breakEvent(type, at(when), kind, Duration.ZERO, Optional.ofNullable(suggestion)));
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }
}
