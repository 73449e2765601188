package id.rekap.testsupport;

/**
 * The Argon2id cost the tests hash passwords with: the format's smallest memory and one pass, so a
 * test that adds and logs in a dozen accounts takes milliseconds, not seconds. Production code
 * never reads these: its cost is fixed in {@code PasswordHasher}'s defaults, and a lower cost
 * reaches a workspace only as a Java argument a test passes (never a system property or an
 * environment variable an insider could set on the office PC). A hash records its own cost, so the
 * production verifier checks a test's hash correctly, and the other way round.
 */
public final class FastPasswords {
  /** Argon2's minimum memory for one lane, in KiB. */
  public static final int MEMORY_KIB = 8;

  /** One pass. */
  public static final int ITERATIONS = 1;

  private FastPasswords() {}
}
