package id.rekap.app.gui;

import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's texts in one language: the GUI's own bundle ({@code id/rekap/app/gui/messages}),
 * falling back to the shared core bundle, so findings and refusals read the same as on the command
 * line. Indonesian is the base; English the only translation.
 */
public final class Texts {
  private static final String BUNDLE = "id.rekap.app.gui.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  public Texts(Locale locale) {
    this.locale = Messages.normalize(locale);
    this.bundle =
        ResourceBundle.getBundle(BUNDLE, this.locale, Texts.class.getClassLoader(), NO_FALLBACK);
  }

  public Locale locale() {
    return locale;
  }

  public boolean english() {
    return locale.getLanguage().equals("en");
  }

  /** The text of a key, formatted with its arguments (counts should come pre-formatted). */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return Messages.get(locale, key, args);
    }
    if (args.length == 0) {
      return pattern;
    }
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] =
          switch (args[i]) {
            case Number n -> n.toString();
            case null -> "";
            // a reason or a list of them from the core, in this language
            case id.rekap.core.common.MessageRef r -> Messages.argument(locale, r);
            case id.rekap.core.common.MessageList l -> Messages.argument(locale, l);
            default -> args[i];
          };
    }
    return new MessageFormat(pattern, locale).format(plain);
  }

  /**
   * A failure as the user should read it: a refusal's own message, else a generic line. The failure
   * itself goes to the log with its stack trace ({@link Failures}).
   */
  public String error(Throwable t) {
    Failures.log(t);
    if (t instanceof java.util.concurrent.CancellationException) {
      return get("error.cancelled");
    }
    Throwable cause = t;
    while (cause != null) {
      if (cause instanceof RekapException e) {
        // the GUI's own wording first (the core's may name command-line options)
        return bundle.containsKey(e.key()) ? get(e.key(), e.args()) : e.localized(locale);
      }
      cause = cause.getCause();
    }
    return get("error.unexpected", t.getClass().getSimpleName());
  }
}
