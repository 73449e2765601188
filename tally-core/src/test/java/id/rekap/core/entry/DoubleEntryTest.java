package id.rekap.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.recap.RecapLevel;
import id.rekap.core.region.TpsCode;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.result.VoteKey;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4, acceptance 1 and 3: double entry of a C.Hasil plano, and plano beside Sirekap. */
class DoubleEntryTest {
  /** A TPS of the real sample whose Sirekap reading says 233 total votes and 292 voters (R5). */
  static final TpsCode TPS = new TpsCode("3101011001001");

  @TempDir Path dir;
  private Workspace ws;
  private User ani;
  private User budi;
  private User citra;

  @BeforeEach
  void workspaceWithUsers() {
    ws = Workspaces.sample(dir.resolve("ws"));
    User admin = PlenaryUsers.admin(ws);
    ani = PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
    budi = PlenaryUsers.person(ws, admin, "budi", Role.OPERATOR);
    citra = PlenaryUsers.person(ws, admin, "citra", Role.VERIFIER);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    ws.close();
  }

  /** The plano as written: 83 + 107 + 38 = 228 valid, 5 invalid, 233 total, 233 voters. */
  private TpsResult plano(int candidate2) {
    Map<String, Integer> v = new LinkedHashMap<>();
    v.put("dptL", 147);
    v.put("dptP", 145);
    v.put("dpt", 292);
    v.put("users", 233);
    v.put("choices.1", 83);
    v.put("choices.2", candidate2);
    v.put("choices.3", 38);
    v.put("valid", 228);
    v.put("invalid", 5);
    v.put("total", 233);
    var contest = ws.election().contest(ContestCode.PPWP).orElseThrow();
    return KeyedForm.filled(contest, TPS, Source.CHASIL, v);
  }

