package id.rekap.signing;

/**
 * A file that cannot even be read as the kind it claims to be (a broken PDF or ZIP structure). The
 * message says what is wrong with the file; it never carries key material or passphrases.
 */
public final class UnreadableFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableFileException(String message) {
    super(message);
  }

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
