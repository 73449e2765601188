package id.rekap.forms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Objections;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.Tps;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.StoreDump;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 on a real workspace: the marking follows what the plenary adopted, the D.Kejadian lists
 * what it recorded, and the signature block names the stored committee.
 */
class FormsFollowThePlenaryTest {
  /** Complete in the real sample: all 35 TPS of the kecamatan have a PPWP result. */
  static final RegionCode SELATAN = RegionCode.parse("310102").orElseThrow();

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-20T09:00:00Z"), ZoneId.of("UTC"));

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

  private Marking marking(RegionCode region) {
    return ws.reports().settings(ContestCode.PPWP, region, List.of(), CLOCK, "t").marking();
  }

  private void adoptBottomUp(RegionCode kecamatan) {
    var tree = ws.regionTree();
    for (Tps t : tree.tpsUnder(kecamatan)) {
      ws.adoptions().adopt(chair, ContestCode.PPWP, t.code().value(), "ditetapkan dalam pleno");
    }
    for (Region desa : tree.regionsAt(RegionLevel.DESA)) {
      if (desa.code().isWithin(kecamatan)) {
        ws.adoptions().adopt(chair, ContestCode.PPWP, desa.code().value(), null);
      }
    }
    ws.adoptions().adopt(chair, ContestCode.PPWP, kecamatan.value(), null);
  }

  @Test
  void aFormIsDraftUntilItsRegionIsAdoptedThenOfficial() throws Exception {
    assertThat(marking(SELATAN)).isEqualTo(Marking.DRAFT);
    adoptBottomUp(SELATAN);
    assertThat(marking(SELATAN)).isEqualTo(Marking.OFFICIAL);
    // the kabupaten is not adopted while the other kecamatan is open
    assertThat(marking(null)).isEqualTo(Marking.DRAFT);
    var settings = ws.reports().settings(ContestCode.PPWP, SELATAN, List.of(), CLOCK, "t");
    FormDocument doc = ws.reports().dHasil(ContestCode.PPWP, SELATAN, null, settings);
    assertThat(doc.fileStem()).endsWith("-official");
    assertThat(FormReader.pdfPages(PdfChecks.pdf(doc, Paper.A4)))
        .allSatisfy(page -> assertThat(page).contains("RESMI").doesNotContain("DRAF"));
  }

  @Test
  void theDKejadianListsWhatThePlenaryRecordedForThatContest() throws Exception {
    long objection =
        ws.objections()
            .record(
                operator,
                Objections.Kind.KEBERATAN,
                ContestCode.PPWP,
                "3101021001001",
                "Saksi paslon 02",
                "Jumlah suara sah di C.Hasil berbeda dengan salinan");
    ws.objections()
        .record(
            operator,
            Objections.Kind.KEJADIAN,
            null,
            SELATAN.value(),
            "Ketua PPK",
            "Listrik padam pukul 21.00 selama satu jam");
    ws.objections()
        .record(
            operator,
            Objections.Kind.KEBERATAN,
            ContestCode.PDPR,
            "3101021001001",
            "Saksi partai",
            "Keberatan untuk surat suara DPR saja");
    ws.objections()
        .respond(chair, objection, "Dihitung ulang di pleno", Objections.Decision.ACCEPTED);

    var settings = ws.reports().kejadianSettings(SELATAN, List.of(), CLOCK, "t");
    String text =
        String.join(
                "\n",
                FormReader.pdfPages(
                    PdfChecks.pdf(ws.reports().dKejadian(SELATAN, null, settings), Paper.A4)))
            .replaceAll("\\s+", " ");
    // one D.Kejadian for the whole plenary: every contest's entries
    assertThat(text)
        .contains("Keberatan saksi", "Saksi paslon 02", "Dihitung ulang di pleno", "Diterima")
        .contains("Kejadian khusus", "Listrik padam", "Belum diputuskan")
        .contains("TPS 001, Kel./Desa PULAU", "UNTUNG JAWA")
        .contains("DPR saja")
        .doesNotContain("NIHIL");
  }

  @Test
  void theSignatureBlockNamesTheStoredCommitteeUnlessTheCallerNamesOthers() throws Exception {
    ws.committee()
        .set(
            chair,
            List.of(
                new CommitteeMember("Ketua", "Siti Rahmawati"),
                new CommitteeMember("Anggota", "Bambang Sutrisno")));
    var stored = ws.reports().settings(ContestCode.PPWP, SELATAN, List.of(), CLOCK, "t");
    assertThat(stored.committee())
        .extracting(CommitteeMember::name)
        .containsExactly("Siti Rahmawati", "Bambang Sutrisno");
    String text =
        String.join(
            "\n",
            FormReader.pdfPages(
                PdfChecks.pdf(
                    ws.reports().dHasil(ContestCode.PPWP, SELATAN, null, stored), Paper.A4)));
    assertThat(text).contains("Siti Rahmawati", "Bambang Sutrisno");

    var named =
        ws.reports()
            .settings(
                ContestCode.PPWP,
                SELATAN,
                List.of(new CommitteeMember("Ketua", "Pengganti")),
                CLOCK,
                "t");
    assertThat(named.committee()).extracting(CommitteeMember::name).containsExactly("Pengganti");
  }

  @Test
  void onlyTheChairSetsTheCommitteeAndBadMembersChangeNothing() {
    var before = StoreDump.of(ws);
    assertThatThrownBy(
            () -> ws.committee().set(operator, List.of(new CommitteeMember("Ketua", "X"))))
        .isInstanceOf(RekapException.class);
    assertThatThrownBy(() -> ws.committee().set(chair, List.of()))
        .isInstanceOf(RekapException.class)
        .extracting(e -> ((RekapException) e).key())
        .isEqualTo("committee.error.count");
    assertThatThrownBy(() -> ws.committee().set(chair, List.of(new CommitteeMember("Ketua", "  "))))
        .isInstanceOf(RekapException.class)
        .extracting(e -> ((RekapException) e).key())
        .isEqualTo("committee.error.member");
    assertThat(StoreDump.of(ws)).isEqualTo(before);
  }
}
