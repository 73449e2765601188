package id.rekap.app.cli;

import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.workspace.Workspace;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code rekap audit verify}: recompute the audit log's hash chain; exit 1 if broken. */
@Command(name = "audit", description = "Log audit.", subcommands = AuditCommand.Verify.class)
final class AuditCommand {
  @ParentCommand RootCommand root;

  @Command(name = "verify", description = "Periksa rantai hash log audit.")
  static final class Verify implements Callable<Integer> {
    @ParentCommand private AuditCommand parent;

    @Override
    public Integer call() {
      CliIo io = parent.root.io();
      try (Workspace ws = parent.root.openWorkspace()) {
        VerifyAudit.Result r = ws.verifyAudit().run();
        if (r.ok()) {
          io.out().println(io.text("audit.verify.ok", io.count(r.events()), r.headHash()));
          return 0;
        }
        String[] parts = r.problem().orElseThrow().split("\\|");
        Object[] args = Arrays.copyOfRange(parts, 1, parts.length);
        io.err().println("rekap: " + io.text(parts[0], args));
        return 1;
      }
    }
  }
}
