package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.WORKSPACE_INFO;

import id.rekap.core.region.RegionCode;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.setup.WorkspaceInfoRepository;
import id.rekap.core.setup.WorkspaceLevel;
import java.util.Optional;
import org.jooq.DSLContext;

/** The single workspace_info row. */
public final class JooqWorkspaceInfoRepository implements WorkspaceInfoRepository {
  private final DSLContext dsl;

  public JooqWorkspaceInfoRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<WorkspaceInfo> load() {
    return dsl.selectFrom(WORKSPACE_INFO)
        .where(WORKSPACE_INFO.ID.eq(1))
        .fetchOptional()
        .map(
            r ->
                new WorkspaceInfo(
                    WorkspaceLevel.of(r.getLevel()).orElseThrow(),
                    new RegionCode(r.getRegionCode()),
                    r.getName(),
                    r.getElectionId(),
                    r.getElectionMode(),
                    r.getElectionJson(),
                    r.getElectionSha256(),
                    r.getCreatedAt()));
  }

  @Override
  public void save(WorkspaceInfo info) {
    dsl.insertInto(WORKSPACE_INFO)
        .set(WORKSPACE_INFO.ID, 1)
        .set(WORKSPACE_INFO.LEVEL, info.level().id())
        .set(WORKSPACE_INFO.REGION_CODE, info.region().value())
        .set(WORKSPACE_INFO.NAME, info.name())
        .set(WORKSPACE_INFO.ELECTION_ID, info.electionId())
        .set(WORKSPACE_INFO.ELECTION_MODE, info.electionMode())
        .set(WORKSPACE_INFO.ELECTION_JSON, info.electionJson())
        .set(WORKSPACE_INFO.ELECTION_SHA256, info.electionSha256())
        .set(WORKSPACE_INFO.CREATED_AT, info.createdAt())
        .execute();
  }
}
