package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.SIREKAP_PUBLISHED;

import id.rekap.core.election.ContestCode;
import id.rekap.core.result.Published;
import id.rekap.core.result.PublishedRepository;
import id.rekap.core.result.VoteCodec;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Sirekap's published aggregate rows in sirekap_published (V31). */
public final class JooqPublishedRepository implements PublishedRepository {
  private final DSLContext dsl;

  public JooqPublishedRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<String> originOf(ContestCode contest, String parent) {
    return dsl.selectDistinct(SIREKAP_PUBLISHED.ORIGIN_SHA256)
        .from(SIREKAP_PUBLISHED)
        .where(SIREKAP_PUBLISHED.CONTEST.eq(contest.id()))
        .and(SIREKAP_PUBLISHED.PARENT_CODE.eq(parent))
        .fetchOptional(SIREKAP_PUBLISHED.ORIGIN_SHA256);
  }

  @Override
  public void replace(ContestCode contest, String parent, List<Published> rows, String importedAt) {
    dsl.deleteFrom(SIREKAP_PUBLISHED)
        .where(SIREKAP_PUBLISHED.CONTEST.eq(contest.id()))
        .and(SIREKAP_PUBLISHED.PARENT_CODE.eq(parent))
        .execute();
    for (Published p : rows) {
      dsl.insertInto(SIREKAP_PUBLISHED)
          .set(SIREKAP_PUBLISHED.CONTEST, p.contest().id())
          .set(SIREKAP_PUBLISHED.CODE, p.code())
          .set(SIREKAP_PUBLISHED.PARENT_CODE, p.parent())
          .set(SIREKAP_PUBLISHED.VOTES, VoteCodec.encode(p.votes()))
          .set(SIREKAP_PUBLISHED.TPS_TOTAL, p.tpsTotal())
          .set(SIREKAP_PUBLISHED.TPS_WITH_DATA, p.tpsWithData())
          .set(SIREKAP_PUBLISHED.SOURCE_TS, truncate(p.sourceTimestamp(), 40))
          .set(SIREKAP_PUBLISHED.ORIGIN, truncate(p.origin(), 1000))
          .set(SIREKAP_PUBLISHED.ORIGIN_SHA256, p.originSha256())
          .set(SIREKAP_PUBLISHED.IMPORTED_AT, importedAt)
          .execute();
    }
  }

  @Override
  public List<Published> all() {
    return dsl.selectFrom(SIREKAP_PUBLISHED)
        .orderBy(SIREKAP_PUBLISHED.CONTEST, SIREKAP_PUBLISHED.CODE)
        .fetch(
            r ->
                new Published(
                    ContestCode.of(r.getContest()).orElseThrow(),
                    r.getCode(),
                    r.getParentCode(),
                    VoteCodec.decode(r.getVotes()),
                    r.getTpsTotal(),
                    r.getTpsWithData(),
                    r.getSourceTs(),
                    r.getOrigin(),
                    r.getOriginSha256()));
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(s.length() - max);
  }
}
