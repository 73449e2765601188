// Over 400 lines: one use case holds the whole check of a received package (layout, signature,
// trust, sender, sequence, audit extract, rows, R22) in the order docs/package-format.md gives it,
// and its one-transaction write; the checks could become a verifier of their own.
package id.rekap.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.adoption.AdoptionLifter;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.audit.AuditExtract;
import id.rekap.core.audit.AuditHead;
import id.rekap.core.audit.AuditLog;
import id.rekap.core.check.PackageDiscrepancy;
import id.rekap.core.common.Actor;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.Transactions;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.recap.Adoption;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionTree;
import id.rekap.core.result.Origin;
import id.rekap.core.result.ResultRepository;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TallyCentre;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Use case, at kab/kota or province level: import a signed recap package of the level just below (a
 * PPK's at a kab/kota, a kab/kota's at a province). Everything is checked before anything is
 * written (ZIP bounds, signature, entry hashes, trust, the sender's level, region, election and
 * mode, the sequence, every row); a refusal leaves the store unchanged. Then, in one transaction
 * with its audit event: the package record with its verification result, and the adopted result of
 * every TPS as source {@code package}, replacing the sender's earlier package. The same file again
 * changes nothing; a sequence number not above the sender's highest (of the packages not withdrawn)
 * is refused, and so is one more than {@link #MAX_SEQUENCE_STEP} above it.
 */
public final class ImportPackage {
  /**
   * How far a package's sequence number may jump ahead of the sender's highest one: a PPK numbers
   * its packages 1, 2, 3 …, and only packages never delivered leave gaps. A package numbered far
   * ahead (say 2^31−1) would otherwise refuse every later one of that kecamatan.
   */
  public static final int MAX_SEQUENCE_STEP = 1000;

  /** What an import did. */
  public enum Status {
    IMPORTED,
    SUPERSEDED,
    UNCHANGED
  }

  public record Outcome(
      Status status,
      String senderRegion,
      String senderName,
      int sequence,
      Optional<Integer> previousSequence,
      int rows,
      List<PackageDiscrepancy> discrepancies) {}

  private final Transactions tx;
  private final ResultRepository results;
  private final PackageInRepository packages;
  private final AdoptionLifter adoptions;
  private final AuditLog audit;
  private final ElectionDefinition election;
  private final WorkspaceInfo info;
  private final Supplier<RegionTree> tree;
  private final Supplier<List<X509Certificate>> trusted;
  private final Clock clock;
  private final PackageUnzip.Limits limits;

  public ImportPackage(
      Transactions tx,
      ResultRepository results,
      PackageInRepository packages,
      AdoptionLifter adoptions,
      AuditLog audit,
      ElectionDefinition election,
      WorkspaceInfo info,
      Supplier<RegionTree> tree,
      Supplier<List<X509Certificate>> trusted,
      Clock clock) {
    this(
        tx,
        results,
        packages,
        adoptions,
        audit,
        election,
        info,
        tree,
        trusted,
        clock,
        PackageUnzip.Limits.STANDARD);
  }

  private ImportPackage(
      Transactions tx,
      ResultRepository results,
      PackageInRepository packages,
      AdoptionLifter adoptions,
      AuditLog audit,
      ElectionDefinition election,
      WorkspaceInfo info,
      Supplier<RegionTree> tree,
      Supplier<List<X509Certificate>> trusted,
      Clock clock,
      PackageUnzip.Limits limits) {
    this.tx = tx;
    this.results = results;
    this.packages = packages;
    this.adoptions = adoptions;
    this.audit = audit;
    this.election = election;
    this.info = info;
    this.tree = tree;
    this.trusted = trusted;
    this.clock = clock;
    this.limits = limits;
  }

  /** The same use case with other unpacking limits (tests use small ones). */
  ImportPackage withLimits(PackageUnzip.Limits other) {
    return new ImportPackage(
        tx, results, packages, adoptions, audit, election, info, tree, trusted, clock, other);
  }

  /** An operator, verifier or chair imports a package file. */
  public Outcome run(User by, Path file) {
    Users.require(by, Role.OPERATOR);
    Actor actor = by.actor();
    refuseUnlessReceiver(info);
    return run(actor, read(file, file), file.getFileName().toString(), file, stored -> {});
  }

  /**
   * Imports a package received over the network, spooled to a file: the same checks and import as a
   * file, named as given in messages and in the package list.
   */
  public Outcome run(User by, Path file, String name) {
    return run(by, file, name, stored -> {});
  }

  /**
   * The same import, with {@code alsoStored} run inside the transaction that stores the package,
   * after its own audit event: the receiver records the delivery there, so that the package and its
   * delivery event commit together or not at all. It is not run when nothing is stored (the same
   * package again, or a refusal).
   */
  public Outcome run(User by, Path file, String name, Consumer<Outcome> alsoStored) {
    Users.require(by, Role.OPERATOR);
    Actor actor = by.actor();
    refuseUnlessReceiver(info);
    return run(actor, read(file, name), name, name, alsoStored);
  }

  /**
   * The file's bytes. A file larger than a kecamatan's package must first show, from its first two
   * entries, a signer on the trust list: a stranger's file of hundreds of MB is refused without
   * ever being held in memory (issue 15).
   */
  private byte[] read(Path file, Object name) {
    long size;
    try {
      size = Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      size = 0; // VerifyPackage.read names the fault
    }
    if (size > PackagePreflight.READ_WHOLE && size <= limits.fileBytes()) {
      PackagePreflight.requireTrustedSigner(file, name, trusted.get(), clock.instant());
    }
    return VerifyPackage.read(file, limits);
  }

  /**
   * Imports a package received over the network: the same checks and import as a file.
   *
   * @param name how to name the package in messages and in the package list
   */
  public Outcome run(User by, byte[] zip, String name) {
    Users.require(by, Role.OPERATOR);
    Actor actor = by.actor();
    refuseUnlessReceiver(info);
    if (zip.length > limits.fileBytes()) {
      throw RekapException.badInput("input.error.tooLarge", name, zip.length, limits.fileBytes());
    }
    return run(actor, zip, name, name, stored -> {});
  }

  /**
   * @param fileName the name recorded for the package
   * @param file how messages name the package (the path, or the delivery)
   * @param alsoStored run in the storing transaction (see {@link #run(User, Path, String,
   *     Consumer)})
   */
  private Outcome run(
      Actor actor, byte[] zip, String fileName, Object file, Consumer<Outcome> alsoStored) {
    String sha = id.rekap.signing.Sha256.hex(zip);
    Optional<ReceivedPackage> same = tx.inTransaction(() -> packages.bySha256(sha));
    if (same.isPresent()) {
      ReceivedPackage p = same.get();
      return new Outcome(
          Status.UNCHANGED,
          p.senderRegion(),
          p.senderName(),
          p.sequence(),
          Optional.empty(),
          p.rowCount(),
          p.discrepancies());
    }
    var checked = VerifyPackage.check(zip, file, trusted.get(), clock.instant(), limits);
    VerifyPackage.Result verified = checked.result();
    PackageContentChecks.refuseIssues(file, verified);
    X509Certificate cert = verified.certificate().orElseThrow();
    if (!verified.trusted()) {
      throw RekapException.badInput(
          "package.error.untrusted",
          file,
          cert.getSubjectX500Principal().getName(),
          SigningKey.fingerprint(cert));
    }
    try {
      return importTrusted(
          actor,
          fileName,
          file,
          sha,
          verified.manifest().orElseThrow(),
          verified,
          checked,
          cert,
          alsoStored);
    } catch (TrustedSenderRefusal e) {
      throw e;
    } catch (RekapException e) {
      // from here on the sender is known: its refusals are audited one by one
      throw new TrustedSenderRefusal(e);
    }
  }

  /** The import once the package is intact and its signer trusted. */
  private Outcome importTrusted(
      Actor actor,
      String fileName,
      Object file,
      String sha,
      JsonNode m,
      VerifyPackage.Result verified,
      VerifyPackage.Checked checked,
      X509Certificate cert,
      Consumer<Outcome> alsoStored) {
    Sender sender = sender(file, m, cert, verified);
    PackageContentChecks.refuseUnsignedForms(file, checked.entries(), cert);
    RegionTree regions = tree.get();
    int sequence = m.path("sequence").asInt(0);
    if (!m.path("sequence").isIntegralNumber() || sequence < 1) {
      throw RekapException.badInput("package.error.manifest", file, "sequence");
    }
    Optional<ReceivedPackage> current = tx.inTransaction(() -> packages.current(sender.region));
    int highest = tx.inTransaction(() -> packages.highestSequence(sender.region));
    if (sequence <= highest) {
      throw RekapException.badInput(
          "package.error.sequence", file, sequence, highest, sender.region);
    }
    if (sequence > highest + MAX_SEQUENCE_STEP) {
      // a sequence far ahead would leave no room for the sender's next corrections
      throw RekapException.badInput(
          "package.error.sequenceJump", file, sequence, highest, highest + MAX_SEQUENCE_STEP);
    }
    refuseRewrittenHistory(file, checked.entries(), m, current, cert);
    RegionCode senderCode = new RegionCode(sender.region);
    byte[] rowsJson = checked.entries().get(PackageRows.ENTRY);
    if (rowsJson == null) {
      throw RekapException.badInput("package.error.missingEntry", file, PackageRows.ENTRY);
    }
    List<TpsResult> rows = PackageRows.parse(rowsJson, file, election, regions, senderCode);
    List<TpsResult> adopted = adopted(rows);
    List<SenderAdoptions.Adopted> atSender =
        SenderAdoptions.parse(
            checked.entries().get(SenderAdoptions.ENTRY), file, election, senderCode);
    List<PackageDiscrepancy> discrepancies =
        DeclaredAggregates.compare(
            checked.entries(), file, election, regions, senderCode, sequence, adopted);
    String now = clock.instant().toString();
    return tx.inTransaction(
        () -> {
          Optional<ReceivedPackage> again = packages.current(sender.region);
          if (!again.map(ReceivedPackage::id).equals(current.map(ReceivedPackage::id))
              || packages.bySha256(sha).isPresent()) {
            throw RekapException.state("package.error.concurrent", file);
          }
          long id = packages.nextId();
          if (current.isPresent()) {
            packages.markSuperseded(current.get().id(), id);
            results.deleteUnder(sender.region, Source.PACKAGE);
          }
          Origin origin = new Origin(fileName, sha, m.path("createdAt").asText(null));
          List<ResultRepository.Put> puts = new ArrayList<>(adopted.size());
          for (TpsResult r : adopted) {
            puts.add(new ResultRepository.Put(r, r.digest(), origin, now));
          }
          // every row is new: the sender's earlier rows went just above, and a package's rows
          // are one per TPS and contest (PackageRows refuses a repeated one)
          results.insertNew(puts);
          var head = m.path("auditHead");
          packages.insert(
              new ReceivedPackage(
                  id,
                  sha,
                  fileName,
                  sender.level,
                  sender.region,
                  sender.name,
                  sequence,
                  text(m.path("reason")),
                  m.path("createdAt").asText(""),
                  verified.signedAt().map(Object::toString).orElse(null),
                  cert.getSubjectX500Principal().getName(),
                  SigningKey.fingerprint(cert),
                  SigningKey.fingerprint(verified.trust().anchor().orElseThrow()),
                  head.path("seq").isIntegralNumber() ? head.path("seq").asLong() : null,
                  text(head.path("hash")),
                  adopted.size(),
                  discrepancies,
                  actor.name(),
                  now,
                  null,
                  null));
          packages.insertSenderAdoptions(id, atSender);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("sha256", sha);
          payload.put("file", file.toString());
          payload.put("sender", sender.region);
          payload.put("sequence", sequence);
          payload.put("supersedes", current.map(ReceivedPackage::sequence).orElse(null));
          payload.put("rows", adopted.size());
          payload.put("discrepancies", discrepancies.size());
          payload.put("signer", SigningKey.fingerprint(cert));
          audit.append(actor, AuditAction.PACKAGE_IMPORT, payload);
          // a package that changes numbers adopted here lifts those adoptions (issue 13)
          String why =
              "paket "
                  + sequence
                  + " dari "
                  + sender.name
                  + current.map(p -> " menggantikan paket " + p.sequence()).orElse("")
                  + (text(m.path("reason")) == null ? "" : ": " + text(m.path("reason")));
          for (var c : election.contests()) {
            adoptions.liftWhereChanged(actor, c.code(), sender.region, why);
          }
          Outcome stored =
              new Outcome(
                  current.isPresent() ? Status.SUPERSEDED : Status.IMPORTED,
                  sender.region,
                  sender.name,
                  sequence,
                  current.map(ReceivedPackage::sequence),
                  adopted.size(),
                  discrepancies);
          alsoStored.accept(stored);
          return stored;
        });
  }

  /**
   * Refuses unless the workspace takes in packages from the level below (a kab/kota or a province).
   */
  static void refuseUnlessReceiver(WorkspaceInfo info) {
    if (!info.level().receivesPackages()) {
      throw RekapException.badInput("package.error.receiver", info.level().id());
    }
  }

  /**
   * The message key for the receiving level: the kab/kota's keys name the PPK and the kecamatan, a
   * province's (suffixed {@code .provinsi}) the kab/kota.
   */
  static String byReceiver(String key, WorkspaceInfo info) {
    return info.level() == WorkspaceLevel.KABKOTA ? key : key + "." + info.level().id();
  }

  /** Every received package, every version. */
  public List<ReceivedPackage> list() {
    return tx.inTransaction(packages::all);
  }

  /**
   * Per kecamatan, the contests in which its package in force says the kecamatan itself was adopted
   * at the PPK (and not lifted there when the package was made). A kecamatan without a package, or
   * whose package says otherwise, is absent or lacks the contest.
   */
  public Map<String, java.util.Set<id.rekap.core.election.ContestCode>> adoptedAtSenders() {
    return tx.inTransaction(packages::adoptedAtSender);
  }

  /** What the sender had adopted and in force when it made the package of that id. */
  public List<SenderAdoptions.Adopted> senderAdoptions(long packageId) {
    return tx.inTransaction(() -> packages.senderAdoptions(packageId));
  }

  private record Sender(String level, String region, String name) {}

  /**
   * Who sent the package. A certificate stating a tally centre must agree with the manifest's
   * sender; one that does not (a CA-issued personal certificate) identifies its sender only when it
   * is itself on the trust list, so a CA's trust never lets anyone speak for any kecamatan.
   */
  private Sender sender(Object file, JsonNode m, X509Certificate cert, VerifyPackage.Result v) {
    JsonNode s = m.path("sender");
    String level = s.path("level").asText("");
    String region = s.path("region").asText("");
    String name = s.path("name").asText("");
    Optional<TallyCentre> stated = TallyCentre.stated(cert);
    if (stated.isPresent()) {
      TallyCentre c = stated.get();
      if (!c.level().equals(level) || !c.regionCode().equals(region)) {
        throw RekapException.badInput(
            "package.error.senderMismatch",
            file,
            level + " " + region,
            c.level() + " " + c.regionCode());
      }
      if (!c.electionId().equals(election.id())) {
        throw RekapException.badInput(
            "package.error.election", file, c.electionId(), election.id());
      }
      if (!c.mode().isEmpty() && !c.mode().equals(election.mode().id())) {
        // a test centre's key never speaks in an official count, nor the other way round
        throw RekapException.badInput("package.error.mode", file, c.mode(), election.mode().id());
      }
    } else if (!v.trust().direct()) {
      throw RekapException.badInput(
          "package.error.signerIdentity", file, cert.getSubjectX500Principal().getName());
    }
    // only the level just below sends here: a PPK package goes to its kab/kota, never straight
    // to the province, and a kab/kota never sends to another kab/kota
    WorkspaceLevel below = info.level().below().orElseThrow();
    if (!level.equals(below.id())) {
      throw RekapException.badInput(byReceiver("package.error.senderLevel", info), file, level);
    }
    Optional<RegionCode> code =
        RegionCode.parse(region)
            .filter(r -> r.value().equals(region))
            .filter(r -> r.level() == below.regionLevel() && r.isWithin(info.region()))
            .filter(r -> tree.get().region(r).isPresent());
    if (code.isEmpty()) {
      throw RekapException.badInput(
          byReceiver("package.error.region", info), file, region, info.region());
    }
    JsonNode e = m.path("election");
    if (!election.id().equals(e.path("id").asText())) {
      throw RekapException.badInput(
          "package.error.election", file, e.path("id").asText(), election.id());
    }
    if (!election.mode().id().equals(e.path("mode").asText())) {
      throw RekapException.badInput(
          "package.error.mode", file, e.path("mode").asText(), election.mode().id());
    }
    return new Sender(level, region, name);
  }

  /**
   * The package's audit events must recompute, end at its manifest's head, carry only checkpoints
   * signed by its signer, and extend the head held from the sender's package in force (issue 13
   * §2b): a history rewritten and re-chained at the sender is refused here.
   */
  private static void refuseRewrittenHistory(
      Object file,
      Map<String, byte[]> entries,
      JsonNode manifest,
      Optional<ReceivedPackage> held,
      X509Certificate cert) {
    byte[] bytes = entries.get(AuditExtract.ENTRY);
    JsonNode doc = null;
    if (bytes != null) {
      try {
        doc = id.rekap.core.common.Json.mapper().readTree(bytes);
      } catch (java.io.IOException e) {
        throw RekapException.badInput(
            "package.error.json", file, AuditExtract.ENTRY, e.getMessage());
      }
    }
    JsonNode h = manifest.path("auditHead");
    AuditHead head = new AuditHead(h.path("seq").asLong(-1), h.path("hash").asText(""));
    Optional<AuditHead> heldHead =
        held.filter(p -> p.auditHeadSeq() != null && p.auditHeadHash() != null)
            .map(p -> new AuditHead(p.auditHeadSeq(), p.auditHeadHash()));
    AuditExtract.check(doc, head, heldHead, SigningKey.fingerprint(cert))
        .ifPresent(
            r -> {
              Object[] args = new Object[r.args().size() + 1];
              args[0] = file;
              for (int i = 0; i < r.args().size(); i++) {
                args[i + 1] = r.args().get(i);
              }
              throw RekapException.badInput(r.key(), args);
            });
  }

  /** Per TPS and contest, the result the sender's recap used, stored as source package. */
  private static List<TpsResult> adopted(List<TpsResult> rows) {
    Map<id.rekap.core.election.ContestCode, Adoption> byContest = new LinkedHashMap<>();
    for (TpsResult r : rows) {
      byContest.computeIfAbsent(r.contest(), c -> new Adoption()).offer(r);
    }
    List<TpsResult> out = new ArrayList<>();
    byContest.forEach(
        (c, a) ->
            a.adopted().stream()
                .sorted(java.util.Comparator.comparing(TpsResult::tps))
                .forEach(
                    r ->
                        out.add(
                            new TpsResult(
                                r.tps(),
                                r.contest(),
                                Source.PACKAGE,
                                r.dapil(),
                                r.admin(),
                                r.votes()))));
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }
}
