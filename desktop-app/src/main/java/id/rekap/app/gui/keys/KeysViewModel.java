package id.rekap.app.gui.keys;

import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.core.common.RekapException;
import id.rekap.core.trust.TrustedCertificate;
import id.rekap.signing.Pem;
import id.rekap.signing.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Keys and trust: the workspace's signing key (create one, import a CA-issued PKCS#12, see its
 * certificate after unlocking it, export the certificate as PEM for the level above) and the trust
 * list of certificates whose signatures this workspace accepts (add, remove; the chair's). The
 * PKCS#12 keeps even the certificate under the passphrase, so the details show once unlocked.
 */
public final class KeysViewModel implements Refreshable {
  /** One line of the certificate's details. */
  public record Fact(String label, String value) {}

  private final Session session;
  private final BooleanProperty hasKey = new SimpleBooleanProperty();
  private final ObjectProperty<X509Certificate> certificate = new SimpleObjectProperty<>();
  private final ObservableList<Fact> facts = FXCollections.observableArrayList();
  private final ObservableList<TrustedCertificate> trust = FXCollections.observableArrayList();
  private final ObjectProperty<Path> trustFile = new SimpleObjectProperty<>();
  private final StringProperty trustNote = new SimpleStringProperty("");
  private final ObjectProperty<Path> exportFile = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> importFile = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");

  public KeysViewModel(Session session) {
    this.session = session;
    String region = session.workspace().info().region().value();
    exportFile.set(session.workspace().folder().resolve("sertifikat-" + region + ".pem"));
    certificate.addListener((o, a, b) -> describe(b));
    describe(null);
  }

  public BooleanProperty hasKey() {
    return hasKey;
  }

  /** The certificate, once created, imported or unlocked in this session. */
  public ObjectProperty<X509Certificate> certificate() {
    return certificate;
  }

  public ObservableList<Fact> facts() {
    return facts;
  }

  /** The trust list with its history (removed entries stay, marked). */
  public ObservableList<TrustedCertificate> trust() {
    return trust;
  }

  public ObjectProperty<Path> trustFile() {
    return trustFile;
  }

  public StringProperty trustNote() {
    return trustNote;
  }

  public ObjectProperty<Path> exportFile() {
    return exportFile;
  }

  public ObjectProperty<Path> importFile() {
    return importFile;
  }

  public StringProperty message() {
    return message;
  }

  public Path keyFile() {
    return session.workspace().keys().file();
  }

  @Override
  public void refresh() {
    hasKey.set(Files.exists(keyFile()));
    session
        .jobs()
        .run(
            session.text("keys.loading"),
            p -> session.workspace().trust().list(),
            trust::setAll,
            this::fail);
  }

  private void describe(X509Certificate cert) {
    if (cert == null) {
      facts.setAll(
          new Fact(
              session.text("keys.status"),
              session.text(Files.exists(keyFile()) ? "keys.locked" : "keys.none")),
          new Fact(session.text("keys.file"), keyFile().toString()));
      return;
    }
    var stated = id.rekap.signing.TallyCentre.stated(cert);
    facts.setAll(
        new Fact(session.text("keys.subject"), cert.getSubjectX500Principal().getName()),
        new Fact(session.text("keys.issuer"), cert.getIssuerX500Principal().getName()),
        new Fact(session.text("keys.fingerprint"), SigningKey.fingerprint(cert)),
        new Fact(
            session.text("keys.validity"),
            session.text(
                "keys.validityRange",
                session
                    .zone()
                    .format(cert.getNotBefore().toInstant(), session.texts().get().locale()),
                session
                    .zone()
                    .format(cert.getNotAfter().toInstant(), session.texts().get().locale()))),
        new Fact(
            session.text("keys.centre"),
            stated
                .map(c -> c.level() + " " + c.regionCode() + " " + c.electionId())
                .orElse(session.text("keys.noCentre"))),
        new Fact(session.text("keys.file"), keyFile().toString()));
  }

  /** Creates the key; the passphrase twice, at least as long as the core demands. */
  public void create(char[] passphrase, char[] repeat) {
    if (!Arrays.equals(passphrase, repeat)) {
      wipe(passphrase, repeat);
      message.set(session.text("keys.error.repeat"));
      return;
    }
    wipe(repeat);
    var actor = actor();
    if (actor.isEmpty()) {
      wipe(passphrase);
      return;
    }
    session
        .jobs()
        .run(
            session.text("keys.creating"),
            p -> {
              try {
                return session.workspace().keys().init(actor.get(), passphrase);
              } finally {
                wipe(passphrase);
              }
            },
            cert -> {
              certificate.set(cert);
              hasKey.set(true);
              message.set(session.text("keys.created", SigningKey.fingerprint(cert)));
            },
            this::fail);
  }

  /** Imports a CA-issued PKCS#12 (its own passphrase), kept under a new workspace passphrase. */
  public void importKey(char[] filePassphrase, char[] passphrase, char[] repeat) {
    Path source = importFile.get();
    if (source == null) {
      wipe(filePassphrase, passphrase, repeat);
      message.set(session.text("keys.error.noFile"));
      return;
    }
    if (!Arrays.equals(passphrase, repeat)) {
      wipe(filePassphrase, passphrase, repeat);
      message.set(session.text("keys.error.repeat"));
      return;
    }
    wipe(repeat);
    var actor = actor();
    if (actor.isEmpty()) {
      wipe(filePassphrase, passphrase);
      return;
    }
    session
        .jobs()
        .run(
            session.text("keys.importing"),
            p -> {
              try {
                return session
                    .workspace()
                    .keys()
                    .importKey(actor.get(), source, filePassphrase, passphrase);
              } finally {
                wipe(filePassphrase, passphrase);
              }
            },
            imported -> {
              certificate.set(imported.certificate());
              hasKey.set(true);
              var c = imported.centre();
              message.set(
                  imported.centreStated()
                      ? session.text(
                          "keys.imported", SigningKey.fingerprint(imported.certificate()))
                      : session.text(
                          "keys.importedNoCentre", c.level(), c.regionCode(), c.electionId()));
            },
            this::fail);
  }

  /** Shows the certificate: the PKCS#12 opened with the passphrase, the key itself not kept. */
  public void unlock(char[] passphrase) {
    session
        .jobs()
        .run(
            session.text("keys.unlocking"),
            p -> {
              try {
                return session
                    .workspace()
                    .keys()
                    .certificate(passphrase)
                    .orElseThrow(() -> RekapException.badInput("keys.error.none"));
              } finally {
                wipe(passphrase);
              }
            },
            cert -> {
              certificate.set(cert);
              message.set("");
            },
            this::fail);
  }

  /** Whether exporting needs the passphrase (the certificate is not unlocked yet). */
  public boolean exportNeedsPassphrase() {
    return certificate.get() == null;
  }

  /** Writes the certificate as PEM; the passphrase only when it is not unlocked yet (else null). */
  public void exportCertificate(char[] passphrase) {
    Path out = exportFile.get();
    if (out == null) {
      wipe(passphrase);
      message.set(session.text("keys.error.noFile"));
      return;
    }
    X509Certificate known = certificate.get();
    session
        .jobs()
        .run(
            session.text("keys.exporting"),
            p -> {
              try {
                if (known != null) {
                  Path parent = out.toAbsolutePath().getParent();
                  if (parent != null) {
                    Files.createDirectories(parent);
                  }
                  Files.writeString(out, Pem.certificate(known));
                  return known;
                }
                return session.workspace().keys().exportCertificate(passphrase, out);
              } finally {
                wipe(passphrase);
              }
            },
            cert -> {
              certificate.set(cert);
              message.set(session.text("keys.exported", out, SigningKey.fingerprint(cert)));
            },
            this::fail);
  }

  /** Puts the certificate in the chosen PEM/DER file on the trust list (the chair or an admin). */
  public void addTrusted() {
    Path file = trustFile.get();
    if (file == null) {
      message.set(session.text("keys.error.noFile"));
      return;
    }
    String note = trustNote.get();
    var user = session.user().get();
    session
        .jobs()
        .run(
            session.text("keys.trustAdding"),
            p -> {
              TrustedCertificate t = session.workspace().trust().add(user, file, note);
              return new Changed(t, session.workspace().trust().list());
            },
            c -> {
              trust.setAll(c.list());
              trustFile.set(null);
              trustNote.set("");
              message.set(
                  session.text("keys.trustAdded", c.entry().subject(), c.entry().fingerprint()));
            },
            this::fail);
  }

  /** Takes an entry off the trust list (it stays in the history). */
  public void removeTrusted(TrustedCertificate entry) {
    if (entry == null || !entry.active()) {
      return;
    }
    var user = session.user().get();
    session
        .jobs()
        .run(
            session.text("keys.trustRemoving"),
            p -> {
              TrustedCertificate t = session.workspace().trust().remove(user, entry.fingerprint());
              return new Changed(t, session.workspace().trust().list());
            },
            c -> {
              trust.setAll(c.list());
              message.set(session.text("keys.trustRemoved", c.entry().subject()));
            },
            this::fail);
  }

  private record Changed(TrustedCertificate entry, List<TrustedCertificate> list) {}

  private Optional<id.rekap.core.common.Actor> actor() {
    try {
      return Optional.of(session.requireUser().actor());
    } catch (RekapException e) {
      fail(e);
      return Optional.empty();
    }
  }

  private void fail(Throwable t) {
    message.set(session.texts().get().error(t));
  }

  private static void wipe(char[]... secrets) {
    for (char[] s : secrets) {
      if (s != null) {
        Arrays.fill(s, '\0');
      }
    }
  }
}
