package id.rekap.app.cli;

import id.rekap.core.backup.BackupCheck;
import id.rekap.core.backup.Backups;
import id.rekap.core.sync.OutboxEntry;
import id.rekap.core.workspace.Workspace;
import id.rekap.core.workspace.WorkspaceInternals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the crash harness checks in a workspace after a kill: the audit chain (by the same call as
 * {@code rekap audit verify}), row counts against the events that wrote them, and every file under
 * a final name in the backup folder.
 */
final class StoreFacts implements AutoCloseable {
  final Workspace ws;
  final List<String> problems;

  StoreFacts(Path folder, List<String> problems) {
    this.ws = Workspace.open(folder, Clock.systemDefaultZone());
    this.problems = problems;
  }

  void check(boolean ok, String what, Object... args) {
    if (!ok) {
      problems.add(String.format(what, args));
    }
  }

  /** The audit chain: the one verification every state change must keep passing. */
  void auditIntact() {
    var r = ws.verifyAudit().run();
    check(r.ok(), "audit verify: %s", r.problem().map(Object::toString).orElse(""));
  }

  long rows(String table) {
    return WorkspaceInternals.database(ws)
        .dsl()
        .fetchOne("select count(*) from " + table)
        .get(0, Long.class);
  }

  long events(String action) {
    return WorkspaceInternals.database(ws)
        .dsl()
        .fetchOne("select count(*) from audit_event where action = ?", action)
        .get(0, Long.class);
  }

  Set<String> results(String source) {
    return new HashSet<>(
        WorkspaceInternals.database(ws)
            .dsl()
            .fetch(
                "select tps_code || '|' || contest || '|' || digest from tps_result"
                    + " where source = ?",
                source)
            .getValues(0, String.class));
  }

  List<OutboxEntry> outbox() {
    return ws.sync().outbox();
  }

  /** Rows of a table equal the events of the use case that writes them, row and event together. */
  void sameCount(String table, String action) {
    long r = rows(table);
    long e = events(action);
    check(r == e, "%s has %d rows but %d %s events", table, r, e, action);
  }

  /** The outbox and the record of sent packages agree, one entry per package, statuses known. */
  void outboxConsistent() {
    List<OutboxEntry> out = outbox();
    check(
        out.size() == rows("package_out"),
        "outbox %d entries, package_out %d",
        out.size(),
        rows("package_out"));
    check(
        out.size() == events("package.export"),
        "outbox %d entries, %d package.export events",
        out.size(),
        events("package.export"));
    for (int i = 0; i < out.size(); i++) {
      check(out.get(i).sequence() == i + 1, "outbox sequence %d at %d", out.get(i).sequence(), i);
    }
  }

  /** Every backup under its final name passes the full check; nothing else is needed. */
  void backupsVerify() {
    Backups backups = ws.backups("harness");
    for (var e : backups.list()) {
      BackupCheck.Verdict v = backups.verify(e.file());
      check(
          v.ok(),
          "backup %s: %s",
          e.file().getFileName(),
          v.problem().map(Object::toString).orElse(""));
    }
  }

  /** Files under final (not hidden) names in a folder. */
  static List<Path> published(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return new ArrayList<>(
          s.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p))
              .sorted()
              .toList());
    }
  }

  @Override
  public void close() {
    ws.close();
  }
}
