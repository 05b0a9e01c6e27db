package io.unknot.app;

import io.unknot.app.remote.Command;
import io.unknot.app.remote.CommandHandler;
import io.unknot.app.remote.Reply;
import io.unknot.app.remote.StatusJson;
import io.unknot.app.remote.StatusLine;
import io.unknot.core.EngineState;
import io.unknot.i18n.Messages;

import java.time.ZoneId;
import java.util.function.Supplier;

/** Carries out the commands that arrive over the control socket, through the same commands the tray uses. */
final class RemoteCommands implements CommandHandler {

    private static final Messages CLI = Messages.of("cli");

    private final AppCommands app;
    private final Supplier<ZoneId> zone;

    RemoteCommands(AppCommands app, Supplier<ZoneId> zone) {
        this.app = app;
        this.zone = zone;
    }

    @Override
    public Reply handle(Command command) {
        if (command instanceof Command.Status s) {
            return Reply.ok(s.json() ? StatusJson.of(app.status(), zone.get()) : StatusLine.of(app.status(), zone.get()));
        }
        if (command instanceof Command.TakeBreak b) {
            app.takeBreak(b.kind());
            return Reply.ok(CLI.text("cli.reply.break", StatusLine.kind(b.kind())));
        }
        if (command instanceof Command.PauseFor p) {
            app.pause(p.length());
            return Reply.ok(app.status().pausedUntil()
                    .map(until -> CLI.text("cli.reply.pausedUntil", StatusLine.time(until, zone.get())))
                    .orElse(CLI.text("cli.reply.pausedIndefinitely")));
        }
        if (command instanceof Command.PauseUntilTomorrow) {
            app.pauseUntilTomorrow();
            return Reply.ok(CLI.text("cli.reply.pausedTomorrow"));
        }
        if (command instanceof Command.PauseIndefinitely) {
            app.pauseIndefinitely();
            return Reply.ok(CLI.text("cli.reply.pausedIndefinitely"));
        }
        if (command instanceof Command.Resume) {
            boolean wasPaused = app.status().state() == EngineState.PAUSED;
            app.resume();
            return Reply.ok(CLI.text(wasPaused ? "cli.reply.resumed" : "cli.reply.notPaused"));
        }
        if (command instanceof Command.Drive d) {
            if (d.start()) {
                app.startDrive();
            } else {
                app.endDrive();
            }
            return Reply.ok(CLI.text(d.start() ? "cli.reply.driveStarted" : "cli.reply.driveEnded"));
        }
        if (command instanceof Command.Open o) {
            return open(o.window());
        }
        if (command instanceof Command.Quit) {
            app.quit();
            return Reply.ok(CLI.text("cli.reply.quit"));
        }
        throw new IllegalArgumentException("unhandled command " + command);
    }

    private Reply open(Command.Window window) {
        switch (window) {
            case MAIN -> app.showMain();
            case SETTINGS -> app.openSettings();
            case STATISTICS -> app.openStatistics();
            case HEALTH_TIPS -> app.openHealthTips();
        }
        return Reply.ok(CLI.text(switch (window) {
            case MAIN -> "cli.reply.show";
            case SETTINGS -> "cli.reply.settings";
            case STATISTICS -> "cli.reply.stats";
            case HEALTH_TIPS -> "cli.reply.tips";
        }));
    }
}
