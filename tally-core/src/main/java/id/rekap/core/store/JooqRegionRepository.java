package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.REGION;
import static id.rekap.core.store.generated.Tables.TPS;

import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionRepository;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import java.util.List;
import org.jooq.DSLContext;

/** Regions and TPS in the region and tps tables. */
public final class JooqRegionRepository implements RegionRepository {
  private final DSLContext dsl;

  public JooqRegionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<Region> allRegions() {
    return dsl.selectFrom(REGION)
        .orderBy(REGION.CODE)
        .fetch(r -> new Region(new RegionCode(r.getCode()), r.getName()));
  }

  @Override
  public List<Tps> allTps() {
    return dsl.selectFrom(TPS)
        .orderBy(TPS.CODE)
        .fetch(r -> new Tps(new TpsCode(r.getCode()), r.getName(), r.getDpt()));
  }

  @Override
  public void insertRegions(List<Region> regions) {
    if (regions.isEmpty()) {
      return;
    }
    var batch =
        dsl.batch(
            dsl.insertInto(REGION, REGION.CODE, REGION.LEVEL, REGION.PARENT_CODE, REGION.NAME)
                .values((String) null, null, null, null));
    for (Region r : regions) {
      batch.bind(
          r.code().value(),
          r.code().value().length(),
          r.code().parent().map(RegionCode::value).orElse(null),
          r.name());
    }
    batch.execute();
  }

  @Override
  public void renameRegions(List<Region> regions) {
    for (Region r : regions) {
      dsl.update(REGION)
          .set(REGION.NAME, r.name())
          .where(REGION.CODE.eq(r.code().value()))
          .execute();
    }
  }

  @Override
  public void insertTps(List<Tps> tps) {
    if (tps.isEmpty()) {
      return;
    }
    var batch =
        dsl.batch(
            dsl.insertInto(TPS, TPS.CODE, TPS.DESA_CODE, TPS.NUMBER, TPS.NAME, TPS.DPT)
                .values((String) null, null, null, null, null));
    for (Tps t : tps) {
      batch.bind(t.code().value(), t.code().desa().value(), t.code().number(), t.name(), t.dpt());
    }
    batch.execute();
  }

  @Override
  public void updateTps(List<Tps> tps) {
    for (Tps t : tps) {
      dsl.update(TPS)
          .set(TPS.NAME, t.name())
          .set(TPS.DPT, t.dpt())
          .where(TPS.CODE.eq(t.code().value()))
          .execute();
    }
  }
}
