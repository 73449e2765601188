package id.rekap.app.cli;

import id.rekap.core.common.RekapException;

/**
 * The exit statuses of the command-line contract (docs/contract.md §1). Scripts and the acceptance
 * checks read these numbers, so they never change; commands name them instead of writing numbers.
 */
public enum ExitStatus {
  /** The command did what was asked and found nothing wrong. */
  OK(0),
  /** The command ran and found something wrong (an ERROR finding, a broken chain, a mismatch). */
  FOUND_WRONG(1),
  /** The command was called wrongly (unknown option, missing argument). */
  USAGE(2),
  /** Input refused; nothing changed. */
  BAD_INPUT(3),
  /** The workspace or the environment is not in a usable state. */
  UNUSABLE(4),
  /** A failure of Rekap itself: a bug, logged with its stack trace. */
  INTERNAL(70);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  /** The number the process exits with. */
  public int code() {
    return code;
  }

  /** {@link #FOUND_WRONG} when something wrong was found, {@link #OK} otherwise. */
  public static int wrongIf(boolean foundWrong) {
    return (foundWrong ? FOUND_WRONG : OK).code;
  }

  /** The status of a refusal, by its kind. */
  public static ExitStatus of(RekapException.Kind kind) {
    return switch (kind) {
      case USAGE -> USAGE;
      case BAD_INPUT -> BAD_INPUT;
      case PROBLEM_FOUND -> FOUND_WRONG;
      case STATE -> UNUSABLE;
    };
  }
}