  @Test
  void matchingSecondEntryCountsTheForm() {
    assertThat(ws.entry().key(ani, plano(107)).state()).isEqualTo(KeyedEntry.State.AWAITING_SECOND);
    var second = ws.entry().key(budi, plano(107));
    assertThat(second.state()).isEqualTo(KeyedEntry.State.COUNTED);
    JsonNode accepted = AuditEvents.last(ws, AuditAction.ENTRY_ACCEPTED, "user:budi");
    assertThat(accepted.path("tps").asText()).isEqualTo(TPS.value());
    assertThat(accepted.path("contest").asText()).isEqualTo("ppwp");
    assertThat(accepted.path("source").asText()).isEqualTo(Source.CHASIL.id());
    assertThat(accepted.path("digest").asText()).isEqualTo(plano(107).digest());
    assertThat(accepted.path("keyedBy").toString()).isEqualTo("[\"ani\",\"budi\"]");
    assertThat(ws.entry().pending()).isEmpty();
    // Acceptance 3: the plano is adopted over Sirekap, and the difference is an R19 finding.
    var row =
        ws.recap().run(ContestCode.PPWP, RecapLevel.TPS).stream()
            .filter(r -> r.code().equals(TPS.value()))
            .findFirst()
            .orElseThrow();
    assertThat(row.tally().admin(id.rekap.core.result.AdminField.USERS)).isEqualTo(233L);
    var findings = ws.check().run().findingsAt(TPS.value());
    assertThat(findings)
        .anyMatch(
            f ->
                f.rule().equals("R19")
                    && f.values().get("chasil").equals(233L)
                    && f.values().get("sirekap").equals(292L));
    assertThat(findings).noneMatch(f -> f.rule().equals("R5"));
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void theSameUserTwiceIsRefused() {
    ws.entry().key(ani, plano(107));
    var before = StoreDump.of(ws);
    assertThatThrownBy(() -> ws.entry().key(ani, plano(107)))
        .isInstanceOf(RekapException.class)
        .hasMessageContaining("ani");
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void aMismatchIsListedPerFieldAndSettledByAVerifier() {
    ws.entry().key(ani, plano(107));
    var second = ws.entry().key(budi, plano(101));
    assertThat(second.state()).isEqualTo(KeyedEntry.State.MISMATCH);
    assertThat(second.mismatches()).containsExactly(new FieldDiff.Mismatch("choices.2", 107, 101));
    JsonNode mismatch = AuditEvents.last(ws, AuditAction.ENTRY_MISMATCH, "user:budi");
    assertThat(mismatch.path("tps").asText()).isEqualTo(TPS.value());
    assertThat(mismatch.path("round").asInt()).isEqualTo(2);
    assertThat(mismatch.path("digest").asText()).isEqualTo(plano(101).digest());
    assertThat(mismatch.path("fields").toString()).isEqualTo("[\"choices.2\"]");
    assertThat(
            ws.recap().run(ContestCode.PPWP, RecapLevel.TPS).stream()
                .filter(r -> r.code().equals(TPS.value()))
                .findFirst()
                .orElseThrow()
                .tally()
                .votes(VoteKey.candidate(2)))
        .as("not counted yet: Sirekap's number stands")
        .isEqualTo(107L);
    // An operator may not resolve; a field left out or not in dispute is refused.
    assertThatThrownBy(() -> ws.entry().resolve(ani, plano(107), Map.of("choices.2", 107)))
        .isInstanceOf(RekapException.class);
    assertThatThrownBy(() -> ws.entry().resolve(citra, plano(107), Map.of()))
        .isInstanceOf(RekapException.class);
    assertThatThrownBy(
            () -> ws.entry().resolve(citra, plano(107), Map.of("choices.2", 107, "valid", 1)))
        .isInstanceOf(RekapException.class);
    TpsResult settled = ws.entry().resolve(citra, plano(107), Map.of("choices.2", 107));
    JsonNode resolved = AuditEvents.last(ws, AuditAction.ENTRY_RESOLVED, "user:citra");
    assertThat(resolved.path("digest").asText()).isEqualTo(settled.digest());
    assertThat(resolved.path("keyedBy").toString()).isEqualTo("[\"ani\",\"budi\"]");
    assertThat(resolved.path("resolution").path("choices.2").toString())
        .isEqualTo("{\"chosen\":107,\"first\":107,\"second\":101}");
    assertThat(settled.votes().get(VoteKey.candidate(2))).isEqualTo(107);
    assertThat(ws.entry().pending()).isEmpty();
    assertThat(ws.verifyAudit().run().ok()).isTrue();
    // Once counted, keying again goes through a correction.
    assertThatThrownBy(() -> ws.entry().key(ani, plano(107))).isInstanceOf(RekapException.class);
  }

  @Test
  void aFieldNotOnTheBallotIsRefused() {
    var contest = ws.election().contest(ContestCode.PPWP).orElseThrow();
    assertThatThrownBy(() -> KeyedForm.filled(contest, TPS, Source.CHASIL, Map.of("choices.4", 1)))
        .isInstanceOf(RekapException.class)
        .hasMessageContaining("choices.4");
  }

  @Test
  void manyFormsAtOnceAreAllOrNothing() {
    var contest = ws.election().contest(ContestCode.PPWP).orElseThrow();
    var other = new TpsCode("3101011001002");
    var good = KeyedForm.filled(contest, other, Source.CHASIL, Map.of("valid", 10));
    ws.entry().key(ani, plano(107));
    var before = StoreDump.of(ws);
    // The second form repeats ani's own keying of TPS: refused, so the first is not kept either.
    assertThatThrownBy(() -> ws.entry().keyAll(ani, java.util.List.of(good, plano(107))))
        .isInstanceOf(RekapException.class);
    assertThat(StoreDump.of(ws)).isEqualTo(before);
    var outcomes = ws.entry().keyAll(budi, java.util.List.of(good, plano(107)));
    assertThat(outcomes)
        .extracting(KeyedEntry.Outcome::state)
        .containsExactly(KeyedEntry.State.AWAITING_SECOND, KeyedEntry.State.COUNTED);
  }
}
