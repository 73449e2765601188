package id.rekap.core.store;

import static id.rekap.core.store.generated.Tables.PACKAGE_IN;
import static id.rekap.core.store.generated.Tables.PACKAGE_IN_ADOPTION;

import com.fasterxml.jackson.core.type.TypeReference;
import id.rekap.core.check.PackageDiscrepancy;
import id.rekap.core.common.Json;
import id.rekap.core.election.ContestCode;
import id.rekap.core.exchange.PackageInRepository;
import id.rekap.core.exchange.ReceivedPackage;
import id.rekap.core.exchange.SenderAdoptions;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.store.generated.tables.records.PackageInRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Received packages in package_in; the discrepancies as a JSON list. */
public final class JooqPackageInRepository implements PackageInRepository {
  private final DSLContext dsl;

  public JooqPackageInRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long nextId() {
    Long max = dsl.select(DSL.max(PACKAGE_IN.ID)).from(PACKAGE_IN).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public Optional<ReceivedPackage> bySha256(String sha256) {
    return dsl.selectFrom(PACKAGE_IN)
        .where(PACKAGE_IN.SHA256.eq(sha256))
        .fetchOptional()
        .map(JooqPackageInRepository::toPackage);
  }

  @Override
  public Optional<ReceivedPackage> current(String senderRegion) {
    return dsl.selectFrom(PACKAGE_IN)
        .where(PACKAGE_IN.SENDER_REGION.eq(senderRegion))
        .and(PACKAGE_IN.SUPERSEDED_BY.isNull())
        .and(PACKAGE_IN.WITHDRAWN_AT.isNull())
        .fetchOptional()
        .map(JooqPackageInRepository::toPackage);
  }

  @Override
  public int highestSequence(String senderRegion) {
    Integer max =
        dsl.select(DSL.max(PACKAGE_IN.SEQUENCE))
            .from(PACKAGE_IN)
            .where(PACKAGE_IN.SENDER_REGION.eq(senderRegion))
            .and(PACKAGE_IN.WITHDRAWN_AT.isNull())
            .fetchOne(0, Integer.class);
    return max == null ? 0 : max;
  }

  @Override
  public void markWithdrawn(long id, ReceivedPackage.Withdrawal w) {
    dsl.update(PACKAGE_IN)
        .set(PACKAGE_IN.WITHDRAWN_BY, w.by())
        .set(PACKAGE_IN.WITHDRAWN_AT, w.at())
        .set(PACKAGE_IN.WITHDRAW_REASON, truncate(w.reason(), 2000))
        .where(PACKAGE_IN.ID.eq(id))
        .execute();
  }

  @Override
  public void insert(ReceivedPackage p) {
    dsl.insertInto(PACKAGE_IN)
        .set(PACKAGE_IN.ID, p.id())
        .set(PACKAGE_IN.SHA256, p.sha256())
        .set(PACKAGE_IN.FILE_NAME, truncate(p.fileName(), 1000))
        .set(PACKAGE_IN.SENDER_LEVEL, p.senderLevel())
        .set(PACKAGE_IN.SENDER_REGION, p.senderRegion())
        .set(PACKAGE_IN.SENDER_NAME, truncate(p.senderName(), 500))
        .set(PACKAGE_IN.SEQUENCE, p.sequence())
        .set(PACKAGE_IN.REASON, p.reason() == null ? null : truncate(p.reason(), 2000))
        .set(PACKAGE_IN.CREATED_AT, truncate(p.createdAt(), 40))
        .set(PACKAGE_IN.SIGNED_AT, p.signedAt())
        .set(PACKAGE_IN.SIGNER_SUBJECT, truncate(p.signerSubject(), 2000))
        .set(PACKAGE_IN.SIGNER_FINGERPRINT, p.signerFingerprint())
        .set(PACKAGE_IN.TRUSTED_VIA, p.trustedVia())
        .set(PACKAGE_IN.AUDIT_HEAD_SEQ, p.auditHeadSeq())
        .set(
            PACKAGE_IN.AUDIT_HEAD_HASH,
            p.auditHeadHash() == null ? null : truncate(p.auditHeadHash(), 64))
        .set(PACKAGE_IN.ROW_COUNT, p.rowCount())
        .set(PACKAGE_IN.MISMATCHES, toJson(p.discrepancies()))
        .set(PACKAGE_IN.IMPORTED_BY, p.importedBy())
        .set(PACKAGE_IN.IMPORTED_AT, p.importedAt())
        .set(PACKAGE_IN.SUPERSEDED_BY, p.supersededBy())
        .set(PACKAGE_IN.WITHDRAWN_BY, p.withdrawal() == null ? null : p.withdrawal().by())
        .set(PACKAGE_IN.WITHDRAWN_AT, p.withdrawal() == null ? null : p.withdrawal().at())
        .set(
            PACKAGE_IN.WITHDRAW_REASON,
            p.withdrawal() == null ? null : truncate(p.withdrawal().reason(), 2000))
        .execute();
  }

  @Override
  public void markSuperseded(long id, long by) {
    dsl.update(PACKAGE_IN).set(PACKAGE_IN.SUPERSEDED_BY, by).where(PACKAGE_IN.ID.eq(id)).execute();
  }

  @Override
  public List<ReceivedPackage> all() {
    return dsl.selectFrom(PACKAGE_IN)
        .orderBy(PACKAGE_IN.SENDER_REGION, PACKAGE_IN.SEQUENCE)
        .fetch(JooqPackageInRepository::toPackage);
  }

  @Override
  public void insertSenderAdoptions(long packageId, List<SenderAdoptions.Adopted> adopted) {
    if (adopted.isEmpty()) {
      return;
    }
    // In statements of at most CHUNK rows: a kab/kota's package adopts every TPS of its region in
    // every contest (over 100,000 rows), and one statement may bind at most 65,535 values on
    // PostgreSQL.
    for (int from = 0; from < adopted.size(); from += CHUNK) {
      var insert =
          dsl.insertInto(
              PACKAGE_IN_ADOPTION,
              PACKAGE_IN_ADOPTION.PACKAGE_ID,
              PACKAGE_IN_ADOPTION.CONTEST,
              PACKAGE_IN_ADOPTION.CODE,
              PACKAGE_IN_ADOPTION.DIGEST,
              PACKAGE_IN_ADOPTION.ADOPTED_BY,
              PACKAGE_IN_ADOPTION.ADOPTED_AT);
      for (SenderAdoptions.Adopted a :
          adopted.subList(from, Math.min(adopted.size(), from + CHUNK))) {
        insert = insert.values(packageId, a.contest().id(), a.code(), a.digest(), a.by(), a.at());
      }
      insert.execute();
    }
  }

  /** Rows per insert statement of the sender's adoptions. */
  static final int CHUNK = 2_000;

  @Override
  public List<SenderAdoptions.Adopted> senderAdoptions(long packageId) {
    return dsl.selectFrom(PACKAGE_IN_ADOPTION)
        .where(PACKAGE_IN_ADOPTION.PACKAGE_ID.eq(packageId))
        .orderBy(PACKAGE_IN_ADOPTION.CONTEST, PACKAGE_IN_ADOPTION.CODE)
        .fetch(
            r ->
                new SenderAdoptions.Adopted(
                    ContestCode.of(r.getContest()).orElseThrow(),
                    r.getCode(),
                    r.getDigest(),
                    r.getAdoptedBy(),
                    r.getAdoptedAt()));
  }

  @Override
  public Map<String, Set<ContestCode>> adoptedAtSender() {
    Map<String, Set<ContestCode>> out = new TreeMap<>();
    dsl.select(PACKAGE_IN.SENDER_REGION, PACKAGE_IN_ADOPTION.CONTEST)
        .from(PACKAGE_IN_ADOPTION)
        .join(PACKAGE_IN)
        .on(PACKAGE_IN.ID.eq(PACKAGE_IN_ADOPTION.PACKAGE_ID))
        .where(PACKAGE_IN.SUPERSEDED_BY.isNull())
        .and(PACKAGE_IN.WITHDRAWN_AT.isNull())
        .and(PACKAGE_IN_ADOPTION.CODE.eq(PACKAGE_IN.SENDER_REGION))
        .forEach(
            r ->
                ContestCode.of(r.value2())
                    .ifPresent(c -> out.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(c)));
    return out;
  }

  private static ReceivedPackage toPackage(PackageInRecord r) {
    return new ReceivedPackage(
        r.getId(),
        r.getSha256(),
        r.getFileName(),
        r.getSenderLevel(),
        r.getSenderRegion(),
        r.getSenderName(),
        r.getSequence(),
        r.getReason(),
        r.getCreatedAt(),
        r.getSignedAt(),
        r.getSignerSubject(),
        r.getSignerFingerprint(),
        r.getTrustedVia(),
        r.getAuditHeadSeq(),
        r.getAuditHeadHash(),
        r.getRowCount(),
        fromJson(r.getMismatches()),
        r.getImportedBy(),
        r.getImportedAt(),
        r.getSupersededBy(),
        r.getWithdrawnAt() == null
            ? null
            : new ReceivedPackage.Withdrawal(
                r.getWithdrawnBy(), r.getWithdrawnAt(), r.getWithdrawReason()));
  }

  private static String toJson(List<PackageDiscrepancy> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PackageDiscrepancy d : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("contest", d.contest().id());
      m.put("level", d.level().id());
      m.put("code", d.code());
      m.put("sender", d.sender());
      m.put("sequence", d.sequence());
      m.put("fields", d.fields());
      m.put("declared", d.declared());
      m.put("recomputed", d.recomputed());
      out.add(m);
    }
    return Json.canonicalOrdered(out);
  }

  private static List<PackageDiscrepancy> fromJson(String json) {
    try {
      List<Map<String, Object>> rows =
          Json.mapper().readValue(json, new TypeReference<List<Map<String, Object>>>() {});
      List<PackageDiscrepancy> out = new ArrayList<>();
      for (Map<String, Object> m : rows) {
        out.add(
            new PackageDiscrepancy(
                ContestCode.of((String) m.get("contest")).orElseThrow(),
                RecapLevel.of((String) m.get("level")).orElseThrow(),
                (String) m.get("code"),
                (String) m.get("sender"),
                ((Number) m.get("sequence")).intValue(),
                strings(m.get("fields")),
                objects(m.get("declared")),
                objects(m.get("recomputed"))));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("stored discrepancies cannot be read", e);
    }
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    for (Object x : (List<?>) o) {
      out.add((String) x);
    }
    return out;
  }

  private static List<Object> objects(Object o) {
    return new ArrayList<>((List<?>) o);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
