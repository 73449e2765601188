package id.rekap.core.common;

import java.util.Locale;

/**
 * A failure the user can act on: it carries a message key of the shared bundles, so the CLI and the
 * GUI say it in the user's language, and a kind that decides the CLI's exit status.
 */
public class RekapException extends RuntimeException {
  /** What went wrong, in terms of the command-line contract's exit statuses. */
  public enum Kind {
    /** Exit 2: the command was called wrongly. */
    USAGE(2),
    /** Exit 3: input refused; nothing changed. */
    BAD_INPUT(3),
    /** Exit 1: the command ran and found something wrong. */
    PROBLEM_FOUND(1),
    /** Exit 4: the workspace or environment is not in a usable state. */
    STATE(4);

    private final int exitStatus;

    Kind(int exitStatus) {
      this.exitStatus = exitStatus;
    }

    public int exitStatus() {
      return exitStatus;
    }
  }

  private final Kind kind;
  private final String key;
  private final transient Object[] args;

  public RekapException(Kind kind, String key, Object... args) {
    super(key);
    this.kind = kind;
    this.key = key;
    this.args = args.clone();
  }

  public RekapException(Kind kind, Throwable cause, String key, Object... args) {
    super(key, cause);
    this.kind = kind;
    this.key = key;
    this.args = args.clone();
  }

  public static RekapException badInput(String key, Object... args) {
    return new RekapException(Kind.BAD_INPUT, key, args);
  }

  public static RekapException usage(String key, Object... args) {
    return new RekapException(Kind.USAGE, key, args);
  }

  public static RekapException state(String key, Object... args) {
    return new RekapException(Kind.STATE, key, args);
  }

  public Kind kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  /** The message in the given language (Indonesian unless the locale is English). */
  public String localized(Locale locale) {
    return Messages.get(locale, key, args);
  }

  @Override
  public String getMessage() {
    return localized(Messages.INDONESIAN);
  }
}
