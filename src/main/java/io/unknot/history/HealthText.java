package io.unknot.history;

import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/** {@link HistoryKeeper.Health} in plain words for the user: what happened and what to do. */
public final class HealthText {

    private final Messages texts;

    public HealthText(Language language) {
        this.texts = language.messages("history");
    }

    public String title(HistoryKeeper.Health health) {
        return texts.text(switch (health.state()) {
            case OK -> "history.title.lost";
            case READ_ONLY -> "history.title.readOnly";
            case UNAVAILABLE -> "history.title";
        });
    }

    /** Why the history is not written, naming the folder; empty when it is. */
    public String reason(HistoryKeeper.Health health) {
        return health.cause().map(cause -> texts.text("history.cause." + cause.name(), health.folder(),
                health.detail())).orElse("");
    }

    /** The whole notice: state, reason, records lost, damage set aside, and what to do. */
    public String body(HistoryKeeper.Health health) {
        List<String> parts = new ArrayList<>();
        switch (health.state()) {
            case READ_ONLY -> parts.add(texts.text("history.state.readOnly"));
            case UNAVAILABLE -> parts.add(texts.text("history.state.unavailable"));
            case OK -> { }
        }
        if (!reason(health).isEmpty()) {
            parts.add(reason(health));
        }
        health.damage().ifPresent(aside -> parts.add(texts.text("history.damaged", aside)));
        if (health.lost() > 0) {
            parts.add(texts.text("history.lost", health.lost()));
        }
        parts.add(texts.text(health.state() == HistoryKeeper.State.OK ? "history.todo.lost" : "history.todo"));
        return String.join(" ", parts);
    }
}
