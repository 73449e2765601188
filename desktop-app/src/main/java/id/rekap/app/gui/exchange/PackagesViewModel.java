package id.rekap.app.gui.exchange;

import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.WorkspaceKey;
import id.rekap.core.check.PackageDiscrepancy;
import id.rekap.core.exchange.ImportPackage;
import id.rekap.core.exchange.ReceivedPackage;
import id.rekap.core.exchange.VerifyPackage;
import id.rekap.signing.TrustPolicy;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Packages: export this workspace's signed recap package for the level above (a later one
 * supersedes the earlier and says why), and, at kab/kota level, import a PPK's package: first its
 * verification (signer, level, region, intact, trusted, problems), then what the import did
 * (imported, unchanged, superseded, or refused with the reason). The received packages are listed
 * with every version and the R22 discrepancies of the chosen one.
 */
public final class PackagesViewModel implements Refreshable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd-HHmm").withZone(ZoneId.of("Asia/Jakarta"));

  private final Session session;
  private final String version;
  private final StringProperty reason = new SimpleStringProperty("");
  private final ObjectProperty<Path> exportFile = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> importFile = new SimpleObjectProperty<>();
  private final ObjectProperty<Verification> verification = new SimpleObjectProperty<>();
  private final StringProperty importResult = new SimpleStringProperty("");
  private final ObservableList<ReceivedPackage> received = FXCollections.observableArrayList();
  private final ObjectProperty<ReceivedPackage> selected = new SimpleObjectProperty<>();
  private final ObservableList<PackageDiscrepancy> discrepancies =
      FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty withdrawReason = new SimpleStringProperty("");

  public PackagesViewModel(Session session, String version) {
    this.session = session;
    this.version = version;
    exportFile.set(defaultExportFile());
    selected.addListener(
        (o, a, b) -> discrepancies.setAll(b == null ? List.of() : b.discrepancies()));
  }

  private Path defaultExportFile() {
    var ws = session.workspace();
    return ws.folder()
        .resolve("paket")
        .resolve(
            "paket-"
                + ws.info().region().value()
                + "-"
                + STAMP.format(session.clock().instant())
                + ".rekap");
  }

  /** Whether this workspace receives packages (kab/kota, province) or only sends them (PPK). */
  public boolean receives() {
    return session.workspace().info().level().receivesPackages();
  }

  /** Why a superseding package was made (asked by the receiver's plenary). */
  public StringProperty reason() {
    return reason;
  }

  public ObjectProperty<Path> exportFile() {
    return exportFile;
  }

  public ObjectProperty<Path> importFile() {
    return importFile;
  }

  public ObjectProperty<Verification> verification() {
    return verification;
  }

  public StringProperty importResult() {
    return importResult;
  }

  public ObservableList<ReceivedPackage> received() {
    return received;
  }

  public ObjectProperty<ReceivedPackage> selected() {
    return selected;
  }

  /** The R22 discrepancies of the chosen package. */
  public ObservableList<PackageDiscrepancy> discrepancies() {
    return discrepancies;
  }

  public StringProperty message() {
    return message;
  }

  @Override
  public void refresh() {
    if (!receives()) {
      return;
    }
    session
        .jobs()
        .run(
            session.text("packages.loading"),
            p -> session.workspace().importPackage().list(),
            this::show,
            this::fail);
  }

  private void show(List<ReceivedPackage> list) {
    // newest first within a sender, senders in code order
    List<ReceivedPackage> sorted = new ArrayList<>(list);
    sorted.sort(
        java.util.Comparator.comparing(ReceivedPackage::senderRegion)
            .thenComparing(ReceivedPackage::sequence, java.util.Comparator.reverseOrder()));
    ReceivedPackage was = selected.get();
    received.setAll(sorted);
    selected.set(
        was == null
            ? null
            : sorted.stream().filter(p -> p.id() == was.id()).findFirst().orElse(null));
  }

  /** Signs and writes the package with the key opened by the passphrase; it is queued for sync. */
  public void export(char[] passphrase) {
    Path out = exportFile.get();
    String why = reason.get() == null || reason.get().isBlank() ? null : reason.get().strip();
    var user = session.user().get();
    if (user == null || out == null) {
      java.util.Arrays.fill(passphrase, '\0');
      message.set(session.text(user == null ? "user.error.loginRequired" : "keys.error.noFile"));
      return;
    }
    session
        .jobs()
        .run(
            session.text("packages.exporting"),
            p -> {
              var key = WorkspaceKey.open(session.workspace(), passphrase);
              return session.workspace().exportPackage().run(user, key, why, out, version);
            },
            sequence -> {
              message.set(session.text("packages.exported", sequence, out));
              reason.set("");
              exportFile.set(defaultExportFile());
              session.dataChanged();
            },
            this::fail);
  }

  /** Verifies the chosen package against the trust list, then imports it. */
  public void importPackage() {
    Path file = importFile.get();
    var user = session.user().get();
    if (user == null || file == null) {
      message.set(session.text(user == null ? "user.error.loginRequired" : "keys.error.noFile"));
      return;
    }
    verification.set(null);
    importResult.set("");
    session
        .jobs()
        .run(
            session.text("packages.importing"),
            p -> {
              var ws = session.workspace();
              Verification checked = verify(file, TrustPolicy.of(ws.trust().certificates()));
              try {
                ImportPackage.Outcome o = ws.importPackage().run(user, file);
                return new Imported(checked, Optional.of(o), null, ws.importPackage().list());
              } catch (RuntimeException e) {
                return new Imported(checked, Optional.empty(), e, ws.importPackage().list());
              }
            },
            done -> {
              verification.set(done.verification());
              show(done.list());
              if (done.outcome().isPresent()) {
                ImportPackage.Outcome o = done.outcome().get();
                importResult.set(outcomeText(o));
                received.stream()
                    .filter(
                        r ->
                            r.senderRegion().equals(o.senderRegion())
                                && r.sequence() == o.sequence())
                    .findFirst()
                    .ifPresent(selected::set);
                message.set("");
                session.dataChanged();
              } else {
                importResult.set(
                    session.text("packages.refused", session.texts().get().error(done.refusal())));
              }
            },
            this::fail);
  }

  private record Imported(
      Verification verification,
      Optional<ImportPackage.Outcome> outcome,
      Throwable refusal,
      List<ReceivedPackage> list) {}

  private Verification verify(Path file, TrustPolicy trust) {
    try {
      VerifyPackage.Result r = VerifyPackage.run(file, trust);
      List<String> problems = new ArrayList<>(r.problems());
      if (!r.trusted() && r.trust().problem() != null) {
        problems.add(r.trust().problem());
      }
      return new Verification(
          r.signer().map(s -> s.name()).orElse("–"),
          r.signer().map(s -> s.level()).orElse("–"),
          r.signer().map(s -> s.regionCode()).orElse("–"),
          r.issues().isEmpty(),
          r.trusted(),
          problems);
    } catch (RuntimeException e) {
      return new Verification("–", "–", "–", false, false, List.of(session.texts().get().error(e)));
    }
  }

  private String outcomeText(ImportPackage.Outcome o) {
    String key =
        switch (o.status()) {
          case IMPORTED -> "packages.imported";
          case SUPERSEDED -> "packages.superseded";
          case UNCHANGED -> "packages.unchanged";
        };
    String text =
        session.text(
            key,
            o.senderRegion(),
            o.senderName(),
            o.sequence(),
            id.rekap.app.gui.Numbers.count(o.rows()),
            o.previousSequence().map(String::valueOf).orElse("–"));
    return o.discrepancies().isEmpty()
        ? text
        : text + " " + session.text("packages.withDiscrepancies", o.discrepancies().size());
  }

  /** "berlaku", "diganti" or "ditarik" of a received package. */
  public String state(ReceivedPackage p) {
    return session.text(
        p.current()
            ? "packages.current"
            : p.withdrawn() ? "packages.withdrawnState" : "packages.supersededState");
  }

  /** Why the chair withdraws the selected package. */
  public StringProperty withdrawReason() {
    return withdrawReason;
  }

  /**
   * The chair withdraws the selected package in force, with the reason typed; its figures leave the
   * recap until the kecamatan sends a new one (the core checks role, state and adoption).
   */
  public void withdraw() {
    ReceivedPackage p = selected.get();
    var user = session.user().get();
    if (p == null || user == null) {
      message.set(session.text(user == null ? "user.error.loginRequired" : "packages.choose"));
      return;
    }
    String why = withdrawReason.get();
    session
        .jobs()
        .run(
            session.text("packages.withdrawing"),
            x -> {
              var ws = session.workspace();
              ws.withdrawPackage().run(user, p.senderRegion(), p.sequence(), why);
              return ws.importPackage().list();
            },
            list -> {
              withdrawReason.set("");
              show(list);
              message.set(session.text("packages.withdrawn", p.senderRegion(), p.sequence()));
              session.dataChanged();
            },
            this::fail);
  }

  private void fail(Throwable t) {
    message.set(session.texts().get().error(t));
  }
}
