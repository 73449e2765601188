package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.LOGIN_STATE;

import id.rekap.core.user.LoginStateRepository;
import java.util.Optional;
import org.jooq.DSLContext;

/** Login state in login_state. */
public final class JooqLoginStateRepository implements LoginStateRepository {
  private final DSLContext dsl;

  public JooqLoginStateRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<State> find(String name) {
    return dsl.selectFrom(LOGIN_STATE)
        .where(LOGIN_STATE.NAME.eq(name))
        .fetchOptional()
        .map(
            r ->
                new State(
                    r.getName(),
                    r.getFailures(),
                    r.getLastFailureAt(),
                    r.getBlocked(),
                    r.getMustChange()));
  }

  @Override
  public void put(State s) {
    if (s.failures() == 0 && s.blocked() == 0 && !s.mustChange()) {
      dsl.deleteFrom(LOGIN_STATE).where(LOGIN_STATE.NAME.eq(s.name())).execute();
      return;
    }
    // an update in place, not delete and insert: a change of the counters alone leaves the row's
    // bound digest as it was (BoundTables), so a refused try writes no state to the chain
    dsl.insertInto(LOGIN_STATE)
        .set(LOGIN_STATE.NAME, s.name())
        .set(LOGIN_STATE.FAILURES, s.failures())
        .set(LOGIN_STATE.LAST_FAILURE_AT, s.lastFailureAt())
        .set(LOGIN_STATE.BLOCKED, s.blocked())
        .set(LOGIN_STATE.MUST_CHANGE, s.mustChange())
        .onDuplicateKeyUpdate()
        .set(LOGIN_STATE.FAILURES, s.failures())
        .set(LOGIN_STATE.LAST_FAILURE_AT, s.lastFailureAt())
        .set(LOGIN_STATE.BLOCKED, s.blocked())
        .set(LOGIN_STATE.MUST_CHANGE, s.mustChange())
        .execute();
  }

  @Override
  public void forgetFailuresBefore(String instant) {
    dsl.deleteFrom(LOGIN_STATE)
        .where(LOGIN_STATE.MUST_CHANGE.isFalse())
        .and(LOGIN_STATE.LAST_FAILURE_AT.lt(instant))
        .execute();
  }
}
