package io.unknot.app;

import io.unknot.app.remote.Command;
import io.unknot.app.remote.CommandHandler;
import io.unknot.app.remote.Reply;
import io.unknot.app.remote.StatusJson;
import io.unknot.app.remote.StatusLine;
import io.unknot.core.EngineStatus;
import io.unknot.history.HealthText;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;

import java.time.ZoneId;
import java.util.function.Supplier;

/** Carries out the commands that arrive over the control socket, through the same commands the tray uses. */
final class RemoteCommands implements CommandHandler {

    private final Messages cli;
    private final StatusLine statusLine;
    private final HealthText healthText;

    private final AppCommands app;
    private final Supplier<ZoneId> zone;

    RemoteCommands(Language language, AppCommands app, Supplier<ZoneId> zone) {
        this.cli = language.messages("cli");
        this.statusLine = new StatusLine(language);
        this.healthText = new HealthText(language);
        this.app = app;
        this.zone = zone;
    }

    @Override
    public Reply handle(Command command) {
        if (command instanceof Command.Status s) {
            return Reply.ok(s.json() ? StatusJson.of(app.status(), app.desktopStatus(), zone.get(), app.history(),
                    healthText)
                    : statusLine.of(app.status(), zone.get()));
        }
        if (command instanceof Command.TakeBreak b) {
            return app.breakNow(b.kind())
                    ? Reply.ok(cli.text("cli.reply.break", statusLine.kind(b.kind())))
                    : Reply.failed(cli.text("cli.refused.breakShowing"));
        }
        if (command instanceof Command.PauseFor p) {
            app.pause(p.length());
            return pausedUntil();
        }
        if (command instanceof Command.PauseUntilTomorrow) {
            app.pauseUntilTomorrow();
            return pausedUntil();
        }
        if (command instanceof Command.PauseIndefinitely) {
            app.pauseIndefinitely();
            return Reply.ok(cli.text("cli.reply.pausedIndefinitely"));
        }
        if (command instanceof Command.Resume) {
            return app.endPause() ? Reply.ok(cli.text("cli.reply.resumed"))
                    : Reply.failed(cli.text("cli.reply.notPaused"));
        }
        if (command instanceof Command.Drive d && d.start()) {
            return app.beginDrive() ? Reply.ok(cli.text("cli.reply.driveStarted"))
                    : Reply.failed(cli.text("cli.refused.driving"));
        }
        if (command instanceof Command.Drive) {
            return app.finishDrive() ? Reply.ok(cli.text("cli.reply.driveEnded"))
                    : Reply.failed(cli.text("cli.refused.notDriving"));
        }
        if (command instanceof Command.Open o) {
            return open(o.window());
        }
        if (command instanceof Command.Quit) {
            app.quit();
            return Reply.ok(cli.text("cli.reply.quit"));
        }
        throw new IllegalArgumentException("unhandled command " + command);
    }

    /** The pause's real end, with its day when that is not today ("Paused until Monday 10:00 AM."). */
    private Reply pausedUntil() {
        EngineStatus status = app.status();
        return Reply.ok(status.pausedUntil()
                .map(until -> cli.text("cli.reply.pausedUntil", statusLine.moment(until, status.at(), zone.get())))
                .orElse(cli.text("cli.reply.pausedIndefinitely")));
    }

    private Reply open(Command.Window window) {
        switch (window) {
            case MAIN -> app.showMain();
            case SETTINGS -> app.openSettings();
            case STATISTICS -> app.openStatistics();
            case HEALTH_TIPS -> app.openHealthTips();
        }
        return Reply.ok(cli.text(switch (window) {
            case MAIN -> "cli.reply.show";
            case SETTINGS -> "cli.reply.settings";
            case STATISTICS -> "cli.reply.stats";
            case HEALTH_TIPS -> "cli.reply.tips";
        }));
    }
}
