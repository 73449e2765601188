package id.rekap.app.cli;

import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's texts in one language: its own bundle ({@code id/rekap/app/cli/messages}, keys
 * {@code cli.*}), then the core's shared bundle for what the window says too (refusals of the use
 * cases, findings). Indonesian is the base; English the only translation; never the JVM's default
 * locale.
 */
public final class CliMessages {
  static final String BUNDLE = "id.rekap.app.cli.messages";

  private CliMessages() {}

  /** The text of a key, its arguments filled in as the core fills its own (issue 19). */
  public static String get(Locale locale, String key, Object... args) {
    ResourceBundle own = bundle(locale);
    return own.containsKey(key)
        ? Messages.format(locale, own.getString(key), args)
        : Messages.get(locale, key, args);
  }

  /** A refusal in words, whether the command line or the core raised it. */
  public static String of(Locale locale, RekapException e) {
    return get(locale, e.key(), e.args());
  }

  static ResourceBundle bundle(Locale locale) {
    return bundle(BUNDLE, locale);
  }

  /**
   * One of the command line's bundles (its messages, its help texts) in the user's language:
   * Indonesian unless English is asked for, never the JVM's default locale.
   */
  static ResourceBundle bundle(String name, Locale locale) {
    return ResourceBundle.getBundle(
        name,
        Messages.normalize(locale),
        CliMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
