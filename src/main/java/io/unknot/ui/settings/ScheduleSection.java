package io.unknot.ui.settings;

import io.unknot.i18n.Messages;
import io.unknot.settings.Keys;

import javax.swing.JComponent;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;

/** Working days and hours, and waiting while the user presents or is in a call. */
final class ScheduleSection implements SettingsSection {

    private final Binder binder;
    private final JComponent component;

    ScheduleSection(Binder binder) {
        this.binder = binder;
        Messages t = binder.texts();
        Field hoursOn = binder.checkBox(Keys.WORKING_HOURS_ENABLED, "schedule.enabled");
        Field days = binder.checks(Keys.WORKING_DAYS, DayOfWeek.class, weekInLocaleOrder(t), 0,
                d -> d.getDisplayName(TextStyle.SHORT, t.locale()),
                d -> d.getDisplayName(TextStyle.FULL, t.locale()));
        Field start = binder.time(Keys.WORKING_START, plain("schedule.start"));
        Field end = binder.time(Keys.WORKING_END, plain("schedule.end"));
        Field fullScreen = binder.checkBox(Keys.DEFER_FULLSCREEN, "schedule.deferFullscreen");
        Field camera = binder.checkBox(Keys.DEFER_CAMERA, "schedule.deferCamera");
        Field microphone = binder.checkBox(Keys.DEFER_MICROPHONE, "schedule.deferMicrophone");
        Field desktopDnd = binder.checkBox(Keys.DEFER_DESKTOP_DND, "schedule.deferDesktopDnd");
        Field inhibited = binder.checkBox(Keys.DEFER_INHIBITED, "schedule.deferInhibited");
        Field limit = binder.duration(Keys.DEFER_LIMIT, DurationUnit.MINUTES, plain("schedule.deferLimit"));
        component = new Form().heading(t.text("schedule.heading.hours"))
                .wide(hoursOn)
                .row(binder.label("schedule.days", days), days)
                .row(binder.label("schedule.start", start), start)
                .row(binder.label("schedule.end", end), end)
                .note(t.text("schedule.hours.note"))
                .heading(t.text("schedule.heading.defer"))
                .wide(fullScreen)
                .wide(camera)
                .wide(microphone)
                .wide(desktopDnd)
                .wide(inhibited)
                .row(binder.label("schedule.deferLimit", limit), limit)
                .note(t.text("schedule.deferLimit.note"))
                .panel();
        binder.enabledWhile(Keys.WORKING_HOURS_ENABLED, days.component(), start.component(), end.component());
    }

    @Override
    public String name() {
        return binder.texts().text("section.schedule");
    }

    @Override
    public JComponent component() {
        return component;
    }

    @Override
    public void reset() {
        binder.settings().reset(List.of(Keys.WORKING_HOURS_ENABLED, Keys.WORKING_DAYS, Keys.WORKING_START,
                Keys.WORKING_END, Keys.DEFER_FULLSCREEN, Keys.DEFER_CAMERA, Keys.DEFER_MICROPHONE,
                Keys.DEFER_DESKTOP_DND, Keys.DEFER_INHIBITED, Keys.DEFER_LIMIT));
    }

    /** Monday first in Germany, Sunday first in the US. */
    private static List<DayOfWeek> weekInLocaleOrder(Messages t) {
        DayOfWeek first = WeekFields.of(t.locale()).getFirstDayOfWeek();
        List<DayOfWeek> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(first.plus(i));
        }
        return days;
    }

    private String plain(String key) {
        return binder.texts().mnemonic(key).text();
    }
}
