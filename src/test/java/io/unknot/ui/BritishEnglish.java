package io.unknot.ui;

import io.unknot.i18n.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

/**
 * Runs each test with Unknot's texts in British English, the language its expected strings are written in, and
 * puts the language that was set before back afterwards, so no other test inherits it. Use it with
 * {@code @ExtendWith(BritishEnglish.class)}.
 */
public final class BritishEnglish implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(BritishEnglish.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(STORE).put(Locale.class, Messages.locale());
        Messages.setLocale(Locale.UK);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLocale(context.getStore(STORE).get(Locale.class, Locale.class));
    }
}
