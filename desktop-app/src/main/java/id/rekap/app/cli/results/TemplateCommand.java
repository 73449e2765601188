package id.rekap.app.cli.results;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.template.TemplateFormat;
import id.rekap.core.template.TemplateTarget;
import id.rekap.core.template.TemplateWriter;
import id.rekap.core.workspace.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap template}: an empty entry template for the workspace's TPS. Written to a temporary
 * file beside the target and moved into place, so a half-written template never exists under the
 * name a clerk will open.
 */
@Command(name = "template")
public final class TemplateCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--contest", required = true, paramLabel = "CODE")
  private ContestCode contest;

  @Option(names = "--format", required = true, paramLabel = "xlsx|csv")
  private TemplateFormat format;

  @Option(names = "--out", required = true, paramLabel = "FILE")
  private Path out;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      TemplateTarget target = TemplateTarget.of(ws.election(), ws.regionTree(), contest);
      writeAtomically(target, format);
      int tps = target.sheets().stream().mapToInt(s -> s.tps().size()).sum();
      root.io()
          .out()
          .println(root.io().text("cli.template.written", contest, format.id(), out, tps));
    }
    return ExitStatus.OK.code();
  }

  private void writeAtomically(TemplateTarget target, TemplateFormat f) {
    Path abs = out.toAbsolutePath();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(abs.getParent(), ".rekap-template-", ".tmp");
      try (OutputStream o = Files.newOutputStream(tmp)) {
        TemplateWriter.write(target, f, o);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new RekapException(
          RekapException.Kind.STATE, e, "cli.template.writeFailed", out, e.toString());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the move normally consumed it
        }
      }
    }
  }
}
