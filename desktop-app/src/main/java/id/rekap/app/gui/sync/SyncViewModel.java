package id.rekap.app.gui.sync;

import id.rekap.app.gui.Refreshable;
import id.rekap.app.gui.Session;
import id.rekap.app.gui.WorkspaceKey;
import id.rekap.core.sync.OutboxEntry;
import id.rekap.core.sync.SyncReceiver;
import id.rekap.core.sync.SyncSender;
import id.rekap.core.sync.Upstream;
import id.rekap.core.trust.TrustList;
import id.rekap.signing.SigningKey;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sync: register the upstream (its https URL and the certificate to pin, whose fingerprint the
 * chair reads out on the phone to the kab/kota before registering), the outbox with each package's
 * delivery, "send now" beside the background sender, and at kab/kota level the receiver switched on
 * and off (it signs receipts with the workspace key, opened by the passphrase).
 */
public final class SyncViewModel implements Refreshable, AutoCloseable {

  private final Session session;
  private final SyncDaemon daemon;
  private final StringProperty url = new SimpleStringProperty("");
  private final ObjectProperty<Path> certificateFile = new SimpleObjectProperty<>();
  private final StringProperty fingerprint = new SimpleStringProperty("");
  private final StringProperty upstream = new SimpleStringProperty("");
  private final ObservableList<OutboxEntry> outbox = FXCollections.observableArrayList();
  private final StringProperty sender = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final IntegerProperty port = new SimpleIntegerProperty(8443);
  private final BooleanProperty receiving = new SimpleBooleanProperty();
  private final StringProperty receiverState = new SimpleStringProperty("");
  private X509Certificate chosen;
  private SyncReceiver receiver;

  public SyncViewModel(Session session, SyncDaemon daemon) {
    this.session = session;
    this.daemon = daemon;
    certificateFile.addListener((o, a, b) -> readCertificate(b));
    daemon.onReport(this::reported);
    receiverState.set(session.text("sync.receiverOff"));
    sender.set(session.text(daemon.running() ? "sync.senderOn" : "sync.senderOff"));
  }

  public StringProperty url() {
    return url;
  }

  public ObjectProperty<Path> certificateFile() {
    return certificateFile;
  }

  /** The chosen certificate's SHA-256, to compare by phone before registering. */
  public StringProperty fingerprint() {
    return fingerprint;
  }

  /** The registered upstream: URL, pinned fingerprint, by whom. */
  public StringProperty upstream() {
    return upstream;
  }

  public ObservableList<OutboxEntry> outbox() {
    return outbox;
  }

  /** What the background sender did last. */
  public StringProperty sender() {
    return sender;
  }

  public StringProperty message() {
    return message;
  }

  public IntegerProperty port() {
    return port;
  }

  public BooleanProperty receiving() {
    return receiving;
  }

  public StringProperty receiverState() {
    return receiverState;
  }

  /** Only a kab/kota or province workspace receives packages. */
  public boolean receives() {
    return session.workspace().info().level().receivesPackages();
  }

  private void readCertificate(Path file) {
    chosen = null;
    fingerprint.set("");
    if (file == null) {
      return;
    }
    try {
      chosen = TrustList.read(file);
      fingerprint.set(
          session.text(
              "sync.chosen",
              chosen.getSubjectX500Principal().getName(),
              SigningKey.fingerprint(chosen)));
      message.set("");
    } catch (RuntimeException e) {
      message.set(session.texts().get().error(e));
    }
  }

  @Override
  public void refresh() {
    session
        .jobs()
        .run(
            session.text("sync.loading"),
            p ->
                new State(
                    session.workspace().sync().upstream(), session.workspace().sync().outbox()),
            this::show,
            this::fail);
  }

  private record State(Optional<Upstream> upstream, List<OutboxEntry> outbox) {}

  private void show(State s) {
    outbox.setAll(s.outbox().reversed());
    upstream.set(
        s.upstream()
            .map(
                u ->
                    session.text(
                        "sync.registered",
                        u.url(),
                        SigningKey.fingerprint(u.certificate()),
                        u.registeredBy()))
            .orElse(session.text("sync.noUpstream")));
  }

