package id.rekap.core.workspace;

import id.rekap.core.audit.AuditAction;
import id.rekap.core.common.Actor;
import id.rekap.core.common.CrashPoints;
import id.rekap.core.common.JsonInput;
import id.rekap.core.common.RekapException;
import id.rekap.core.common.StagedFile;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionDefinitionParser;
import id.rekap.core.region.RegionCode;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.setup.WorkspaceInfo;
import id.rekap.core.setup.WorkspaceLevel;
import id.rekap.core.store.Database;
import id.rekap.core.store.StoreLocation;
import id.rekap.core.user.Role;
import id.rekap.core.user.User;
import id.rekap.core.user.Users;
import id.rekap.signing.PasswordHasher;
import id.rekap.signing.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Use case: create a workspace for one tally centre, atomically. Everything is validated first;
 * then the store is built complete (identity, first event, the first admin if asked) in a hidden
 * staging folder beside or inside the target, and published under its final name with one rename. A
 * refusal at any step removes what was made, so {@code init} can simply be run again; a crash
 * before the rename leaves only a hidden staging folder, which the next {@code init} removes, and
 * never a workspace without its admin.
 */
public final class CreateWorkspace {
  /** The prefix of a staging folder (hidden; removed by the next init of the same target). */
  static final String STAGING = ".rekap-init-";

  private CreateWorkspace() {}

  /**
   * The parameters of {@code rekap init}. {@code store} is a PostgreSQL store (ADR 0033), or null
   * for the embedded H2 file; {@code storePassword} its account's password, kept owner-only in the
   * folder (null: none kept, {@code REKAP_DB_PASSWORD} gives it at each opening).
   */
  public record Request(
      WorkspaceLevel level,
      String region,
      Path electionFile,
      String name,
      StoreLocation store,
      String storePassword) {
    public Request(WorkspaceLevel level, String region, Path electionFile, String name) {
      this(level, region, electionFile, name, null, null);
    }

    /** The same request with its store on a PostgreSQL server. */
    public Request onServer(StoreLocation location, String password) {
      return new Request(level, region, electionFile, name, location, password);
    }

    /**
     * The same request with its store on the PostgreSQL server at {@code url} (the form {@code init
     * --store} takes) and the account {@code user}; see {@link CreateWorkspace#serverUrl}.
     */
    public Request onServer(String url, String user, String password) {
      return onServer(StoreLocation.parse(url, Map.of(StoreLocation.USER_ENV, user)), password);
    }
  }

  /**
   * Checks a server store's URL as {@code init --store} checks it (host, port, database, optional
   * schema; no password in it): refused as bad input naming the form expected; returns it as it is
   * recorded in the workspace folder.
   */
  public static String serverUrl(String url) {
    return StoreLocation.parse(url, Map.of()).url();
  }

  /**
   * The first admin: a name and the password they chose (see {@link
   * id.rekap.core.user.PasswordRules}).
   */
  public record FirstAdmin(String name, char[] password) {}

  /**
   * What the creator may enter while creating the workspace (the wizard's pages): the committee of
   * the forms' signature block and the first region/TPS master data. Either may be empty.
   */
  public record Setup(List<CommitteeMember> committee, List<Path> regionFiles) {}

  /** The audit actor of a workspace created without its first admin (no account exists yet). */
  public static final Actor CREATION = new Actor("rekap:init");

  /**
   * Creates the workspace with its first admin, both or nothing; the admin's name is the creation's
   * audit actor. Without an admin (null) the creation is recorded as {@link #CREATION}, and the
   * first admin is made next (login card, {@code users add}) before anything else can change.
   *
   * @return the new workspace, open
   */
  public static Workspace run(Path folder, Request request, FirstAdmin admin, Clock clock) {
    return run(folder, request, admin, clock, new PasswordHasher());
  }

