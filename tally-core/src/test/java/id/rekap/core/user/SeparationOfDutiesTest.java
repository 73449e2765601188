package id.rekap.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.entry.KeyedEntry;
import id.rekap.core.entry.KeyedForm;
import id.rekap.core.intake.ImportRequest;
import id.rekap.core.intake.ImportResults;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.region.TpsCode;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.result.Source;
import id.rekap.core.result.TpsResult;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, acceptance 2: separation of duties. The attack, step by step: an admin created
 * two operator accounts, keyed invented numbers for a TPS as both and adopted them, so that one
 * person ran the whole double entry and the plenary. Each step is refused now, with the store
 * unchanged; and nobody holds two roles in one double entry, adopts numbers they keyed or settled,
 * or (as chair) creates accounts.
 */
class SeparationOfDutiesTest {
  static final TpsCode TPS = new TpsCode("3101011001002");
  static final TpsCode OTHER = new TpsCode("3101011001003");

  @TempDir Path dir;
  private Workspace ws;
  private User admin;

  @BeforeEach
  void open() {
    ws = Workspaces.sample(dir.resolve("ws"));
    admin = PlenaryUsers.admin(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  /** Invented numbers; two keyings that differ only in the invalid votes disagree in one field. */
  private TpsResult invented(TpsCode tps, int invalid) {
    Map<String, Integer> v = new LinkedHashMap<>();
    v.put("choices.1", 900);
    v.put("choices.2", 20);
    v.put("choices.3", 30);
    v.put("valid", 950);
    v.put("invalid", invalid);
    v.put("total", 951);
    v.put("users", 951);
    var contest = ws.election().contest(ContestCode.PPWP).orElseThrow();
    return KeyedForm.filled(contest, tps, Source.CHASIL, v);
  }

  private static String key(Throwable e) {
    return ((RekapException) e).key();
  }

  /** Refused with that message key, and nothing in the store changed. */
  private void refused(ThrowingCallable step, String why) {
    var before = StoreDump.of(ws);
    assertThatThrownBy(step).extracting(SeparationOfDutiesTest::key).isEqualTo(why);
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }

  @Test
  void theAdminAsEveryoneIsRefusedAtEachStep() {
    // Step 1, the admin's own job: two operator accounts, with passwords the admin chose.
    ws.users().add(admin, "op1", Role.OPERATOR, "kertas-sementara-1".toCharArray());
    ws.users().add(admin, "op2", Role.OPERATOR, "kertas-sementara-2".toCharArray());

    // Step 2: keying invented numbers as the admin.
    refused(() -> ws.entry().key(admin, invented(TPS, 999)), "user.error.adminOnly");
    refused(
        () ->
            ws.templateImport()
                .run(admin, dir.resolve("isian.xlsx"), ContestCode.PPWP, Source.CHASIL),
        "user.error.adminOnly");
    // ... or as the two operators, with the passwords the admin handed out: temporary, so the
    // accounts can do nothing until their holders set their own.
    refused(
        () -> ws.users().login("op1", "kertas-sementara-1".toCharArray()), "user.error.mustChange");
    refused(
        () -> ws.users().login("op2", "kertas-sementara-2".toCharArray()), "user.error.mustChange");

    // Step 3: adopting them, or anything else the plenary decides, as the admin.
    refused(
        () -> ws.adoptions().adopt(admin, ContestCode.PPWP, TPS.value(), "ditetapkan"),
        "user.error.adminOnly");
    refused(
        () -> ws.entry().resolve(admin, invented(TPS, 999), Map.of("invalid", 999)),
        "user.error.adminOnly");
    refused(
        () ->
            ws.corrections()
                .correct(
                    admin,
                    new Corrections.Request(
                        TPS,
                        ContestCode.PPWP,
                        Map.of("invalid", 9),
                        "alasan",
                        Evidence.PLANO,
                        "saksi")),
        "user.error.adminOnly");
    refused(() -> ws.setRuleSeverity().run(admin, "R3", "WARNING"), "user.error.adminOnly");
    refused(
        () ->
            ws.importResults()
                .run(
                    admin,
                    ImportRequest.of(List.of(Workspaces.demoFiles().resolve("ppwp"))),
                    ImportResults.Progress.NONE),
        "user.error.adminOnly");
    refused(
        () -> ws.committee().set(admin, List.of(new CommitteeMember("Ketua", "Siapa Saja"))),
        "user.error.adminOnly");
    refused(() -> ws.keys().init(admin, "frasa-sandi-admin".toCharArray()), "user.error.adminOnly");
    refused(
        () -> ws.importRegions(admin, List.of(Workspaces.demoFiles().resolve("wilayah-3101.json"))),
        "user.error.adminOnly");
    assertThat(ws.keys().file()).doesNotExist();

    // And the chair does not create accounts (nor, so, puppets to key with).
    User chair = PlenaryUsers.person(ws, admin, "ketua", Role.CHAIR);
    refused(
        () -> ws.users().add(chair, "op3", Role.OPERATOR, "kertas-sementara-3".toCharArray()),
        "user.error.notAllowed");
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }

  @Test
  void nobodyHoldsTwoRolesInOneDoubleEntryNorAdoptsWhatTheyKeyedOrSettled() {
    User ani = PlenaryUsers.person(ws, admin, "ani", Role.OPERATOR);
    User citra = PlenaryUsers.person(ws, admin, "citra", Role.VERIFIER);
    User dewi = PlenaryUsers.person(ws, admin, "dewi", Role.VERIFIER);
    User ketua = PlenaryUsers.person(ws, admin, "ketua", Role.CHAIR);
    User wakil = PlenaryUsers.person(ws, admin, "wakil", Role.CHAIR);

    // a verifier who keyed one of the two entries may not settle their difference
    ws.entry().key(citra, invented(TPS, 10));
    ws.entry().key(ani, invented(TPS, 11));
    refused(
        () -> ws.entry().resolve(citra, invented(TPS, 10), Map.of("invalid", 10)),
        "entry.error.ownKeying");
    // a chair who settled it may not adopt it
    ws.entry().resolve(ketua, invented(TPS, 10), Map.of("invalid", 10));
    refused(
        () -> ws.adoptions().adopt(ketua, ContestCode.PPWP, TPS.value(), "ditetapkan"),
        "adoption.error.ownKeying");

    // a chair who keyed a form may not adopt it either; a third person settles, a second chair
    // adopts
    ws.entry().key(ketua, invented(OTHER, 40));
    assertThat(ws.entry().key(ani, invented(OTHER, 40)).state())
        .isEqualTo(KeyedEntry.State.COUNTED);
    refused(
        () -> ws.adoptions().adopt(ketua, ContestCode.PPWP, OTHER.value(), "ditetapkan"),
        "adoption.error.ownKeying");
    ws.adoptions().adopt(wakil, ContestCode.PPWP, OTHER.value(), "ditetapkan");
    ws.adoptions().adopt(wakil, ContestCode.PPWP, TPS.value(), "ditetapkan");
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, OTHER.value())).isTrue();
    assertThat(dewi.role()).isEqualTo(Role.VERIFIER);
    assertThat(ws.verifyAudit().run().ok()).isTrue();
  }
}
