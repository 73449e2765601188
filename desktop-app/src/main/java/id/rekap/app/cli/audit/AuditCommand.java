package id.rekap.app.cli.audit;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.audit.CheckpointCheck;
import id.rekap.core.audit.StateDifference;
import id.rekap.core.audit.VerifyAudit;
import id.rekap.core.common.MessageRef;
import id.rekap.core.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap audit verify}: recompute the audit log's hash chain, check every signed checkpoint,
 * and check the stored state against the chain, naming each row changed, added or removed outside
 * Rekap; exit 1 if anything is wrong.
 */
@Command(name = "audit", subcommands = AuditCommand.Verify.class)
public final class AuditCommand {
  @ParentCommand RootCommand root;

  /** At most this many rows are named one by one; the rest are counted. */
  static final int ROWS_NAMED = 200;

  @Command(name = "verify")
  static final class Verify implements Callable<Integer> {
    @ParentCommand private AuditCommand parent;

    @Override
    public Integer call() {
      CliIo io = parent.root.io();
      try (Workspace ws =
          Workspace.openForReading(parent.root.workspaceFolder(), parent.root.env().clock())) {
        VerifyAudit.Result r = ws.verifyAudit().run();
        if (r.problem().isEmpty()) {
          io.out().println(io.text("audit.verify.ok", io.count(r.events()), r.headHash()));
        } else {
          io.err().println("rekap: " + message(io, r.problem().get()));
        }
        long bad = r.checkpoints().stream().filter(c -> !c.ok()).count();
        io.out()
            .println(
                io.text(
                    "audit.verify.checkpoints",
                    io.count(r.checkpoints().size() - bad),
                    io.count(bad)));
        for (CheckpointCheck.Checked c : r.checkpoints()) {
          c.problem().ifPresent(p -> io.err().println("rekap: " + message(io, p)));
        }
        if (r.differences().isEmpty()) {
          io.out().println(io.text("audit.verify.state", io.count(r.boundRows())));
        } else {
          io.err()
              .println(
                  "rekap: "
                      + io.text("audit.verify.stateBroken", io.count(r.differences().size())));
          int n = 0;
          for (StateDifference d : r.differences()) {
            if (n++ == ROWS_NAMED) {
              io.err()
                  .println(
                      "  " + io.text("audit.verify.more", r.differences().size() - ROWS_NAMED));
              break;
            }
            io.err()
                .println("  " + io.text("audit.verify.row." + d.kind().id(), d.table(), d.key()));
          }
        }
        return ExitStatus.wrongIf(!r.ok());
      }
    }

    private static String message(CliIo io, MessageRef problem) {
      return io.text(problem.key(), problem.args().toArray());
    }
  }
}
