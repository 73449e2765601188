package id.rekap.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.adoption.AdoptionStamp;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Corrections;
import id.rekap.core.plenary.Evidence;
import id.rekap.core.region.Region;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import id.rekap.core.region.Tps;
import id.rekap.core.region.TpsCode;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import id.rekap.core.support.PlenaryUsers;
import id.rekap.core.support.Workspaces;
import id.rekap.core.user.User;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import id.rekap.forms.verify.VerifyFile;
import id.rekap.signing.SigningKey;
import id.rekap.signing.TrustPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, acceptance 1, on the real Kepulauan Seribu sample: adopt, correct, print: the form says
 * DRAFT and why; adopt again: OFFICIAL with the new digest. The form prints the adoption's digest
 * and time, its QR and keywords carry them, and {@code verify} reports them; a DRAFT is signed only
 * when acknowledged, and the signed form says DRAFT.
 */
class OfficialIsWhatWasAdoptedTest {
  static final RegionCode SELATAN = RegionCode.parse("310102").orElseThrow();
  static final TpsCode TPS = new TpsCode("3101021001001");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-20T09:00:00Z"), ZoneId.of("UTC"));
  static final char[] PASSPHRASE = "frasa-sandi-kab-uji".toCharArray();

  @TempDir Path dir;
  private Workspace ws;
  private User chair;

  @BeforeEach
  void workspace() {
    ws = Workspaces.sample(dir.resolve("ws"));
    chair = PlenaryUsers.add(ws).chair();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private void adoptBottomUp(RegionCode kecamatan) {
    var tree = ws.regionTree();
    for (Tps t : tree.tpsUnder(kecamatan)) {
      if (!ws.adoptions().isAdopted(ContestCode.PPWP, t.code().value())) {
        ws.adoptions().adopt(chair, ContestCode.PPWP, t.code().value(), "ditetapkan dalam pleno");
      }
    }
    for (Region desa : tree.regionsAt(RegionLevel.DESA)) {
      if (desa.code().isWithin(kecamatan)
          && !ws.adoptions().isAdopted(ContestCode.PPWP, desa.code().value())) {
        ws.adoptions().adopt(chair, ContestCode.PPWP, desa.code().value(), null);
      }
    }
    ws.adoptions().adopt(chair, ContestCode.PPWP, kecamatan.value(), null);
  }

  private FormDocument form() {
    var settings = ws.reports().settings(ContestCode.PPWP, SELATAN, List.of(), CLOCK, "t");
    return ws.reports().dHasil(ContestCode.PPWP, SELATAN, null, settings);
  }

  private void correct() {
    ws.corrections()
        .correct(
            chair,
            new Corrections.Request(
                TPS,
                ContestCode.PPWP,
                Map.of("choices.2", 150),
                "hitung ulang disaksikan",
                Evidence.RECOUNT,
                "saksi paslon 02"));
  }

  @Test
  void adoptCorrectPrintIsDraftWithTheReasonAndAdoptingAgainIsOfficialWithTheNewDigest() {
    adoptBottomUp(SELATAN);
    FormDocument adopted = form();
    AdoptionStamp first = ws.adoptions().stamp(ContestCode.PPWP, SELATAN.value());
    assertThat(adopted.marking()).isEqualTo(Marking.OFFICIAL);
    assertThat(first.state()).isEqualTo(AdoptionStamp.State.OFFICIAL);
    assertThat(first.digest()).hasSize(64);
    assertThat(adopted.stampText())
        .contains("Ditetapkan 20-02-2024")
        .contains(first.digest())
        .contains("Kepala log audit: ");
    assertThat(adopted.qrContent())
        .contains(";adopted=" + first.digest() + "@" + first.adoptedAt())
        .contains(";audit=");

    correct();
    FormDocument corrected = form();
    assertThat(corrected.marking()).isEqualTo(Marking.DRAFT);
    assertThat(ws.adoptions().stamp(ContestCode.PPWP, SELATAN.value()).state())
        .isEqualTo(AdoptionStamp.State.LIFTED);
    assertThat(corrected.stampText())
        .startsWith("Penetapan 20-02-2024")
        .contains("dicabut")
        .contains("koreksi TPS " + TPS.dotted() + ": hitung ulang disaksikan");
    assertThat(corrected.qrContent()).contains(";adopted=-");
    // the TPS, its desa, the kecamatan: each lift is an audited event with its reason
    assertThat(ws.adoptions().isAdopted(ContestCode.PPWP, TPS.value())).isFalse();
    assertThat(actions()).contains("adoption.lift");
    assertThat(ws.verifyAudit().run().ok()).isTrue();

    adoptBottomUp(SELATAN);
    FormDocument again = form();
    AdoptionStamp second = ws.adoptions().stamp(ContestCode.PPWP, SELATAN.value());
    assertThat(again.marking()).isEqualTo(Marking.OFFICIAL);
    assertThat(second.digest()).isNotEqualTo(first.digest());
    assertThat(again.stampText()).contains(second.digest());
    assertThat(again.digest()).isNotEqualTo(adopted.digest());
  }

  @Test
  void theSameNumbersAgainDoNotLiftAndAnAdoptionIsNotRepeated() {
    adoptBottomUp(SELATAN);
    assertThatThrownBy(() -> ws.adoptions().adopt(chair, ContestCode.PPWP, SELATAN.value(), null))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("adoption.error.already"));
    assertThat(form().marking()).isEqualTo(Marking.OFFICIAL);
  }

