// Over 400 lines: one view model for the six pages of the create wizard, because each page's
// "next" depends on the choices of the pages before it. The store page (file or PostgreSQL server,
// its fields and checks) is the part to move into a view model of its own when it grows.
package id.rekap.app.gui.start;

import id.rekap.app.gui.CommitteeLines;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionDefinitionParser;
import id.rekap.core.election.ElectionFromSirekap;
import id.rekap.core.region.RegionCode;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.user.Users;
import id.rekap.core.workspace.CreateWorkspace;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The create wizard: level and region (found in the national list by name or code), the folder, the
 * election definition, the committee, the first admin, then the region and TPS master data. Each
 * step is checked before the next; creating runs the use cases in order as one job ({@code
 * CreateWorkspace}, {@code Users.add}, {@code Committee.set}, {@code ImportRegions}), and the new
 * workspace opens at the login with the admin's name filled.
 */
public final class WizardViewModel {
  /** The wizard's pages, in order. */
  public enum Step {
    PLACE,
    STORE,
    ELECTION,
    COMMITTEE,
    ADMIN,
    REGIONS
  }

  /**
   * Where the workspace's data lives (ADR 0033): the H2 file on this PC, or a PostgreSQL server.
   */
  public enum Store {
    FILE,
    SERVER
  }

  static final int MATCHES = 50;