  /**
   * The same, with the password-hashing cost given: the program always passes {@link
   * PasswordHasher}'s defaults; tests a lower cost (see {@link Workspace#open(Path, Clock,
   * PasswordHasher)}).
   */
  public static Workspace run(
      Path folder, Request request, FirstAdmin admin, Clock clock, PasswordHasher passwords) {
    RegionCode region =
        RegionCode.parse(request.region())
            .filter(c -> c.level() == request.level().regionLevel())
            .orElseThrow(
                () ->
                    RekapException.badInput(
                        "init.error.region",
                        request.region(),
                        request.level().id(),
                        request.level().regionLevel().digits()));
    byte[] content = JsonInput.readBounded(request.electionFile(), 32L << 20);
    ElectionDefinition election = ElectionDefinitionParser.parse(request.electionFile(), content);
    if (admin != null) {
      Users.checkNewAccount(admin.name(), admin.password());
    }
    Actor actor = admin == null ? CREATION : new User(admin.name().strip(), Role.ADMIN).actor();
    if (Database.exists(folder)) {
      throw RekapException.state("init.error.exists", folder);
    }
    Path target = folder.toAbsolutePath().normalize();
    boolean fresh = !Files.exists(target);
    Path staging = null;
    try {
      staging = stagingFolder(target, fresh);
      if (request.store() != null) {
        request.store().write(staging, request.storePassword());
      }
      try (Database db = Database.open(staging, true)) {
        String name =
            request.name() == null || request.name().isBlank()
                ? defaultName(request.level(), region)
                : request.name().strip();
        WorkspaceInfo info =
            new WorkspaceInfo(
                request.level(),
                region,
                name,
                election.id(),
                election.mode().id(),
                election.canonicalJson(),
                Sha256.hex(content),
                clock.instant().toString());
        db.transactions()
            .run(
                () -> {
                  db.workspaceInfo().save(info);
                  Map<String, Object> payload = new LinkedHashMap<>();
                  payload.put("level", info.level().id());
                  payload.put("region", info.region().value());
                  payload.put("name", info.name());
                  payload.put("election", info.electionId());
                  payload.put("mode", info.electionMode());
                  payload.put("electionSha256", info.electionSha256());
                  db.auditLog(clock).append(actor, AuditAction.WORKSPACE_INIT, payload);
                });
        if (admin != null) {
          new Workspace(staging, db, clock, passwords)
              .users()
              .addFirstAdmin(admin.name(), admin.password());
        }
      }
      CrashPoints.reach(CrashPoints.INIT_STAGED);
      publish(staging, target, fresh);
      CrashPoints.reach(CrashPoints.INIT_PUBLISHED);
    } catch (RuntimeException | IOException e) {
      deleteTree(staging);
      if (fresh) {
        deleteTree(target);
      }
      if (e instanceof IOException io) {
        throw RekapException.state("init.error.folder", folder, io.getMessage());
      }
      throw (RuntimeException) e;
    } finally {
      if (admin != null) {
        Arrays.fill(admin.password(), '\0');
      }
    }
    if (!fresh) {
      deleteTree(staging);
    }
    return Workspace.open(folder, clock, passwords);
  }

  /**
   * A new staging folder: beside the target when the target does not exist yet (then the whole
   * folder is renamed into place), else inside it (then the database file is). Leftovers of an
   * earlier, interrupted init of the same target are removed first.
   */
  private static Path stagingFolder(Path target, boolean fresh) throws IOException {
    Path parent = fresh ? target.getParent() : target;
    String prefix = fresh ? "." + target.getFileName() + STAGING : STAGING;
    Files.createDirectories(parent);
    try (Stream<Path> s = Files.list(parent)) {
      s.filter(p -> p.getFileName().toString().startsWith(prefix))
          .forEach(CreateWorkspace::deleteTree);
    }
    return Files.createTempDirectory(parent, prefix);
  }

  private static void publish(Path staging, Path target, boolean fresh) throws IOException {
    if (fresh) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      StagedFile.syncFolder(target);
    } else {
      boolean server = Files.isRegularFile(staging.resolve(StoreLocation.FILE));
      // the password first (ADR 0013, 0033): a key file without a store beside it is the
      // leftover of an interrupted init and is replaced; the store (the database file, or the
      // record of the server store) is what makes a workspace
      String secret = server ? StoreLocation.PASSWORD_FILE : Database.SECRET_FILE;
      if (Files.isRegularFile(staging.resolve(secret))) {
        Files.move(
            staging.resolve(secret),
            target.resolve(secret),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      // a hard link never replaces an existing file (a rename would): a store that appeared
      // meanwhile is never overwritten
      String file = server ? StoreLocation.FILE : Database.FILE_STEM + ".mv.db";
      try {
        Files.createLink(target.resolve(file), staging.resolve(file));
      } catch (UnsupportedOperationException e) {
        Files.move(staging.resolve(file), target.resolve(file), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    StagedFile.syncFolder(fresh ? target.getParent() : target);
  }

  /**
   * Stores what the creator entered besides (the wizard's committee and master data) in the first
   * admin's name. Refused once the workspace holds a committee or regions: afterwards the chair
   * changes the committee and a logged-in user imports master data.
   */
  public static void setUp(Workspace ws, String adminName, Setup setup) {
    Actor creator = new User(adminName.strip(), Role.ADMIN).actor();
    if (!setup.committee().isEmpty()) {
      ws.committee().initial(creator, setup.committee());
    }
    if (!setup.regionFiles().isEmpty()) {
      ws.initialRegions(creator, setup.regionFiles());
    }
  }

  private static String defaultName(WorkspaceLevel level, RegionCode region) {
    String prefix =
        switch (level) {
          case KECAMATAN -> "PPK ";
          case KABKOTA -> "KPU Kab/Kota ";
          case PROVINSI -> "KPU Provinsi ";
        };
    return prefix + region.dotted();
  }

  private static void deleteTree(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> s = Files.walk(folder)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // Best effort: the original failure is what the user needs to see.
    }
  }
}
