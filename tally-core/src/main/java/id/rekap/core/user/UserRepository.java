package id.rekap.core.user;

import java.util.List;
import java.util.Optional;

/** Persistence of users (implemented by the store). */
public interface UserRepository {
  /** A user's role and password hash. */
  record Stored(String name, Role role, String passwordHash, boolean active) {}

  Optional<Stored> find(String name);

  List<Stored> all();

  void insert(Stored user, String createdAt);

  void setPassword(String name, String passwordHash);

  void setActive(String name, boolean active);
}
