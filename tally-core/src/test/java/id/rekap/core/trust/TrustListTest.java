package id.rekap.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.TestCa;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.signing.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust list: added by the chair only (not an operator, not the admin), from PEM or DER, each
 * addition and removal audited, removals kept in the history, a removed certificate no longer
 * trusted.
 */
class TrustListTest {
  @TempDir Path tmp;

  @Test
  void chairsAddAndRemoveCertificatesAndTheHistoryStays() throws Exception {
    try (Workspace ws = Workspaces.regionsOnly(tmp.resolve("ws"))) {
      User admin = PlenaryUsers.admin(ws);
      User chair = PlenaryUsers.person(ws, admin, "ketua", Role.CHAIR);
      User operator = PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);

      TestCa ca = TestCa.root("CN=Uji BSrE,O=Uji,C=ID");
      Path der = Files.write(tmp.resolve("ca.der"), ca.certificate().getEncoded());
      var before = StoreDump.of(ws);
      assertThatThrownBy(() -> ws.trust().add(operator, der, null))
          .isInstanceOfSatisfying(
              RekapException.class, e -> assertThat(e.key()).isEqualTo("user.error.notAllowed"));
      Path junk = Files.writeString(tmp.resolve("junk.pem"), "not a certificate");
      assertThatThrownBy(() -> ws.trust().add(chair, junk, null))
          .isInstanceOfSatisfying(
              RekapException.class, e -> assertThat(e.key()).isEqualTo("trust.error.certificate"));
      assertThat(StoreDump.of(ws)).isEqualTo(before);

      var added = ws.trust().add(chair, der, "CA BSrE uji");
      assertThat(added.ca()).isTrue();
      assertThat(added.addedBy()).isEqualTo("ketua");
      assertThat(ws.trust().certificates()).containsExactly(ca.certificate());
      assertThatThrownBy(() -> ws.trust().add(chair, der, null))
          .isInstanceOfSatisfying(
              RekapException.class, e -> assertThat(e.key()).isEqualTo("trust.error.exists"));
      String fp = SigningKey.fingerprint(ca.certificate());
      assertThatThrownBy(() -> ws.trust().remove(admin, fp))
          .as("the admin manages accounts only")
          .isInstanceOfSatisfying(
              RekapException.class, e -> assertThat(e.key()).isEqualTo("user.error.adminOnly"));

      ws.trust().remove(chair, fp.replace(":", "").toLowerCase(java.util.Locale.ROOT));
      assertThat(ws.trust().certificates()).isEmpty();
      assertThat(ws.trust().list()).hasSize(1);
      assertThat(ws.trust().list().getFirst().removedBy()).isEqualTo("ketua");
      assertThatThrownBy(() -> ws.trust().remove(chair, fp))
          .isInstanceOfSatisfying(
              RekapException.class, e -> assertThat(e.key()).isEqualTo("trust.error.unknown"));

      // Added again later: a new entry, the old one stays in the history.
      ws.trust().add(chair, der, "dipercaya lagi");
      assertThat(ws.trust().list()).hasSize(2);
      assertThat(ws.trust().certificates()).hasSize(1);
      var actions =
          WorkspaceInternals.database(ws)
              .dsl()
              .fetch("select action from audit_event order by seq")
              .getValues(0, String.class);
      assertThat(actions).containsSubsequence("trust.add", "trust.remove", "trust.add");
      assertThat(ws.verifyAudit().run().ok()).isTrue();
    }
  }
}
