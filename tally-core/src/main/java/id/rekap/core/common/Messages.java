package id.rekap.core.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The shared message bundles ({@code id/rekap/messages*.properties}): Indonesian is the base
 * bundle, English the only translation. The CLI and the GUI both read them, each after its own
 * bundle (the command line's and the window's own texts live beside them in the desktop app).
 */
public final class Messages {
  public static final Locale INDONESIAN = Locale.of("id", "ID");
  private static final String BUNDLE = "id.rekap.messages";

  // No fallback to the JVM's default locale: an English machine must not turn Indonesian requests
  // into English ones, and vice versa.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** English when the locale's language is English, Indonesian otherwise. */
  public static Locale normalize(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  /**
   * The locale asked for by a POSIX {@code LANG}/{@code LC_ALL} value such as {@code en_US.UTF-8}.
   */
  public static Locale fromPosix(String lang) {
    return lang != null && lang.startsWith("en") ? Locale.ENGLISH : INDONESIAN;
  }

  public static String get(Locale locale, String key, Object... args) {
    Locale wanted = normalize(locale);
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, wanted, Messages.class.getClassLoader(), NO_FALLBACK);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return format(wanted, pattern, args);
  }

  /**
   * A pattern of another bundle (the command line's own) filled in as this class fills its own: a
   * {@link MessageRef} in words, numbers ungrouped, values from outside on one safe line.
   */
  public static String format(Locale locale, String pattern, Object... args) {
    if (args.length == 0) {
      return pattern;
    }
    Locale wanted = normalize(locale);
    return new MessageFormat(pattern, wanted).format(plain(wanted, args));
  }

  /**
   * One message argument as text in the language: a {@link MessageRef} or {@link MessageList} in
   * words, a number without grouping, anything else as it is.
   */
  public static String argument(Locale locale, Object arg) {
    return String.valueOf(plain(normalize(locale), new Object[] {arg})[0]);
  }

  // MessageFormat would group numbers ("1.234"), which is wrong for codes and line numbers in
  // messages; counts that need grouping are formatted by the caller.
  private static Object[] plain(Locale locale, Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] =
          switch (args[i]) {
            case Double d -> decimal(locale, d);
            case Number n -> n.toString();
            case MessageRef ref -> get(locale, ref.key(), ref.args().toArray());
            case MessageList list -> join(locale, list);
            case null -> "";
            // a value from outside (a file name, a name read from a file) never breaks the
            // one-line message nor carries a terminal's escape sequence
            default -> SafeText.inline(String.valueOf(args[i]));
          };
    }
    return out;
  }

  private static String join(Locale locale, MessageList list) {
    StringBuilder b = new StringBuilder();
    for (Object item : list.items()) {
      if (!b.isEmpty()) {
        b.append(list.separator());
      }
      b.append(plain(locale, new Object[] {item})[0]);
    }
    return b.toString();
  }

  /** A fraction such as a reserve percentage, with the language's decimal mark: 2,5 / 2.5. */
  private static String decimal(Locale locale, double value) {
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
    format.setGroupingUsed(false);
    return format.format(value);
  }
}
