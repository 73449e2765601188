package id.rekap.app.cli.plenary;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.FormatOption;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.adoption.Adoptions;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap --user KETUA adopt --contest C --code CODE [--decision TEXT] [--ruling CODE=TEXT]…
 * [--partial]}: the chair adopts a TPS, a desa with every TPS beneath that is ready (at kab/kota a
 * kecamatan), or the workspace's region over its adopted children, in one decision; {@code
 * --preview} shows what it would include and leave out; {@code --list} what is adopted. The
 * subcommands re-open, rule, take a package's numbers, show the queue and the history.
 */
@Command(
    name = "adopt",
    subcommands = {
      AdoptSubcommands.Queue.class,
      AdoptSubcommands.History.class,
      AdoptSubcommands.Reopen.class,
      AdoptSubcommands.Rule.class,
      AdoptSubcommands.UsePackage.class
    })
public final class AdoptCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Mixin private ContestOption contest;

  @Option(names = "--code", paramLabel = "CODE")
  private String code;

  @Option(names = "--decision")
  private String decision;

  @Option(names = "--ruling", paramLabel = "CODE=TEXT")
  private List<String> rulings;

  @Option(names = "--partial")
  private boolean partial;

  @Option(names = "--preview")
  private boolean preview;

  @Mixin private FormatOption format;

  @Option(names = "--list")
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
                            "%-6s %-13s %s %s%s%s%n",
                            a.contest(),
                            a.code(),
                            a.by(),
                            a.at(),
                            a.decision() == null ? "" : " | " + a.decision(),
                            a.inForce() ? "" : " | " + a.liftedAt() + " " + a.liftedReason()));
        return ExitStatus.OK.code();
      }
      if (code == null) {
        throw RekapException.usage("cli.adopt.usage");
      }
      ContestCode c = contest.in(ws);
      Map<String, String> given = rulings(rulings);
      AdoptionText text = new AdoptionText(root.io(), ws.regionTree());
      if (preview) {
        var plan = ws.adoptions().preview(c, code, given);
        text.plan(plan, null, format.value());
        return ExitStatus.wrongIf(!plan.leftOut().isEmpty());
      }
      var outcome =
          ws.adoptions()
              .decide(
                  root.login(ws), new Adoptions.Request(c, code, decision, given, partial, null));
      text.plan(outcome.plan(), outcome.decision(), format.value());
    }
    return ExitStatus.OK.code();
  }

  /** {@code --ruling CODE=TEXT} options, by code. */
  static Map<String, String> rulings(List<String> options) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : options == null ? List.<String>of() : options) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw RekapException.usage("cli.adopt.ruling", s);
      }
      out.put(s.substring(0, eq).strip(), s.substring(eq + 1));
    }
    return out;
  }
}
