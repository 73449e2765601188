package id.rekap.core.exchange;

import id.rekap.core.adoption.AdoptionRepository;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditExtract;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.audit.Checkpoints;
import id.rekap.core.audit.IntegrityGate;
import id.rekap.core.check.CheckEngine;
import id.rekap.core.check.FindingsDocument;
import id.rekap.core.common.Actor;
import id.rekap.core.common.CrashPoints;
import id.rekap.core.common.Json;
import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.StagedFile;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.plenary.PlenaryRepository;
import id.rekap.core.recap.ComputeRecap;
import id.rekap.core.recap.RecapDocument;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.report.Reports;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.FieldLabels;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.TpsResult;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.CmsSignature;
import id.rekap.signing.Sha256;
import id.rekap.signing.SigningKey;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Use case: write the signed recap package ({@code .rekap}, docs/contract.md §7) for the level
 * above: every TPS result of every source, the aggregates, the findings, objections and events, the
 * adoptions, the audit-chain head and a sequence number, with a manifest carrying the SHA-256 of
 * every entry and a detached CMS signature over the manifest. The file reaches its name only after
 * the database has committed it, forced to disk first.
 */
public final class ExportPackage {
  public static final String FORMAT = "rekap-package/1";
  public static final String MANIFEST = "manifest.json";
  public static final String SIGNATURE = "manifest.json.p7s";

  /** The folder of the signed D.Hasil PDFs inside a package. */
  public static final String FORMS = "forms/";

  private final Transactions tx;
  private final ResultRepository results;
  private final PlenaryRepository plenary;
  private final AdoptionRepository adoptions;
  private final PackageOutRepository sent;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final WorkspaceInfo info;
  private final ComputeRecap recap;
  private final Supplier<CheckEngine> checks;
  private final Supplier<Reports> reports;
  private final Clock clock;
  private final IntegrityGate gate;
  private final Checkpoints checkpoints;

  public ExportPackage(
      Transactions tx,
      ResultRepository results,
      PlenaryRepository plenary,
      AdoptionRepository adoptions,
      PackageOutRepository sent,
      AuditLog audit,
      ElectionDefinition election,
      WorkspaceInfo info,
      ComputeRecap recap,
      Supplier<CheckEngine> checks,
      Supplier<Reports> reports,
      Clock clock,
      IntegrityGate gate,
      Checkpoints checkpoints) {
    this.tx = tx;
    this.results = results;
    this.plenary = plenary;
    this.adoptions = adoptions;
    this.sent = sent;
    this.audit = audit;
    this.election = election;
    this.info = info;
    this.recap = recap;
    this.checks = checks;
    this.reports = reports;
    this.clock = clock;
    this.gate = gate;
    this.checkpoints = checkpoints;
  }

  /**
   * The contests whose recapitulation goes on to the KPU RI: a province's package carries only
   * these (ADR 0035); the DPRD Provinsi and the governor are decided at the province, the DPRD
   * Kab/Kota and the regent/mayor at the kab/kota.
   */
  public static final Set<ContestCode> TO_KPU_RI =
      Set.of(ContestCode.PPWP, ContestCode.PDPR, ContestCode.PDPD);

  /**
   * The contests this workspace's package carries: every contest below the province; at a KPU
   * Provinsi those that go on to the KPU RI. At a province with none of them there is no package to
   * send: refused (bad input), naming the contests and where their recapitulation ends.
   */
  public List<Contest> contests() {
    if (info.level() != WorkspaceLevel.PROVINSI) {
      return election.contests();
    }
    List<Contest> up =
        election.contests().stream().filter(c -> TO_KPU_RI.contains(c.code())).toList();
    if (up.isEmpty()) {
      throw RekapException.badInput(
          "package.error.provinceNothingUp",
          String.join(", ", election.contests().stream().map(Contest::name).toList()));
    }
    return up;
  }

