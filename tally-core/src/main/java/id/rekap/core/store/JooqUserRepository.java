package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.APP_USER;

import id.rekap.core.user.Role;
import id.rekap.core.user.UserRepository;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Users in app_user. */
public final class JooqUserRepository implements UserRepository {
  private final DSLContext dsl;

  public JooqUserRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Stored> find(String name) {
    return dsl.selectFrom(APP_USER)
        .where(APP_USER.NAME.eq(name))
        .fetchOptional()
        .map(JooqUserRepository::stored);
  }

  @Override
  public List<Stored> all() {
    return dsl.selectFrom(APP_USER).orderBy(APP_USER.NAME).fetch(JooqUserRepository::stored);
  }

  private static Stored stored(Record r) {
    return new Stored(
        r.get(APP_USER.NAME),
        Role.of(r.get(APP_USER.ROLE)).orElseThrow(),
        r.get(APP_USER.PASSWORD_HASH),
        r.get(APP_USER.ACTIVE));
  }

  @Override
  public void insert(Stored user, String createdAt) {
    dsl.insertInto(APP_USER)
        .set(APP_USER.NAME, user.name())
        .set(APP_USER.ROLE, user.role().id())
        .set(APP_USER.PASSWORD_HASH, user.passwordHash())
        .set(APP_USER.CREATED_AT, createdAt)
        .set(APP_USER.ACTIVE, user.active())
        .execute();
  }

  @Override
  public void setPassword(String name, String passwordHash) {
    dsl.update(APP_USER)
        .set(APP_USER.PASSWORD_HASH, passwordHash)
        .where(APP_USER.NAME.eq(name))
        .execute();
  }

  @Override
  public void setActive(String name, boolean active) {
    dsl.update(APP_USER).set(APP_USER.ACTIVE, active).where(APP_USER.NAME.eq(name)).execute();
  }
}
