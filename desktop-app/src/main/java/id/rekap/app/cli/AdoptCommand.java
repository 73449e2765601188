package id.rekap.app.cli;

import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap --user KETUA adopt --contest C --code CODE [--decision TEXT]}: adopt a TPS, desa,
 * kecamatan or kabupaten result; {@code --list} shows what is adopted.
 */
@Command(name = "adopt", description = "Tetapkan hasil TPS, desa, kecamatan (atau kabupaten/kota).")
final class AdoptCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Option(names = "--contest")
  private String contest;

  @Option(names = "--code", paramLabel = "CODE")
  private String code;

  @Option(names = "--decision", description = "Keputusan pleno, wajib bila TPS masih punya galat.")
  private String decision;

  @Option(names = "--list", description = "Tampilkan yang sudah ditetapkan.")
  private boolean list;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      if (list) {
        ws.adoptions()
            .list()
            .forEach(
                a ->
                    root.io()
                        .out()
                        .printf(
                            "%-6s %-13s %s %s%s%n",
                            a.contest(),
                            a.code(),
                            a.by(),
                            a.at(),
                            a.decision() == null ? "" : " | " + a.decision()));
        return 0;
      }
      if (contest == null || code == null) {
        throw RekapException.usage("cli.adopt.usage");
      }
      ContestCode c =
          ContestCode.of(contest)
              .orElseThrow(() -> RekapException.usage("cli.contest.unknown", contest));
      ws.adoptions().adopt(root.login(ws), c, code, decision);
      root.io().out().println(root.io().text("cli.adopt.done", code, c));
    }
    return 0;
  }
}
