package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.COMMITTEE_MEMBER;

import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.CommitteeRepository;
import java.util.List;
import org.jooq.DSLContext;

/** The committee in committee_member, ordered by position. */
public final class JooqCommitteeRepository implements CommitteeRepository {
  private final DSLContext dsl;

  public JooqCommitteeRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<CommitteeMember> all() {
    return dsl.selectFrom(COMMITTEE_MEMBER)
        .orderBy(COMMITTEE_MEMBER.POSITION)
        .fetch(r -> new CommitteeMember(r.getRole(), r.getName()));
  }

  @Override
  public void replace(List<CommitteeMember> members) {
    dsl.deleteFrom(COMMITTEE_MEMBER).execute();
    for (int i = 0; i < members.size(); i++) {
      dsl.insertInto(COMMITTEE_MEMBER)
          .set(COMMITTEE_MEMBER.POSITION, i + 1)
          .set(COMMITTEE_MEMBER.ROLE, members.get(i).role())
          .set(COMMITTEE_MEMBER.NAME, members.get(i).name())
          .execute();
    }
  }
}