  @Test
  void aDraftIsSignedOnlyWhenAcknowledgedAndVerifyReportsTheAdoption() throws Exception {
    ws.keys().init(Workspaces.CLERK, PASSPHRASE);
    SigningKey key = ws.keys().open(PASSPHRASE);
    TrustPolicy trust = TrustPolicy.of(List.of(key.certificate()));
    FormDocument draft = form();
    Path out = Path.of(dir.toString(), "forms");
    java.nio.file.Files.createDirectories(out);
    long before = ws.verifyAudit().run().events();
    assertThatThrownBy(
            () ->
                ws.signForm()
                    .write(
                        Workspaces.CLERK, draft, ReportFile.Format.PDF, Paper.A4, out, key, false))
        .isInstanceOfSatisfying(
            RekapException.class, e -> assertThat(e.key()).isEqualTo("report.error.draft"));
    assertThat(ws.verifyAudit().run().events()).isEqualTo(before);

    Path signedDraft =
        ws.signForm()
            .write(Workspaces.CLERK, draft, ReportFile.Format.PDF, Paper.A4, out, key, true);
    assertThat(signedDraft.getFileName().toString()).contains("-draft");
    var v = VerifyFile.run(signedDraft, trust);
    assertThat(v.valid()).isTrue();
    assertThat(v.claims()).hasValueSatisfying(c -> assertThat(c.adoptionDigest()).isEmpty());
    assertThat(PdfText.of(signedDraft)).contains("DRAF");
    // the key's use signed the audit head into the chain
    var audit = ws.verifyAudit().run();
    assertThat(audit.checkpoints()).singleElement().satisfies(c -> assertThat(c.ok()).isTrue());

    adoptBottomUp(SELATAN);
    FormDocument official = form();
    Path signed =
        ws.signForm()
            .write(Workspaces.CLERK, official, ReportFile.Format.PDF, Paper.A4, out, key, false);
    var stamp = ws.adoptions().stamp(ContestCode.PPWP, SELATAN.value());
    var verified = VerifyFile.run(signed, trust);
    assertThat(verified.valid()).isTrue();
    assertThat(verified.claims())
        .hasValueSatisfying(
            c -> {
              assertThat(c.adoptionDigest()).contains(stamp.digest());
              assertThat(c.adoptedAt()).contains(stamp.adoptedAt());
              assertThat(c.auditHead()).isPresent();
            });
    assertThat(ws.verifyAudit().run().checkpoints()).hasSize(2).allMatch(c -> c.ok());
  }

  private List<String> actions() {
    List<String> out = new java.util.ArrayList<>();
    WorkspaceInternals.database(ws)
        .dsl()
        .select(id.rekap.core.store.generated.Tables.AUDIT_EVENT.ACTION)
        .from(id.rekap.core.store.generated.Tables.AUDIT_EVENT)
        .fetch()
        .forEach(r -> out.add(r.value1()));
    return out;
  }

  /** The text of a PDF's pages. */
  static final class PdfText {
    static String of(Path pdf) throws java.io.IOException {
      try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      }
    }
  }
}
