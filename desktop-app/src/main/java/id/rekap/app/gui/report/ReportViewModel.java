package id.rekap.app.gui.report;

import id.rekap.app.gui.CommitteeLines;
import id.rekap.app.gui.Failures;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.WorkspaceKey;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.Contest;
import id.rekap.core.region.RegionCode;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.report.FormDocument;
import id.rekap.core.report.Marking;
import id.rekap.core.report.ReportFile;
import id.rekap.core.report.ReportSettings;
import id.rekap.forms.print.PagePreview;
import id.rekap.signing.SigningKey;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The official forms: D.Hasil (kecamatan or kab/kota) or D.Kejadian Khusus for a contest, written
 * as PDF or XLSX on the chosen paper into a folder, marked OFFICIAL only once the region's result
 * is adopted; a PDF's first page is rendered for the preview.
 */
public final class ReportViewModel {
  /** The forms this screen makes. */
  public enum Form {
    D_HASIL,
    D_KEJADIAN,
    /** The blank D.Kejadian, printed before the plenary to be filled in by hand. */
    D_KEJADIAN_BLANK
  }

  private final Session session;
  private final String version;
  private final ObjectProperty<Contest> contest = new SimpleObjectProperty<>();
  private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.D_HASIL);
  private final ObjectProperty<ReportFile.Format> format =
      new SimpleObjectProperty<>(ReportFile.Format.PDF);
  private final StringProperty region = new SimpleStringProperty("");
  private final StringProperty dapil = new SimpleStringProperty("");
  private final StringProperty committee = new SimpleStringProperty("");
  private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
  private final ObjectProperty<byte[]> preview = new SimpleObjectProperty<>();
  private final BooleanProperty sign = new SimpleBooleanProperty();

  /** Sends a written PDF to a printer; false when the user cancelled the print dialog. */
  @FunctionalInterface
  public interface Printer {
    boolean print(Path pdf, id.rekap.core.report.Paper paper) throws Exception;
  }

  public ReportViewModel(Session session, String version) {
    this.session = session;
    this.version = version;
    contest.set(session.contests().getFirst());
    folder.set(session.workspace().folder().resolve("laporan"));
    // the committee set in the wizard (or with rekap committee set), editable per form
    committee.set(CommitteeLines.format(session.workspace().committee().members()));
  }

  public ObjectProperty<Contest> contest() {
    return contest;
  }

  public ObjectProperty<Form> form() {
    return form;
  }

  public ObjectProperty<ReportFile.Format> format() {
    return format;
  }

  /** A kecamatan code for its D.Hasil Kecamatan; "" for the workspace region. */
  public StringProperty region() {
    return region;
  }

  public StringProperty dapil() {
    return dapil;
  }

  /** The signing committee, one "Jabatan=Nama" per line, in order. */
  public StringProperty committee() {
    return committee;
  }

  public ObjectProperty<Path> folder() {
    return folder;
  }

  public StringProperty message() {
    return message;
  }

  /** The file last written. */
  public ObjectProperty<Path> written() {
    return written;
  }

  /** The first page of the last PDF as PNG bytes (null for XLSX). */
  public ObjectProperty<byte[]> preview() {
    return preview;
  }

  /** Whether the next export is signed with the workspace key (PAdES / XML-DSig). */
  public BooleanProperty sign() {
    return sign;
  }

  /** Writes the form unsigned (the "sign" box unticked). */
  public void export() {
    write(null, false, null, false);
  }

  /** Writes the form signed with the key the passphrase opens. */
  public void exportSigned(char[] passphrase) {
    exportSigned(passphrase, false);
  }

  /**
   * Writes the form signed; a DRAFT form only when the user confirmed signing a DRAFT (issue 13).
   */
  public void exportSigned(char[] passphrase, boolean draftConfirmed) {
    write(passphrase, false, null, draftConfirmed);
  }

  /**
   * Why the chosen form would be a DRAFT (not adopted, adoption lifted, numbers changed), or empty
   * when it would be OFFICIAL or TEST: the view asks for a confirmation before signing it.
   */
  public java.util.Optional<String> draftReason() {
    Contest c = contest.get();
    Form f = form.get();
    if (f == Form.D_KEJADIAN_BLANK || (f == Form.D_HASIL && c == null)) {
      return java.util.Optional.empty(); // a blank form is marked BLANKO, never signed as DRAFT
    }
    try {
      String where = region.get() == null ? "" : region.get().strip();
      RegionCode code = where.isEmpty() ? null : RegionCode.parse(where).orElse(null);
      var reports = session.workspace().reports();
      ReportSettings s =
          f == Form.D_HASIL
              ? reports.settings(c.code(), code, List.of(), session.clock(), version)
              : reports.kejadianSettings(code, List.of(), session.clock(), version);
      if (s.marking() != Marking.DRAFT) {
        return java.util.Optional.empty();
      }
      // the D.Kejadian is quick to build and prints the same stamp line as the D.Hasil
      return java.util.Optional.of(reports.dKejadian(code, null, s).stampText());
    } catch (RekapException e) {
      Failures.log(e); // the stamp line is left out; why is in the log
      return java.util.Optional.empty();
    }
  }

  /**
   * Writes the form as PDF (signed if asked) and hands it to the printer on the chosen paper; the
   * printed copy is the written file, so what was printed is also on disk.
   */
  public void print(char[] passphrase, Printer printer) {
    print(passphrase, printer, false);
  }

  /** Prints, signing a DRAFT only when the user confirmed it. */
  public void print(char[] passphrase, Printer printer, boolean draftConfirmed) {
    write(passphrase, true, printer, draftConfirmed);
  }

  private void write(
      char[] passphrase, boolean toPrinter, Printer printer, boolean draftConfirmed) {
    Contest c = contest.get();
    Form f = form.get();
    ReportFile.Format fmt = toPrinter ? ReportFile.Format.PDF : format.get();
    var paper = session.paper().get();
    Path target = folder.get();
    String where = region.get() == null ? "" : region.get().strip();
    String chosenDapil = dapil.get() == null || dapil.get().isBlank() ? null : dapil.get().strip();
    List<CommitteeMember> members;
    RegionCode code;
    try {
      members = CommitteeLines.parse(committee.get());
      code =
          where.isEmpty()
              ? null
              : RegionCode.parse(where)
                  .orElseThrow(() -> RekapException.usage("report.error.regionCode", where));
    } catch (RekapException e) {
      wipe(passphrase);
      message.set(session.texts().get().error(e));
      return;
    }
    message.set(session.text("report.writing"));
    session
        .jobs()
        .run(
            session.text("report.job"),
            p -> {
              var ws = session.workspace();
              var reports = ws.reports();
              FormDocument doc =
                  switch (f) {
                    case D_HASIL ->
                        reports.dHasil(
                            c.code(),
                            code,
                            chosenDapil,
                            reports.settings(c.code(), code, members, session.clock(), version));
                    case D_KEJADIAN ->
                        reports.dKejadian(
                            code,
                            null,
                            reports.kejadianSettings(code, members, session.clock(), version));
                    case D_KEJADIAN_BLANK ->
                        reports.dKejadianBlank(
                            code,
                            reports.kejadianSettings(code, members, session.clock(), version));
                  };
              java.nio.file.Files.createDirectories(target);
              Path file;
              String signer = null;
              if (passphrase != null) {
                var key = WorkspaceKey.open(ws, passphrase);
                file =
                    ws.signForm()
                        .write(session.user().get(), doc, fmt, paper, target, key, draftConfirmed);
                signer = SigningKey.fingerprint(key.certificate());
              } else {
                file = ReportFile.write(doc, fmt, paper, target);
              }
              byte[] png = fmt == ReportFile.Format.PDF ? PagePreview.firstPage(file) : null;
              boolean printed = toPrinter && printer.print(file, paper);
              return new Written(file, png, doc.markingText(), signer, printed);
            },
            w -> {
              written.set(w.file());
              preview.set(w.png());
              String text = session.text("report.written", w.file(), w.marking());
              if (w.signer() != null) {
                text += " " + session.text("report.signedBy", w.signer());
              }
              if (w.printed()) {
                text += " " + session.text("report.printed", paper);
              }
              message.set(text);
            },
            failure -> message.set(session.texts().get().error(failure)));
  }

  private record Written(Path file, byte[] png, String marking, String signer, boolean printed) {}

  private static void wipe(char[] secret) {
    if (secret != null) {
      java.util.Arrays.fill(secret, '\0');
    }
  }
}
