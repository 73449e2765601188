package id.rekap.core.common;

/**
 * Who performs a use case; recorded in every audit event. Always a logged-in workspace account
 * ({@code user:NAME}, see {@code User.actor()}), {@code unauthenticated} for a failed login, or
 * {@code rekap:init} for a workspace created before its first account: never the operating system's
 * account name, which anyone can set ({@code -Duser.name=ketua}).
 */
public record Actor(String name) {
  public Actor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor name is required");
    }
  }
}