  private final StartContext context;
  private final RegionDirectory directory;
  private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PLACE);
  private final ObjectProperty<WorkspaceLevel> level =
      new SimpleObjectProperty<>(WorkspaceLevel.KECAMATAN);
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<RegionDirectory.Entry> matches = FXCollections.observableArrayList();
  private final ObjectProperty<RegionDirectory.Entry> region = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<Path> electionFile = new SimpleObjectProperty<>();
  private final StringProperty electionSummary = new SimpleStringProperty("");
  private final ObjectProperty<Path> sirekapMaster = new SimpleObjectProperty<>();
  private final StringProperty committee = new SimpleStringProperty("");
  private final StringProperty admin = new SimpleStringProperty("admin");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty repeat = new SimpleStringProperty("");
  private final ObservableList<Path> regionFiles = FXCollections.observableArrayList();
  private final ObjectProperty<Store> store = new SimpleObjectProperty<>(Store.FILE);
  private final StringProperty dbHost = new SimpleStringProperty("localhost");
  private final StringProperty dbPort = new SimpleStringProperty("5432");
  private final StringProperty dbName = new SimpleStringProperty("rekap");
  private final StringProperty dbSchema = new SimpleStringProperty("");
  private final StringProperty dbUser = new SimpleStringProperty("rekap");
  private final StringProperty dbPassword = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final Path parentFolder;

  /**
   * @param parentFolder where new workspaces go by default (a folder named after the region)
   */
  public WizardViewModel(StartContext context, RegionDirectory directory, Path parentFolder) {
    this.context = context;
    this.directory = directory;
    this.parentFolder = parentFolder;
    query.addListener((o, a, b) -> search());
    level.addListener(
        (o, a, b) -> {
          region.set(null);
          search();
        });
    region.addListener((o, a, b) -> suggest(b));
    electionFile.addListener((o, a, b) -> describeElection(b));
    search();
  }

  public ObjectProperty<Step> step() {
    return step;
  }

  public ObjectProperty<WorkspaceLevel> level() {
    return level;
  }

  /** What the clerk typed to find the region: part of a name, or the first digits of a code. */
  public StringProperty query() {
    return query;
  }

  public ObservableList<RegionDirectory.Entry> matches() {
    return matches;
  }

  public ObjectProperty<RegionDirectory.Entry> region() {
    return region;
  }

  public ObjectProperty<Path> folder() {
    return folder;
  }

  public StringProperty name() {
    return name;
  }

  public ObjectProperty<Path> electionFile() {
    return electionFile;
  }

  /** Sirekap's candidate master (a folder with pkwkp.json/pkwkk.json, or one master file). */
  public ObjectProperty<Path> sirekapMaster() {
    return sirekapMaster;
  }

  /**
   * Builds the election definition from Sirekap's candidate master for the chosen region ({@code
   * rekap election from-sirekap}), writes it beside the master and chooses it.
   */
  public void electionFromSirekap() {
    try {
      if (region.get() == null) {
        throw RekapException.badInput("wizard.error.region");
      }
      if (sirekapMaster.get() == null) {
        throw RekapException.badInput("wizard.error.master");
      }
      Path master = sirekapMaster.get();
      RegionCode code = RegionCode.parse(region.get().code()).orElseThrow();
      var built =
          ElectionFromSirekap.build(
              new ElectionFromSirekap.Request(
                  List.of(master),
                  code,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  ElectionDefinition.Mode.OFFICIAL));
      Path dir = Files.isDirectory(master) ? master : master.toAbsolutePath().getParent();
      Path out = dir.resolve("rekap-pemilu-" + code.value() + ".json");
      ElectionFromSirekap.write(built, out, true);
      electionFile.set(out);
      message.set(context.text("wizard.fromSirekap.done", out));
    } catch (RuntimeException e) {
      message.set(context.error(e));
    }
  }

  /** The chosen definition's name, contests and mode, once read. */
  public StringProperty electionSummary() {
    return electionSummary;
  }

  /** "Jabatan=Nama", one per line, in the order the forms print them. */
  public StringProperty committee() {
    return committee;
  }

  public StringProperty admin() {
    return admin;
  }

  public StringProperty password() {
    return password;
  }

  public StringProperty repeat() {
    return repeat;
  }

  /** The KawalPemilu hierarchy or Sirekap region lists to import (may stay empty for later). */
  public ObservableList<Path> regionFiles() {
    return regionFiles;
  }

  public StringProperty message() {
    return message;
  }

  public ObjectProperty<Store> store() {
    return store;
  }

  public StringProperty dbHost() {
    return dbHost;
  }

  public StringProperty dbPort() {
    return dbPort;
  }

  public StringProperty dbName() {
    return dbName;
  }

  /** The schema inside the database (empty: the account's default, public). */
  public StringProperty dbSchema() {
    return dbSchema;
  }

  public StringProperty dbUser() {
    return dbUser;
  }

  /**
   * The account's password: kept owner-only in the workspace folder as {@code rekap init --store}
   * keeps it (ADR 0033), cleared from here once the workspace is created.
   */
  public StringProperty dbPassword() {
    return dbPassword;
  }

  /**
   * The server store's URL as typed, checked as {@code rekap init --store} checks it; null for the
   * file on this PC.
   */
  String serverUrl() {
    if (store.get() != Store.SERVER) {
      return null;
    }
    String schema = dbSchema.get().strip();
    String url =
        "postgresql://"
            + dbHost.get().strip()
            + ":"
            + dbPort.get().strip()
            + "/"
            + dbName.get().strip()
            + (schema.isEmpty() ? "" : "?schema=" + schema);
    String user = dbUser.get().strip();
    if (!user.matches("[A-Za-z0-9_.-]{1,63}")) {
      throw RekapException.badInput("wizard.error.dbUser", user);
    }
    String checked = CreateWorkspace.serverUrl(url);
    if (dbPassword.get().isEmpty()) {
      throw RekapException.badInput("wizard.error.dbPassword");
    }
    return checked;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public boolean first() {
    return step.get() == Step.PLACE;
  }

  public boolean last() {
    return step.get() == Step.REGIONS;
  }

  private void search() {
    matches.setAll(directory.search(query.get(), level.get(), MATCHES));
    if (matches.size() == 1) {
      region.set(matches.getFirst());
    }
  }

  /** A chosen region suggests the centre's name and a folder named after its code. */
  private void suggest(RegionDirectory.Entry e) {
    if (e == null) {
      return;
    }
    String prefix = level.get() == WorkspaceLevel.KECAMATAN ? "PPK " : "KPU ";
    name.set(prefix + e.name());
    if (parentFolder != null) {
      folder.set(parentFolder.resolve("rekap-" + e.code()));
    }
  }

  private void describeElection(Path file) {
    electionSummary.set("");
    if (file == null) {
      return;
    }
    try {
      ElectionDefinition e = ElectionDefinitionParser.parse(file);
      electionSummary.set(
          context.text(
              "wizard.election.summary", e.name(), e.id(), e.contests().size(), e.mode().id()));
      message.set("");
    } catch (RuntimeException ex) {
      message.set(context.error(ex));
    }
  }

  /**
   * Checks the current page and moves to the next one; false (with the reason) if it is not done.
   */
  public boolean next() {
    try {
      check(step.get());
    } catch (RekapException e) {
      message.set(context.error(e));
      return false;
    }
    message.set("");
    if (!last()) {
      step.set(Step.values()[step.get().ordinal() + 1]);
    }
    return true;
  }

  public void back() {
    message.set("");
    if (!first()) {
      step.set(Step.values()[step.get().ordinal() - 1]);
    }
  }

  private void check(Step s) {
    switch (s) {
      case PLACE -> {
        if (region.get() == null) {
          throw RekapException.badInput("wizard.error.region");
        }
        if (folder.get() == null) {
          throw RekapException.badInput("wizard.error.folder");
        }
        if (Files.isDirectory(folder.get()) && !empty(folder.get())) {
          throw RekapException.badInput("wizard.error.folderUsed", folder.get());
        }
      }
      case STORE -> serverUrl();
      case ELECTION -> {
        if (electionFile.get() == null) {
          throw RekapException.badInput("wizard.error.election");
        }
        ElectionDefinitionParser.parse(electionFile.get());
      }
      case COMMITTEE -> {
        List<CommitteeMember> members = CommitteeLines.parse(committee.get());
        if (members.isEmpty()) {
          throw RekapException.badInput("wizard.error.committee");
        }
      }
      case ADMIN -> {
        if (admin.get() == null || admin.get().isBlank()) {
          throw RekapException.badInput("wizard.error.admin");
        }
        if (!password.get().equals(repeat.get())) {
          throw RekapException.badInput("wizard.error.repeat");
        }
        Users.checkNewAccount(admin.get(), password.get().toCharArray());
      }
      case REGIONS -> {
        for (Path p : regionFiles) {
          if (!Files.exists(p)) {
            throw RekapException.badInput("input.error.missing", p);
          }
        }
      }
    }
  }

  private static boolean empty(Path dir) {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Creates the workspace: every page is checked again first, so nothing is created from a form
   * that is not complete. A failure after the store exists (say a region file of another kabupaten)
   * is shown, and the workspace is opened anyway: what was created is sound and the master data can
   * be imported again from the import screen.
   */
  public void create() {
    if (busy.get()) {
      return;
    }
    for (Step s : Step.values()) {
      try {
        check(s);
      } catch (RekapException e) {
        step.set(s);
        message.set(context.error(e));
        return;
      }
    }
    var plain =
        new CreateWorkspace.Request(
            level.get(), region.get().code(), electionFile.get(), name.get());
    String server = serverUrl();
    var request =
        server == null ? plain : plain.onServer(server, dbUser.get().strip(), dbPassword.get());
    Path target = folder.get();
    List<CommitteeMember> members = CommitteeLines.parse(committee.get());
    String adminName = admin.get().strip();
    char[] secret = password.get().toCharArray();
    List<Path> files = List.copyOf(regionFiles);
    busy.set(true);
    message.set(context.text("wizard.creating"));
    context
        .jobs()
        .run(
            context.text("wizard.job"),
            p -> {
              Workspace ws;
              try {
                ws =
                    CreateWorkspace.run(
                        target,
                        request,
                        new CreateWorkspace.FirstAdmin(adminName, secret),
                        context.clock(),
                        context.passwords());
              } finally {
                Arrays.fill(secret, '\0');
              }
              String problem = null;
              try {
                CreateWorkspace.setUp(ws, adminName, new CreateWorkspace.Setup(members, files));
              } catch (RuntimeException e) {
                problem = context.error(e);
              }
              return new Created(ws, problem);
            },
            created -> {
              busy.set(false);
              password.set("");
              repeat.set("");
              dbPassword.set("");
              message.set(created.problem() == null ? "" : created.problem());
              context.recents().remember(created.workspace());
              context.opened().opened(created.workspace(), adminName);
            },
            failure -> {
              busy.set(false);
              message.set(context.error(failure));
            });
  }

  private record Created(Workspace workspace, String problem) {}
}
