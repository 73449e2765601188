package id.rekap.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.RekapException;
import id.rekap.core.demo.DemoData;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestCa;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keys import}: a PKCS#12 from a CA (a test CA standing in for BSrE, with an intermediate)
 * is accepted when the key matches, the chain is complete and the subject states this centre, or
 * states none (the workspace's identity is then recorded); everything else is refused, nothing
 * written.
 */
class KeysImportTest {
  static final char[] FILE_PASS = "frasa-berkas-ca".toCharArray();
  static final char[] WS_PASS = "frasa-sandi-ruang-kerja".toCharArray();
  static final String CENTRE =
      "C=ID,O=pemilu-2024,L=310101,OU=kecamatan,CN=PPK Kepulauan Seribu Utara";

  @TempDir static Path tmp;
  static TestCa root;
  static TestCa sub;

  @BeforeAll
  static void ca() {
    root = TestCa.root("CN=Uji Root CA,O=Uji,C=ID");
    sub = root.intermediate("CN=Uji Sub CA,O=Uji,C=ID");
  }

  private static Workspace ppk(String name) {
    return Workspaces.create(
        tmp.resolve(name),
        WorkspaceLevel.KECAMATAN,
        "310101",
        Workspaces.demoFiles().resolve(DemoData.ELECTION));
  }

  @Test
  void aCaIssuedKeyStatingThisCentreIsImportedReEncrypted() {
    var issued = sub.issue(CENTRE);
    Path p12 = issued.p12(tmp.resolve("ok.p12"), FILE_PASS);
    try (Workspace ws = ppk("ok")) {
      var imported = ws.keys().importKey(Workspaces.CLERK, p12, FILE_PASS, WS_PASS);
      assertThat(imported.centreStated()).isTrue();
      assertThat(imported.centre().regionCode()).isEqualTo("310101");
      // its event (ADR 0040): the certificate, its chain and the centre this workspace is
      var cert = issued.certificate();
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("subject", cert.getSubjectX500Principal().getName());
      event.put("issuer", cert.getIssuerX500Principal().getName());
      event.put("sha256", SigningKey.fingerprint(cert));
      event.put("chain", 3);
      event.put("notAfter", cert.getNotAfter().toInstant().toString());
      event.put("centreStated", true);
      event.put(
          "centre",
          Map.of("level", "kecamatan", "region", "310101", "election", ws.info().electionId()));
      assertThat(AuditEvents.last(ws, AuditAction.KEYS_IMPORT, "user:petugas"))
          .isEqualTo(AuditEvents.tree(event));
      SigningKey stored = SigningKey.load(ws.keys().file(), WS_PASS);
      assertThat(stored.certificate()).isEqualTo(issued.certificate());
      assertThat(stored.chain()).hasSize(3);
      assertThatThrownBy(() -> SigningKey.load(ws.keys().file(), FILE_PASS))
          .as("re-encrypted under the workspace passphrase")
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(ws.verifyAudit().run().ok()).isTrue();
      refused(ws, p12, FILE_PASS, "keys.error.exists");
    }
  }

  @Test
  void aPersonalCertificateWithoutTheCentreIsAcceptedAndTheExpectedIdentityRecorded() {
    Path p12 =
        sub.issue("CN=Budi Santoso,O=KPU,L=Jakarta,C=ID").p12(tmp.resolve("p.p12"), FILE_PASS);
    try (Workspace ws = ppk("personal")) {
      var imported = ws.keys().importKey(Workspaces.CLERK, p12, FILE_PASS, WS_PASS);
      assertThat(imported.centreStated()).isFalse();
      assertThat(imported.centre().level()).isEqualTo("kecamatan");
      assertThat(imported.centre().regionCode()).isEqualTo("310101");
      JsonNode event = AuditEvents.last(ws, AuditAction.KEYS_IMPORT, "user:petugas");
      assertThat(event.path("centreStated").asBoolean(true)).isFalse();
      assertThat(event.path("subject").asText())
          .isEqualTo(imported.certificate().getSubjectX500Principal().getName());
      assertThat(event.path("centre").path("level").asText()).isEqualTo("kecamatan");
      assertThat(event.path("centre").path("region").asText()).isEqualTo("310101");
    }
  }

  @Test
  void everyBadKeyFileIsRefused() throws Exception {
    try (Workspace ws = ppk("bad")) {
      var issued = sub.issue(CENTRE);
      Path ok = issued.p12(tmp.resolve("good.p12"), FILE_PASS);
      refused(ws, ok, "salah".toCharArray(), "keys.error.importOpen");
      Path noRoot =
          issued.p12(tmp.resolve("noroot.p12"), FILE_PASS, issued.chain()[0], issued.chain()[1]);
      refused(ws, noRoot, FILE_PASS, "keys.error.chain");
      Path leafOnly = issued.p12(tmp.resolve("leaf.p12"), FILE_PASS, issued.chain()[0]);
      refused(ws, leafOnly, FILE_PASS, "keys.error.chain");
      var other = sub.issue(CENTRE);
      Path mismatch =
          TestCa.write(tmp.resolve("mismatch.p12"), FILE_PASS, other.key(), issued.chain());
      refused(ws, mismatch, FILE_PASS, "keys.error.mismatch");
      Path elsewhere =
          sub.issue("C=ID,O=pemilu-2024,L=310102,OU=kecamatan,CN=PPK Selatan")
              .p12(tmp.resolve("elsewhere.p12"), FILE_PASS);
      refused(ws, elsewhere, FILE_PASS, "keys.error.centre");
      Path junk = Files.writeString(tmp.resolve("junk.p12"), "bukan pkcs12");
      refused(ws, junk, FILE_PASS, "keys.error.importOpen");
      assertThat(ws.keys().file()).doesNotExist();
    }
  }

  private static void refused(Workspace ws, Path p12, char[] pass, String key) {
    var before = StoreDump.of(ws);
    assertThatThrownBy(() -> ws.keys().importKey(Workspaces.CLERK, p12, pass, WS_PASS))
        .isInstanceOfSatisfying(RekapException.class, e -> assertThat(e.key()).isEqualTo(key));
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }
}