  /** The chair writes the package; returns its sequence number. */
  public int run(User chair, SigningKey key, String reason, Path out, String softwareVersion) {
    Users.require(chair, Role.CHAIR);
    Actor actor = chair.actor();
    List<Contest> contests = contests();
    gate.requireIntact();
    Set<ContestCode> carried = contests.stream().map(Contest::code).collect(Collectors.toSet());
    Map<String, byte[]> entries = new TreeMap<>();
    entries.put("results.json", json(resultsDocument(contests)));
    for (Contest c : contests) {
      // a kab/kota also declares its own total, which the province compares (R22)
      for (RecapLevel level : List.of(RecapLevel.DESA, RecapLevel.KECAMATAN, RecapLevel.KABKOTA)) {
        if (level.regionLevel().orElseThrow().digits() >= info.region().value().length()) {
          entries.put(
              "aggregates/" + c.code().id() + "-" + level.id() + ".json",
              json(RecapDocument.of(c, level, recap.run(c.code(), level))));
        }
      }
    }
    entries.put(
        "findings.json",
        json(
            FindingsDocument.json(
                checks.get().findings().stream()
                    .filter(f -> f.contest() == null || carried.contains(f.contest()))
                    .toList(),
                Messages.INDONESIAN)));
    entries.put(
        "objections.json", json(Map.of("objections", tx.inTransaction(plenary::objections))));
    entries.put(
        "corrections.json", json(Map.of("corrections", tx.inTransaction(plenary::allCorrections))));
    entries.put("adoptions.json", json(Map.of("adoptions", tx.inTransaction(adoptions::all))));
    entries.putAll(signedForms(contests, key, softwareVersion));
    // The file is staged (written and forced to disk) inside the transaction, and reaches its name
    // only after the commit: a crash before the commit leaves no package and no record; a crash
    // after it leaves the package recorded and queued in the outbox (its bytes are there), and the
    // next export takes the next number. Never a file whose number the next export reuses.
    List<StagedFile> written = new ArrayList<>(1);
    Staged staged;
    try {
      staged =
          tx.inTransaction(
              () -> {
                int sequence = sent.lastSequence() + 1;
                // issue 13 §2: the key signs the audit head into the chain, and the package carries
                // the events since the head the upstream holds, up to this checkpoint
                checkpoints.sign(actor, key, "package", "sequence " + sequence);
                AuditHead head = audit.head();
                AuditHead from = sent.lastAcknowledgedHead().orElse(AuditHead.EMPTY);
                entries.put(
                    AuditExtract.ENTRY, json(AuditExtract.document(from, audit.since(from.seq()))));
                String now = clock.instant().toString();
                byte[] manifest =
                    json(manifest(contests, entries, sequence, now, reason, softwareVersion));
                Map<String, byte[]> all = new LinkedHashMap<>();
                all.put(MANIFEST, manifest);
                all.put(SIGNATURE, CmsSignature.sign(manifest, key, clock));
                all.putAll(entries);
                byte[] zip = PackageZip.zip(all);
                String sha = Sha256.hex(zip);
                sent.record(sequence, now, sha, reason, head);
                sent.queue(sequence, sha, zip, clock.instant());
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("sequence", sequence);
                payload.put("sha256", sha);
                payload.put("file", out.toString());
                audit.append(actor, AuditAction.PACKAGE_EXPORT, payload);
                StagedFile file = stage(out, zip);
                written.add(file);
                CrashPoints.reach(CrashPoints.PACKAGE_STAGED);
                return new Staged(sequence, file);
              });
    } catch (RuntimeException e) {
      written.forEach(StagedFile::close); // rolled back: the staged file must not stay behind
      throw e;
    }
    try (StagedFile file = staged.file()) {
      CrashPoints.reach(CrashPoints.PACKAGE_COMMITTED);
      file.publish();
    } catch (UncheckedIOException e) {
      throw RekapException.state(
          "package.error.publish", out, staged.sequence(), e.getCause().getMessage());
    }
    return staged.sequence();
  }

  private record Staged(int sequence, StagedFile file) {}

  /**
   * The D.Hasil of every contest (per dapil for party lists) of this workspace's region, as PDF
   * signed with the same key: the paper the committee signs, in the package that carries its
   * numbers. Entry names carry the marking (DRAFT / OFFICIAL / TEST).
   */
  private Map<String, byte[]> signedForms(
      List<Contest> contests, SigningKey key, String softwareVersion) {
    Map<String, byte[]> out = new TreeMap<>();
    Reports r = reports.get();
    for (Contest c : contests) {
      ReportSettings settings = r.settings(c.code(), null, List.of(), clock, softwareVersion);
      for (FormDocument doc : r.dHasilForms(c.code(), null, settings)) {
        out.put(FORMS + doc.fileStem() + ".pdf", ReportFile.signedPdf(doc, Paper.A4, key, clock));
      }
    }
    return out;
  }

  private Map<String, Object> manifest(
      List<Contest> contests,
      Map<String, byte[]> entries,
      int sequence,
      String now,
      String reason,
      String version) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("election", ordered("id", election.id(), "mode", election.mode().id()));
    m.put(
        "sender",
        Map.of("level", info.level().id(), "region", info.region().value(), "name", info.name()));
    m.put("contests", contests.stream().map(c -> c.code().id()).toList());
    m.put("sequence", sequence);
    m.put("createdAt", now);
    m.put("reason", reason);
    m.put("software", "rekap " + version);
    var head = audit.head();
    m.put("auditHead", ordered("seq", head.seq(), "hash", head.hash()));
    Map<String, String> hashes = new TreeMap<>();
    entries.forEach((name, bytes) -> hashes.put(name, Sha256.hex(bytes)));
    m.put("entries", hashes);
    return m;
  }

  private Map<String, Object> resultsDocument(List<Contest> contests) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Contest c : contests) {
      tx.run(() -> results.forEach(c.code(), r -> rows.add(row(r))));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "rekap-results/1");
    doc.put("results", rows);
    return doc;
  }

  /** One stored result as JSON: every field by its recap name, null kept. */
  static Map<String, Object> row(TpsResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tps", r.tps().value());
    m.put("contest", r.contest().id());
    m.put("source", r.source().id());
    m.put("dapil", r.dapil());
    Map<String, Object> admin = new LinkedHashMap<>();
    for (AdminField f : AdminField.values()) {
      admin.put(FieldLabels.of(f), r.admin().get(f));
    }
    m.put("admin", admin);
    Map<String, Object> votes = new LinkedHashMap<>();
    r.votes().asMap().forEach((k, v) -> votes.put(FieldLabels.ofVote(k), v));
    m.put("votes", votes);
    return m;
  }

  /** A small map in the order given (Map.of's order differs between runs). */
  private static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private static byte[] json(Object value) {
    return Json.canonicalOrdered(value).getBytes(StandardCharsets.UTF_8);
  }

  private static StagedFile stage(Path out, byte[] zip) {
    try {
      return StagedFile.write(out, zip);
    } catch (UncheckedIOException e) {
      throw RekapException.state("package.error.write", out, e.getCause().getMessage());
    }
  }
}
