package id.rekap.core.user;

import java.util.Optional;

/** Login state per account name (implemented by the store). */
public interface LoginStateRepository {
  /**
   * @param failures consecutive failed logins since the last success
   * @param lastFailureAt when the last one happened (ISO instant), or null
   * @param blocked attempts refused unchecked while waiting, since the last audited failure
   * @param mustChange the account must replace its temporary password before anything else
   */
  record State(String name, int failures, String lastFailureAt, int blocked, boolean mustChange) {
    static State fresh(String name) {
      return new State(name, 0, null, 0, false);
    }
  }

  Optional<State> find(String name);

  /** Stores the state; a state with nothing to remember is removed. */
  void put(State state);

  /** Forgets failures older than the instant of names that need nothing else remembered. */
  void forgetFailuresBefore(String instant);
}
