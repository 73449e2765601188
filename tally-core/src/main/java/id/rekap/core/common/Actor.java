package id.rekap.core.common;

/** Who performs a use case; recorded in every audit event. */
public record Actor(String name) {
  public Actor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor name is required");
    }
  }

  /** The operating-system account running the command line, until workspace users exist. */
  public static Actor systemUser() {
    String user = System.getProperty("user.name", "unknown");
    return new Actor("os:" + user);
  }
}
