package id.rekap.core.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plenary sessions (issue 16): the chair opens and closes, the clerk records attendance, all of it
 * audited; objections belong to the session and carry the witness's participant and Panwaslu's
 * recommendation. Bad input is refused and changes nothing.
 */
class PlenarySessionsTest {
  static final Instant NINE = Instant.parse("2024-02-20T02:00:00Z");

  @TempDir Path dir;
  private Workspace ws;
  private User chair;
  private User operator;

  @BeforeEach
  void workspace() {
    ws = Workspaces.sample(dir.resolve("ws"));
    var users = PlenaryUsers.add(ws);
    chair = users.chair();
    operator = users.operator();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void aSessionIsOpenedAttendedAndClosedWithAnAuditTrail() {
    long id = ws.sessions().open(chair, "  Aula KPU Kabupaten  ", NINE);
    ws.sessions()
        .attend(
            operator,
            List.of(
                Attendee.member("Ketua", "Siti Rahmawati"),
                Attendee.saksi(ContestCode.PPWP, 2, "Budi Santoso"),
                Attendee.panwaslu("Nurul Hidayah")));
    long closed = ws.sessions().close(chair, NINE.plusSeconds(8 * 3600));
    assertThat(closed).isEqualTo(id);
    PlenarySession s = ws.sessions().list().getFirst();
    assertThat(s.place()).isEqualTo("Aula KPU Kabupaten");
    assertThat(s.openedAt()).isEqualTo(NINE);
    assertThat(s.open()).isFalse();
    assertThat(s.saksi(ContestCode.PPWP, 2)).map(Attendee::name).contains("Budi Santoso");
    assertThat(s.attendees(Attendee.Kind.MEMBER))
        .extracting(Attendee::role)
        .containsExactly("Ketua");
    var audit = ws.verifyAudit().run();
    assertThat(audit.events()).isGreaterThanOrEqualTo(3);
    // the session and its attendance are bound to the audit chain
    assertThat(audit.ok()).isTrue();
  }

  @Test
  void objectionsBelongToTheSessionAndCarryParticipantAndRecommendation() {
    long before =
        ws.objections()
            .record(operator, Objections.Kind.KEJADIAN, null, "3101", "Ketua", "Sebelum");
    ws.sessions().open(chair, "Aula", NINE);
    long id =
        ws.objections()
            .record(
                operator,
                new Objections.Raised(
                    Objections.Kind.KEBERATAN,
                    ContestCode.PPWP,
                    2,
                    "3101011001001",
                    "Budi Santoso",
                    "Suara tidak cocok"));
    ws.objections().recommend(operator, id, "Cocokkan dengan plano");
    // a recommendation on an objection recorded before any session (no details yet) too
    ws.objections().recommend(operator, before, "Catat di D.Kejadian");
    var rows = ws.objections().list("");
    assertThat(rows.getFirst().id()).isEqualTo(before);
    assertThat(rows.getFirst().session()).isNull();
    var o = rows.getLast();
    assertThat(o.session()).isEqualTo(1L);
    assertThat(o.participant()).isEqualTo(2);
    assertThat(o.recommendation()).isEqualTo("Cocokkan dengan plano");
    assertThat(rows.getFirst().recommendation()).isEqualTo("Catat di D.Kejadian");
    // session, participant and recommendation sit beside the objection row, bound to the chain
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    var before = StoreDump.of(ws);
    refused(() -> ws.sessions().open(operator, "Aula", NINE), "user.error.notAllowed");
    refused(() -> ws.sessions().open(chair, " ", NINE), "plenary.error.place");
    refused(
        () -> ws.sessions().open(chair, "Aula", Instant.parse("2030-01-01T00:00:00Z")),
        "plenary.error.future");
    refused(
        () -> ws.sessions().attend(operator, List.of(Attendee.panwaslu("X"))),
        "plenary.error.notOpen");
    refused(() -> ws.sessions().close(chair, null), "plenary.error.notOpen");
    refused(
        () ->
            ws.objections()
                .record(
                    operator,
                    new Objections.Raised(
                        Objections.Kind.KEBERATAN, ContestCode.PPWP, 9, "3101", "X", "Y")),
        "objection.error.participant");
    refused(() -> ws.objections().recommend(operator, 99, "Z"), "objection.error.unknown");
    assertThat(StoreDump.of(ws)).isEqualTo(before);

    ws.sessions().open(chair, "Aula", NINE);
    var open = StoreDump.of(ws);
    refused(() -> ws.sessions().open(chair, "Lagi", NINE), "plenary.error.alreadyOpen");
    // all or nothing: the unknown participant refuses the whole list
    refused(
        () ->
            ws.sessions()
                .attend(
                    operator,
                    List.of(
                        Attendee.saksi(ContestCode.PPWP, 1, "Ahmad"),
                        Attendee.saksi(ContestCode.PPWP, 4, "Tidak Ada"))),
        "plenary.error.participant");
    ws.sessions().attend(operator, List.of(Attendee.saksi(ContestCode.PPWP, 1, "Ahmad")));
    var attended = StoreDump.of(ws);
    refused(
        () ->
            ws.sessions()
                .attend(operator, List.of(Attendee.saksi(ContestCode.PPWP, 1, "Orang Lain"))),
        "plenary.error.duplicate");
    refused(
        () -> ws.sessions().close(chair, NINE.minusSeconds(60)), "plenary.error.closeBeforeOpen");
    assertThat(StoreDump.of(ws)).isEqualTo(attended).isNotEqualTo(open);
  }

  private static void refused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOf(RekapException.class)
        .extracting(e -> ((RekapException) e).key())
        .isEqualTo(key);
  }
}
