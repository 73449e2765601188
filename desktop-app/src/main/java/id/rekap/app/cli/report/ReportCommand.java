package id.rekap.app.cli.report;

import id.rekap.app.cli.Converters;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.app.cli.VersionProvider;
import id.rekap.app.cli.accounts.KeysCommand;
import id.rekap.app.cli.plenary.CommitteeCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.region.RegionCode;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Paper;
import id.rekap.core.report.ReportFile;
import id.rekap.core.report.ReportSettings;
import id.rekap.core.workspace.Workspace;
import id.rekap.signing.Sha256;
import id.rekap.signing.SigningKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rekap report}: an official form (D.Hasil, D.Kejadian Khusus) as PDF or XLSX. */
@Command(name = "report")
public final class ReportCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--contest", paramLabel = "CODE")
  private ContestCode contest;

  @Option(
      names = "--form",
      required = true,
      paramLabel = "d-hasil|d-kejadian",
      converter = Converters.ReportForm.class)
  private String form;

  @Option(names = "--format", required = true, paramLabel = "xlsx|pdf")
  private ReportFile.Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE")
  private Path out;

  @Option(names = "--paper", paramLabel = "a4|f4", defaultValue = "a4")
  private Paper paper;

  @Option(names = "--region", paramLabel = "CODE")
  private RegionCode region;

  @Option(names = "--dapil", paramLabel = "CODE")
  private String dapil;

  @Option(names = "--session", paramLabel = "N")
  private Long session;

  @Option(names = "--blank")
  private boolean blank;

  @Option(names = "--member", paramLabel = "JABATAN=NAMA")
  private List<String> members = new ArrayList<>();

  @Option(names = "--sign")
  private boolean sign;

  @Option(names = "--sign-draft")
  private boolean signDraft;

  @Override
  public Integer call() {
    boolean hasil = form.equals("d-hasil");
    if (hasil && contest == null) {
      throw RekapException.usage("cli.report.contest");
    }
    // an unsigned form only reads the store (ADR 0036); signing writes its checkpoint
    try (Workspace ws = sign ? root.openWorkspace() : root.openForReading()) {
      // the key first: a workspace without one (or a wrong passphrase) writes nothing
      // the chair signs: logged in before the key is opened
      var chair = sign ? root.login(ws, id.rekap.core.user.Role.CHAIR) : null;
      SigningKey key = sign ? KeysCommand.open(root, ws) : null;
      var reports = ws.reports();
      List<id.rekap.core.report.CommitteeMember> signers = CommitteeCommand.parse(members);
      FormDocument doc;
      if (hasil) {
        ReportSettings settings =
            reports.settings(
                contest, region, signers, root.env().clock(), VersionProvider.version());
        doc = reports.dHasil(contest, region, dapil, settings);
      } else {
        ReportSettings settings =
            reports.kejadianSettings(
                region, signers, root.env().clock(), VersionProvider.version());
        doc =
            blank
                ? reports.dKejadianBlank(region, settings)
                : reports.dKejadian(region, session, settings);
      }
      Path written =
          key == null
              ? ReportFile.write(doc, format, paper, out)
              : ws.signForm().write(chair, doc, format, paper, out, key, signDraft);
      root.io().out().println(root.io().text("cli.report.written", written, doc.markingText()));
      if (key != null) {
        root.io()
            .out()
            .println(
                root.io()
                    .text(
                        "cli.report.signed",
                        key.certificate().getSubjectX500Principal().getName()));
      }
      root.io().out().println(root.io().text("cli.report.dataDigest", doc.digest()));
      root.io()
          .out()
          .println(root.io().text("cli.report.fileDigest", Sha256.hex(readAll(written))));
      root.io().out().println(doc.stampText());
    }
    return ExitStatus.OK.code();
  }

  private static byte[] readAll(Path file) {
    try {
      return java.nio.file.Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
