package id.rekap.core.adoption;

import static id.rekap.core.adoption.AdoptionSupport.events;
import static id.rekap.core.adoption.AdoptionSupport.lastPayload;
import static id.rekap.core.adoption.AdoptionSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.Messages;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.KeyedForm;
import id.rekap.core.plenary.Objections;
import id.rekap.core.result.Source;
import id.rekap.core.support.AuditEvents;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §3 on the real Kepulauan Seribu sample (a kab/kota workspace with the 81 Sirekap files):
 * a desa adopted in one decision naming what it left out, every reason a TPS is held, the rulings
 * that let one in, and refusals that change nothing.
 */
class AdoptionDecisionsTest {
  static final ContestCode PPWP = ContestCode.PPWP;

  /** Desa Pulau Untung Jawa: seven TPS; 006 has a real R9 error in Sirekap's reading. */
  static final String DESA = "3101021001";

  static final String HELD = "3101021001006";

  /** A desa of Kepulauan Seribu Utara: TPS 001 and 013 with errors, TPS 004 without a result. */
  static final String NORTH = "3101011001";

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

  private static List<String> codes(List<PlanItem> items) {
    return items.stream().map(PlanItem::code).toList();
  }

  private static List<String> tps(String desa, int... numbers) {
    return java.util.Arrays.stream(numbers).mapToObj(n -> desa + "%03d".formatted(n)).toList();
  }