  /** Registers the upstream with the chosen certificate as its pin (the chair). */
  public void register() {
    X509Certificate cert = chosen;
    if (cert == null) {
      message.set(session.text("keys.error.noFile"));
      return;
    }
    var user = session.user().get();
    String address = url.get();
    session
        .jobs()
        .run(
            session.text("sync.registering"),
            p -> {
              session.workspace().sync().registerUpstream(user, address, cert);
              return new State(
                  session.workspace().sync().upstream(), session.workspace().sync().outbox());
            },
            s -> {
              show(s);
              message.set(session.text("sync.registeredNow"));
            },
            this::fail);
  }

  /** One delivery round now, as a job (the background sender waits meanwhile). */
  public void sendNow() {
    session
        .jobs()
        .run(
            session.text("sync.sending"),
            p -> {
              SyncSender.Round round = daemon.runOnce();
              return new Sent(
                  round,
                  new State(
                      session.workspace().sync().upstream(), session.workspace().sync().outbox()));
            },
            sent -> {
              show(sent.state());
              message.set(roundText(sent.round()));
            },
            this::fail);
  }

  private record Sent(SyncSender.Round round, State state) {}

  private void reported(SyncDaemon.Report r) {
    String when = time(r.at());
    sender.set(
        r.failure() != null
            ? session.text("sync.senderFailed", when, session.texts().get().error(r.failure()))
            : session.text("sync.senderRound", when, roundText(r.round())));
    refresh();
  }

  private String roundText(SyncSender.Round r) {
    String text = session.text("sync.round", r.delivered().size(), r.refused().size(), r.pending());
    if (r.failure().isPresent()) {
      text += " " + r.failure().get() + ".";
    }
    if (r.nextAttempt().isPresent()) {
      text += " " + session.text("sync.next", time(r.nextAttempt().get()));
    }
    return text;
  }

  /**
   * Starts the receiver on the port in the logged-in user's name, signing receipts with the key the
   * passphrase opens.
   */
  public void startReceiver(char[] passphrase) {
    if (receiver != null) {
      java.util.Arrays.fill(passphrase, '\0');
      return;
    }
    int p = port.get();
    id.rekap.core.user.User user;
    try {
      user = session.requireUser();
    } catch (RuntimeException e) {
      java.util.Arrays.fill(passphrase, '\0');
      fail(e);
      return;
    }
    session
        .jobs()
        .run(
            session.text("sync.receiverStarting"),
            x -> {
              SigningKey key = WorkspaceKey.open(session.workspace(), passphrase);
              return session
                  .workspace()
                  .receivePackages()
                  .start(
                      user,
                      key,
                      new InetSocketAddress(p),
                      SyncReceiver.Limits.standardFor(session.workspace().info().level()),
                      d -> session.jobs().later(() -> received(d)));
            },
            r -> {
              receiver = r;
              receiving.set(true);
              receiverState.set(session.text("sync.receiverOn", r.port()));
            },
            e -> {
              receiving.set(false);
              fail(e);
            });
  }

  /** A delivery the receiver took in or refused: said at once, and every screen refreshed. */
  private void received(id.rekap.core.sync.PackageInbox.Delivery d) {
    receiverState.set(
        session.text(
            d.result().accepted() ? "sync.receiverGot" : "sync.receiverRefused",
            receiver == null ? "-" : receiver.port(),
            d.sender().isEmpty() ? "?" : d.sender(),
            d.sequence(),
            session.text("sync.result." + d.result().id()),
            d.reason()));
    if (d.result().accepted()) {
      session.dataChanged();
    }
  }

  /** The receiver's port while it runs, else 0. */
  public int receiverPort() {
    return receiver == null ? 0 : receiver.port();
  }

  public void stopReceiver() {
    if (receiver != null) {
      receiver.close();
      receiver = null;
    }
    receiving.set(false);
    receiverState.set(session.text("sync.receiverOff"));
  }

  /** The text of an outbox entry's status. */
  public String status(OutboxEntry e) {
    return session.text("sync.status." + e.status().id());
  }

  /** A time of the sync log as people read it: "20 Feb 17.02 WIB", the tally centre's zone. */
  public String time(Instant at) {
    return at == null ? "" : session.zone().formatShort(at, session.texts().get().locale());
  }

  private void fail(Throwable t) {
    message.set(session.texts().get().error(t));
  }

  /** Stops the receiver when the workspace closes (the sender is the composition's). */
  @Override
  public void close() {
    stopReceiver();
  }
}
