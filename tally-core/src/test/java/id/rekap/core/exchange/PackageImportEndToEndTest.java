package id.rekap.core.exchange;

import static id.rekap.core.exchange.PackageFixtures.export;
import static id.rekap.core.exchange.PackageFixtures.kabkota;
import static id.rekap.core.exchange.PackageFixtures.key;
import static id.rekap.core.exchange.PackageFixtures.ppk;
import static id.rekap.core.exchange.PackageFixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.Json;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.recap.RecapDocument;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.Sha256;
import id.rekap.signing.SigningKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, acceptance 3: two real PPK workspaces (kecamatan 310101 and 310102 of Kepulauan Seribu)
 * export signed packages; the kab/kota workspace trusts both, imports both, and its recap is their
 * sum; re-import is a no-op; a package after a plenary correction supersedes the first, visibly; an
 * older one is refused; the kab/kota can then export its own package for the province.
 */
class PackageImportEndToEndTest {
  @TempDir Path tmp;

  @Test
  void theKabupatenRecapIsTheSumOfTheImportedKecamatanPackages() {
    try (Workspace a = ppk(tmp.resolve("ppk-310101"), "310101");
        Workspace b = ppk(tmp.resolve("ppk-310102"), "310102");
        Workspace kab = kabkota(tmp.resolve("kab-3101"))) {
      Path a1 = export(a, tmp.resolve("310101-1.rekap"), null);
      // the export's event (ADR 0040): the number, the file and its digest
      assertThat(AuditEvents.last(a, AuditAction.PACKAGE_EXPORT, "user:petugas"))
          .isEqualTo(
              AuditEvents.tree(Map.of("sequence", 1, "sha256", sha256(a1), "file", a1.toString())));
      Path b1 = export(b, tmp.resolve("310102-1.rekap"), null);
      trust(kab, key(a).certificate(), tmp);
      trust(kab, key(b).certificate(), tmp);

      var first = kab.importPackage().run(Workspaces.CLERK, a1);
      var second = kab.importPackage().run(Workspaces.CLERK, b1);
      assertThat(first.status()).isEqualTo(ImportPackage.Status.IMPORTED);
      assertThat(second.status()).isEqualTo(ImportPackage.Status.IMPORTED);
      assertThat(first.rows()).isPositive();
      // the import's event (ADR 0040): the file, its sender and signer, what it brought
      Map<String, Object> imported = new java.util.LinkedHashMap<>();
      imported.put("sha256", sha256(b1));
      imported.put("file", b1.toString());
      imported.put("sender", "310102");
      imported.put("sequence", 1);
      imported.put("supersedes", null);
      imported.put("rows", second.rows());
      imported.put("discrepancies", 0);
      imported.put("signer", SigningKey.fingerprint(key(b).certificate()));
      assertThat(AuditEvents.last(kab, AuditAction.PACKAGE_IMPORT, "user:petugas"))
          .isEqualTo(AuditEvents.tree(imported));
      assertThat(first.discrepancies()).isEmpty();
      assertThat(second.discrepancies()).isEmpty();
      assertRecapIsTheSum(kab, a, b);
      assertThat(kab.check().run().findings()).noneMatch(f -> f.rule().equals("R22"));

      // The same file again: nothing changes, and the outcome says so.
      var before = StoreDump.of(kab);
      assertThat(kab.importPackage().run(Workspaces.CLERK, a1).status())
          .isEqualTo(ImportPackage.Status.UNCHANGED);
      assertThat(StoreDump.of(kab)).isEqualTo(before);

      // The PPK corrects a TPS in plenary and sends packages 2 and 3; 3 arrives first.
      var ppkChair =
          id.rekap.core.support.PlenaryUsers.person(
              a, id.rekap.core.support.PlenaryUsers.admin(a), "ketua", Role.CHAIR);
      TpsCode tps = new TpsCode("3101011001001");
      var contest = a.election().contests().getFirst().code();
      a.corrections()
          .correct(
              ppkChair,
              new Corrections.Request(
                  tps,
                  contest,
                  Map.of("choices.1", 101),
                  "salah baca Sirekap, plano dibacakan",
                  Evidence.PLANO,
                  "saksi 01"));
      Path a2 = export(a, tmp.resolve("310101-2.rekap"), "koreksi pleno TPS 001");
      Path a3 = export(a, tmp.resolve("310101-3.rekap"), "koreksi pleno TPS 001, dikirim ulang");
      var third = kab.importPackage().run(Workspaces.CLERK, a3);
      assertThat(third.status()).isEqualTo(ImportPackage.Status.SUPERSEDED);
      assertThat(third.previousSequence()).contains(1);
      assertThat(third.sequence()).isEqualTo(3);
      JsonNode superseding = AuditEvents.last(kab, AuditAction.PACKAGE_IMPORT, "user:petugas");
      assertThat(superseding.path("sequence").asInt()).isEqualTo(3);
      assertThat(superseding.path("supersedes").asInt()).isEqualTo(1);
      assertThat(superseding.path("sha256").asText()).isEqualTo(sha256(a3));
      assertRecapIsTheSum(kab, a, b);
      assertThat(
              kab.recap().run(contest, RecapLevel.TPS).stream()
                  .filter(r -> r.code().equals(tps.value()))
                  .findFirst()
                  .orElseThrow()
                  .tally()
                  .votes(1))
          .isEqualTo(101L);

      // Package 2 is older than the one in force: refused, nothing changes.
      var beforeOld = StoreDump.of(kab);
      assertThatThrownBy(() -> kab.importPackage().run(Workspaces.CLERK, a2))
          .isInstanceOf(RekapException.class)
          .extracting(e -> ((RekapException) e).key())
          .isEqualTo("package.error.sequence");
      assertThat(StoreDump.of(kab)).isEqualTo(beforeOld);

      // Both versions of 310101 are listed, with the sender's reason and their status.
      List<ReceivedPackage> list = kab.importPackage().list();
      assertThat(list).hasSize(3);
      var of310101 = list.stream().filter(p -> p.senderRegion().equals("310101")).toList();
      assertThat(of310101).extracting(ReceivedPackage::sequence).containsExactly(1, 3);
      assertThat(of310101).extracting(ReceivedPackage::current).containsExactly(false, true);
      assertThat(of310101.get(1).reason()).isEqualTo("koreksi pleno TPS 001, dikirim ulang");
      assertThat(of310101.get(0).supersededBy()).isEqualTo(of310101.get(1).id());
      assertThat(of310101.get(1).signerSubject()).contains("L=310101").contains("OU=kecamatan");
      assertThat(kab.verifyAudit().run().ok()).isTrue();

      // The kab/kota sends its own package upward: level kabkota, rows from the packages.
      kab.keys().init(Workspaces.CLERK, PackageFixtures.PASSPHRASE);
      Path up = export(kab, tmp.resolve("3101-1.rekap"), null);
      var verified = VerifyPackage.run(up, List.of(PackageFixtures.key(kab).certificate()));
      assertThat(verified.valid()).isTrue();
      assertThat(verified.signer().orElseThrow().level()).isEqualTo("kabkota");
      JsonNode manifest = verified.manifest().orElseThrow();
      assertThat(manifest.path("sender").path("level").asText()).isEqualTo("kabkota");
      var results =
          Json.mapper().readTree(PackageFixtures.entries(up).get("results.json")).path("results");
      assertThat(results.size()).isEqualTo(first.rows() + second.rows());
      results.forEach(r -> assertThat(r.path("source").asText()).isEqualTo(Source.PACKAGE.id()));
      assertThat(PackageFixtures.entries(up)).containsKey("aggregates/ppwp-kecamatan.json");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      return Sha256.hex(java.nio.file.Files.readAllBytes(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Per contest: each kecamatan row = that PPK's row; the kabupaten = the sum of the two. */
  static void assertRecapIsTheSum(Workspace kab, Workspace a, Workspace b) {
    for (Contest c : kab.election().contests()) {
      Map<String, JsonNode> kec = rows(kab, c, RecapLevel.KECAMATAN);
      JsonNode rowA = rows(a, c, RecapLevel.KECAMATAN).get("310101");
      JsonNode rowB = rows(b, c, RecapLevel.KECAMATAN).get("310102");
      assertThat(kec.get("310101")).isEqualTo(rowA);
      assertThat(kec.get("310102")).isEqualTo(rowB);
      Map<String, JsonNode> flatA = flat(rowA);
      Map<String, JsonNode> flatB = flat(rowB);
      Map<String, JsonNode> flatKab = flat(rows(kab, c, RecapLevel.KABKOTA).get("3101"));
      for (var e : flatKab.entrySet()) {
        String field = e.getKey();
        if (field.equals("code") || field.equals("name") || field.equals("tps.expected")) {
          continue;
        }
        JsonNode x = flatA.get(field);
        JsonNode y = flatB.get(field);
        boolean none = (x == null || x.isNull()) && (y == null || y.isNull());
        long sum =
            (x == null || x.isNull() ? 0 : x.asLong()) + (y == null || y.isNull() ? 0 : y.asLong());
        if (none) {
          assertThat(e.getValue().isNull()).as(c.code() + " " + field).isTrue();
        } else {
          assertThat(e.getValue().asLong()).as(c.code() + " " + field).isEqualTo(sum);
        }
      }
    }
  }

  private static Map<String, JsonNode> rows(Workspace ws, Contest c, RecapLevel level) {
    List<RecapRow> rows = ws.recap().run(c.code(), level);
    JsonNode doc = Json.mapper().valueToTree(RecapDocument.of(c, level, rows));
    Map<String, JsonNode> out = new TreeMap<>();
    doc.path("rows").forEach(r -> out.put(r.path("code").asText(), r));
    return out;
  }

  private static Map<String, JsonNode> flat(JsonNode node) {
    Map<String, JsonNode> out = new TreeMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e ->
                  flatten(
                      prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                      e.getValue(),
                      out));
    } else if (!node.isArray()) {
      out.put(prefix, node);
    }
  }
}