  @Test
  void aDesaIsAdoptedInOneDecisionThatNamesWhatItLeftOut() {
    var before = StoreDump.of(ws);
    assertThatThrownBy(
            () -> ws.adoptions().decide(chair, Adoptions.Request.of(PPWP, DESA, "pleno desa")))
        .isInstanceOfSatisfying(
            RekapException.class,
            e -> {
              assertThat(e.key()).isEqualTo("adoption.error.partial");
              assertThat(e.getMessage())
                  .contains(HELD + ": galat R9 tanpa keputusan pleno")
                  .contains("--partial");
            });
    assertThat(StoreDump.of(ws)).isEqualTo(before);

    int eventsBefore = events(ws);
    String text = "Pleno PPK 20 Februari: TPS 006 menunggu penghitungan ulang";
    var outcome =
        ws.adoptions().decide(chair, new Adoptions.Request(PPWP, DESA, text, Map.of(), true, null));

    List<String> ready = tps(DESA, 1, 2, 3, 4, 5, 7);
    assertThat(codes(outcome.plan().adopting())).isEqualTo(ready);
    assertThat(codes(outcome.plan().leftOut())).containsExactly(HELD, DESA);
    assertThat(outcome.plan().partial()).isTrue();
    ready.forEach(t -> assertThat(ws.adoptions().isAdopted(PPWP, t)).as(t).isTrue());
    assertThat(ws.adoptions().isAdopted(PPWP, HELD)).isFalse();
    assertThat(ws.adoptions().isAdopted(PPWP, DESA)).isFalse();
    assertThat(ws.adoptions().stamp(PPWP, DESA).state()).isEqualTo(AdoptionStamp.State.NONE);

    // one decision, one event: what it adopted (with the digests), what it left out and why
    assertThat(events(ws)).isEqualTo(eventsBefore + 1);
    Map<String, Object> adopted = new TreeMap<>();
    ready.forEach(t -> adopted.put(t, ws.adoptions().stamp(PPWP, t).digest()));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("contest", "ppwp");
    expected.put("code", DESA);
    expected.put("decision", outcome.decision());
    expected.put("text", text);
    expected.put("adopted", adopted);
    expected.put("already", List.of());
    expected.put(
        "leftOut",
        Map.of(
            HELD,
            List.of(Map.of("reason", "errors", "detail", List.of("R9"))),
            DESA,
            List.of(Map.of("reason", "below", "detail", List.of(HELD)))));
    expected.put("partial", true);
    expected.put("rulings", Map.of());
    assertThat(lastPayload(ws, "adoption.adopt")).isEqualTo(tree(expected));
    assertThat(ws.adoptions().history(PPWP, DESA))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Decision.Kind.ADOPT);
              assertThat(d.by()).isEqualTo("ketua");
              assertThat(d.text()).isEqualTo(text);
              assertThat(d.codes()).isEqualTo(adopted);
              assertThat(d.leftOut().get(HELD))
                  .containsExactly(new Block(Reason.ERRORS, List.of("R9")));
              assertThat(d.partial()).isTrue();
            });

    // the plenary rules on TPS 006: the second decision takes it and the desa
    String ruling = "Pleno: DPT dibaca ulang dari C.Hasil plano; angka TPS 006 sah";
    var second =
        ws.adoptions()
            .decide(
                chair, new Adoptions.Request(PPWP, DESA, null, Map.of(HELD, ruling), false, null));
    assertThat(codes(second.plan().adopting())).containsExactly(HELD, DESA);
    assertThat(codes(second.plan().already())).isEqualTo(ready);
    assertThat(second.plan().item(HELD).orElseThrow().settled())
        .containsExactly(new Block(Reason.ERRORS, List.of("R9")));
    assertThat(ws.adoptions().stamp(PPWP, DESA).official()).isTrue();
    var payload = lastPayload(ws, "adoption.adopt");
    assertThat(payload.path("already")).isEqualTo(tree(ready));
    assertThat(payload.path("leftOut").size()).isZero();
    assertThat(payload.path("rulings").path(HELD).path("text").asText()).isEqualTo(ruling);
    assertThat(payload.path("rulings").path(HELD).path("subject").asText()).hasSize(64);
    assertThat(
            ws.adoptions().list().stream()
                .filter(a -> a.code().equals(HELD))
                .findFirst()
                .orElseThrow()
                .decision())
        .isEqualTo(ruling);
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void everyReasonATpsIsHeldIsNamedAndSettlingItLetsItIn() {
    long objection =
        ws.objections()
            .record(
                operator,
                Objections.Kind.KEBERATAN,
                PPWP,
                NORTH + "002",
                "Saksi paslon 01",
                "Suara tidak sah dihitung sah");
    ws.objections()
        .record(operator, Objections.Kind.KEJADIAN, null, NORTH + "005", "PPK", "Hujan deras");
    var contest = ws.election().contest(PPWP).orElseThrow();
    ws.entry()
        .key(
            operator,
            KeyedForm.filled(
                contest,
                new id.rekap.core.region.TpsCode(NORTH + "004"),
                Source.CHASIL,
                Map.of("total", 230)));

    var plan = ws.adoptions().preview(PPWP, NORTH, Map.of());
    assertThat(plan.scope()).isEqualTo(AdoptionPlan.Scope.SWEEP);
    assertThat(plan.item(NORTH + "001").orElseThrow().blocks())
        .containsExactly(new Block(Reason.ERRORS, List.of("R3", "R5")));
    assertThat(plan.item(NORTH + "002").orElseThrow().blocks())
        .containsExactly(new Block(Reason.OBJECTION_PENDING, List.of("#" + objection)));
    assertThat(plan.item(NORTH + "004").orElseThrow().blocks())
        .containsExactly(
            new Block(Reason.NO_RESULT), new Block(Reason.ENTRY_PENDING, List.of("chasil")));
    assertThat(plan.item(NORTH + "005").orElseThrow().status())
        .as("a special event holds nothing")
        .isEqualTo(PlanItem.Status.ADOPT);
    assertThat(plan.item(NORTH).orElseThrow().status()).isEqualTo(PlanItem.Status.BLOCKED);
    // in words, in both languages, without internal ids
    assertThat(
            plan.item(NORTH + "004").orElseThrow().blocks().stream()
                .map(b -> b.message(Messages.INDONESIAN))
                .toList())
        .containsExactly("belum ada hasil", "entri ganda belum tuntas (C.Hasil plano)");
    assertThat(plan.item(NORTH + "002").orElseThrow().blocks().getFirst().message(Locale.ENGLISH))
        .isEqualTo("objection #" + objection + " not answered");

    ws.objections().respond(chair, objection, "Ditolak: suara sah", Objections.Decision.REJECTED);
    var ruled =
        ws.adoptions().preview(PPWP, NORTH, Map.of(NORTH + "001", "Pleno: dibaca dari plano"));
    assertThat(ruled.item(NORTH + "002").orElseThrow().status()).isEqualTo(PlanItem.Status.ADOPT);
    assertThat(ruled.item(NORTH + "001").orElseThrow().status()).isEqualTo(PlanItem.Status.ADOPT);
    assertThat(ruled.item(NORTH + "001").orElseThrow().ruling())
        .isEqualTo("Pleno: dibaca dari plano");
    assertThat(codes(ruled.leftOut()))
        .containsExactly(NORTH + "003", NORTH + "004", NORTH + "013", NORTH);

    // a ruling on its own, adopting nothing: its one event names what it ruled on (ADR 0040)
    String tps = NORTH + "001";
    String subject = ws.adoptions().preview(PPWP, tps, Map.of()).item(tps).orElseThrow().subject();
    long ruling = ws.adoptions().rule(chair, PPWP, tps, " Pleno: dibaca dari plano ");
    assertThat(AuditEvents.last(ws, AuditAction.ADOPTION_RULING, "user:ketua"))
        .isEqualTo(
            tree(
                Map.of(
                    "contest",
                    "ppwp",
                    "code",
                    tps,
                    "decision",
                    ruling,
                    "text",
                    "Pleno: dibaca dari plano",
                    "subject",
                    subject)));
    assertThat(ws.adoptions().isAdopted(PPWP, tps)).isFalse();
  }

  @Test
  void refusalsChangeNothing() {
    var full = Map.of(HELD, "Pleno: angka sah");
    var before = StoreDump.of(ws);
    assertRefused(
        () -> ws.adoptions().decide(operator, Adoptions.Request.of(PPWP, DESA, null)),
        "user.error.notAllowed");
    assertRefused(
        () -> ws.adoptions().decide(chair, Adoptions.Request.of(PPWP, NORTH + "004", null)),
        "adoption.error.blocked");
    assertRefused(
        () ->
            ws.adoptions()
                .decide(
                    chair,
                    new Adoptions.Request(PPWP, DESA, null, Map.of(DESA + "001", "x"), true, null)),
        "adoption.error.rulingNotNeeded");
    assertRefused(
        () ->
            ws.adoptions()
                .decide(
                    chair, new Adoptions.Request(PPWP, DESA, null, Map.of(HELD, " "), true, null)),
        "adoption.error.rulingText");
    assertRefused(
        () ->
            ws.adoptions()
                .decide(
                    chair, new Adoptions.Request(PPWP, DESA, null, full, false, Map.of(DESA, "x"))),
        "adoption.error.changed");
    assertRefused(
        () -> ws.adoptions().decide(chair, Adoptions.Request.of(PPWP, "3201", null)),
        "objection.error.place");
    assertRefused(
        () -> ws.adoptions().reopen(chair, PPWP, DESA, "alasan"), "adoption.error.notAdopted");
    assertRefused(() -> ws.adoptions().reopen(chair, PPWP, DESA, " "), "adoption.error.reason");
    assertRefused(
        () -> ws.adoptions().rule(chair, PPWP, DESA + "001", "tidak perlu"),
        "adoption.error.rulingNotNeeded");
    assertRefused(
        () -> ws.adoptions().usePackage(chair, PPWP, HELD, "tidak ada paket"),
        "adoption.error.noPackage");
    assertThat(StoreDump.of(ws)).isEqualTo(before);

    // what the chair was shown is what is adopted, or nothing is
    var shown = ws.adoptions().preview(PPWP, DESA, full);
    ws.adoptions()
        .decide(
            chair, new Adoptions.Request(PPWP, DESA, null, full, false, shown.adoptingDigests()));
    var adopted = StoreDump.of(ws);
    assertRefused(
        () -> ws.adoptions().decide(chair, Adoptions.Request.of(PPWP, DESA, null)),
        "adoption.error.already");
    assertThat(StoreDump.of(ws)).isEqualTo(adopted);
  }

  @Test
  void aDecisionIsAllOrNothing() {
    var db = WorkspaceInternals.database(ws);
    DecisionRepository failing =
        new DecisionRepository() {
          @Override
          public long nextId() {
            return db.decisions().nextId();
          }

          @Override
          public void insert(Decision decision) {
            throw new IllegalStateException("disk full");
          }

          @Override
          public List<Decision> of(ContestCode contest) {
            return db.decisions().of(contest);
          }
        };
    var adoptions =
        new Adoptions(
            db.transactions(),
            db.adoptions(),
            failing,
            db.results(),
            db.keyedBy(),
            db.auditLog(id.rekap.core.support.TestClock.FIXED),
            ws.election(),
            ws::regionTree,
            () -> ws.check().run(),
            id.rekap.core.support.TestClock.FIXED,
            id.rekap.core.audit.IntegrityGate.NONE,
            OpenBusiness.NONE);
    var before = StoreDump.of(db);
    assertThatThrownBy(
            () ->
                adoptions.decide(
                    chair, new Adoptions.Request(PPWP, DESA, null, Map.of(), true, null)))
        .hasMessageContaining("disk full");
    assertThat(StoreDump.of(db)).isEqualTo(before);
    assertThat(ws.adoptions().list()).isEmpty();
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(RekapException.class, e -> assertThat(e.key()).isEqualTo(key));
  }
}
