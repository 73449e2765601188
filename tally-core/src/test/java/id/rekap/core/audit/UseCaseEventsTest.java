package id.rekap.core.audit;

import static id.rekap.core.support.AuditEvents.last;
import static id.rekap.core.support.AuditEvents.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.Objections;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact event each state-changing use case records (ADR 0040): its action from the catalogue,
 * the actor, and the payload fields the use case gives. The use cases whose own tests already
 * assert their event are listed in the ADR; these are the rest.
 */
class UseCaseEventsTest {
  static final Instant NINE = Instant.parse("2024-02-20T02:00:00Z");

  @TempDir Path dir;
  private Workspace ws;
  private PlenaryUsers users;

  @BeforeEach
  void workspace() {
    ws = Workspaces.sample(dir.resolve("ws"));
    users = PlenaryUsers.add(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void theWorkspaceBeginsWithItsInit() {
    AuditEvent first = AuditEvents.all(ws).getFirst();
    assertThat(first.action()).isEqualTo(AuditAction.WORKSPACE_INIT.stored());
    JsonNode init = AuditEvents.said(first);
    assertThat(init.path("level").asText()).isEqualTo(ws.info().level().id());
    assertThat(init.path("region").asText()).isEqualTo(ws.info().region().value());
    assertThat(init.path("name").asText()).isEqualTo(ws.info().name());
    assertThat(init.path("election").asText()).isEqualTo(ws.info().electionId());
    assertThat(init.path("electionSha256").asText()).isEqualTo(ws.info().electionSha256());
  }

  @Test
  void accounts() {
    User admin = users.admin();
    ws.users().add(admin, "budi", Role.OPERATOR, PlenaryUsers.TEMPORARY.toCharArray());
    assertThat(last(ws, AuditAction.USER_ADD, "user:admin"))
        .isEqualTo(tree(Map.of("user", "budi", "role", "operator", "forgottenFailures", 0)));

    ws.users()
        .changePassword(
            "budi", PlenaryUsers.TEMPORARY.toCharArray(), PlenaryUsers.PASSWORD.toCharArray());
    assertThat(last(ws, AuditAction.USER_PASSWORD, "user:budi"))
        .isEqualTo(tree(Map.of("user", "budi", "temporary", true)));

    assertThatThrownBy(() -> ws.users().login("budi", "salah-sandi-99".toCharArray()))
        .isInstanceOf(RekapException.class);
    JsonNode failed = last(ws, AuditAction.USER_LOGIN_FAILED, "unauthenticated");
    assertThat(failed.path("user").asText()).isEqualTo("budi");
    assertThat(failed.path("failures").asInt()).isEqualTo(1);

    ws.users().login("budi", PlenaryUsers.PASSWORD.toCharArray());
    JsonNode login = last(ws, AuditAction.USER_LOGIN, "user:budi");
    assertThat(login.path("user").asText()).isEqualTo("budi");
    assertThat(login.path("failuresBefore").asInt()).isEqualTo(1);

    ws.users().setActive(admin, "budi", false);
    assertThat(last(ws, AuditAction.USER_DEACTIVATE, "user:admin").path("user").asText())
        .isEqualTo("budi");
    ws.users().setActive(admin, "budi", true);
    assertThat(last(ws, AuditAction.USER_ACTIVATE, "user:admin").path("user").asText())
        .isEqualTo("budi");
  }

  @Test
  void theCommittee() {
    ws.committee()
        .set(
            users.chair(),
            List.of(
                new CommitteeMember("Ketua", "Siti Rahmawati"),
                new CommitteeMember("Anggota", "Budi Santoso")));
    JsonNode members = last(ws, AuditAction.COMMITTEE_SET, "user:ketua").path("members");
    assertThat(members).hasSize(2);
    assertThat(members.toString()).contains("Siti Rahmawati", "Ketua", "Budi Santoso");
  }

  @Test
  void thePlenarySessionAndItsObjections() {
    long session = ws.sessions().open(users.chair(), "Aula KPU", NINE);
    assertThat(last(ws, AuditAction.PLENARY_OPEN, "user:ketua"))
        .isEqualTo(
            tree(Map.of("session", session, "place", "Aula KPU", "openedAt", NINE.toString())));

    ws.sessions().attend(users.operator(), List.of(Attendee.panwaslu("Nurul Hidayah")));
    JsonNode attended = last(ws, AuditAction.PLENARY_ATTEND, "user:ani");
    assertThat(attended.path("session").asLong()).isEqualTo(session);
    assertThat(attended.path("attendees").toString()).contains("Nurul Hidayah");

    long id =
        ws.objections()
            .record(
                users.operator(),
                Objections.Kind.KEBERATAN,
                ContestCode.PPWP,
                "3101",
                "Saksi 01",
                "Selisih suara");
    JsonNode recorded = last(ws, AuditAction.OBJECTION_RECORD, "user:ani");
    assertThat(recorded.path("id").asLong()).isEqualTo(id);
    assertThat(recorded.path("kind").asText()).isEqualTo(Objections.Kind.KEBERATAN.id());
    assertThat(recorded.path("contest").asText()).isEqualTo("ppwp");
    assertThat(recorded.path("session").asLong()).isEqualTo(session);
    assertThat(recorded.path("raisedBy").asText()).isEqualTo("Saksi 01");
    assertThat(recorded.path("text").asText()).isEqualTo("Selisih suara");

    ws.objections().recommend(users.operator(), id, " Dihitung ulang ");
    assertThat(last(ws, AuditAction.OBJECTION_RECOMMEND, "user:ani"))
        .isEqualTo(tree(Map.of("id", id, "recommendation", "Dihitung ulang")));

    ws.objections().respond(users.chair(), id, "Diterima", Objections.Decision.ACCEPTED);
    assertThat(last(ws, AuditAction.OBJECTION_RESPOND, "user:ketua"))
        .isEqualTo(
            tree(
                Map.of(
                    "id",
                    id,
                    "response",
                    "Diterima",
                    "decision",
                    Objections.Decision.ACCEPTED.id())));

    Instant five = NINE.plusSeconds(8 * 3600);
    ws.sessions().close(users.chair(), five);
    assertThat(last(ws, AuditAction.PLENARY_CLOSE, "user:ketua"))
        .isEqualTo(tree(Map.of("session", session, "closedAt", five.toString())));
  }

  /**
   * A transaction whose last rows come after its last event (here: a row written with no use case
   * at all) is bound by the store itself: {@code state.bind} by Rekap, saying nothing but the state
   * sum the store adds, so the chain still covers every row.
   */
  @Test
  void rowsWrittenAfterTheLastEventAreBoundByTheStore() {
    var db = id.rekap.core.workspace.WorkspaceInternals.database(ws);
    db.transactions()
        .run(
            () ->
                db.dsl()
                    .execute(
                        "insert into rule_severity (rule_id, severity) values ('R3', 'WARNING')"));
    assertThat(last(ws, AuditAction.STATE_BIND, "rekap")).isEqualTo(tree(Map.of()));
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void theKeyItsCheckpointsTheBackupFolderAndTheUpstream() throws Exception {
    char[] passphrase = "kunci-ruang-kerja-77".toCharArray();
    X509Certificate cert = ws.keys().init(users.chair(), passphrase);
    String fingerprint = id.rekap.signing.SigningKey.fingerprint(cert);
    JsonNode keys = last(ws, AuditAction.KEYS_INIT, "user:ketua");
    assertThat(keys.path("sha256").asText()).isEqualTo(fingerprint);
    assertThat(keys.path("subject").asText()).isEqualTo(cert.getSubjectX500Principal().getName());

    AuditHead before =
        id.rekap.core.workspace.WorkspaceInternals.database(ws)
            .transactions()
            .inTransaction(
                () ->
                    id.rekap.core.workspace.WorkspaceInternals.database(ws)
                        .auditLog(id.rekap.core.support.TestClock.FIXED)
                        .head());
    ws.checkpoints().sign(users.chair().actor(), ws.keys().open(passphrase), "report", "D.Hasil");
    JsonNode checkpoint = last(ws, AuditAction.AUDIT_CHECKPOINT, "user:ketua");
    assertThat(checkpoint.path("seq").asLong()).isEqualTo(before.seq());
    assertThat(checkpoint.path("hash").asText()).isEqualTo(before.hash());
    assertThat(checkpoint.path("purpose").asText()).isEqualTo("report");
    assertThat(checkpoint.path("subject").asText()).isEqualTo("D.Hasil");
    assertThat(checkpoint.path("signer").asText()).isEqualTo(fingerprint);

    Path stick = Files.createDirectories(dir.resolve("flashdisk"));
    ws.backups("test").setSecondFolder(users.chair(), stick);
    assertThat(last(ws, AuditAction.BACKUP_FOLDER, "user:ketua"))
        .isEqualTo(tree(Map.of("secondFolder", stick.toAbsolutePath().normalize().toString())));
    ws.backups("test").setSecondFolder(users.chair(), null);
    Map<String, Object> cleared = new LinkedHashMap<>();
    cleared.put("secondFolder", null);
    assertThat(last(ws, AuditAction.BACKUP_FOLDER, "user:ketua")).isEqualTo(tree(cleared));

    ws.sync().registerUpstream(users.chair(), "https://kpu-kab.example:8443/", cert);
    JsonNode upstream = last(ws, AuditAction.SYNC_UPSTREAM, "user:ketua");
    assertThat(upstream.path("url").asText()).isEqualTo("https://kpu-kab.example:8443/");
    assertThat(upstream.path("certificate").asText()).isEqualTo(fingerprint);
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }
}
