package id.rekap.app.cli.plenary;

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
    description =
        "Tetapkan TPS, desa (di kab/kota: kecamatan) atau wilayah ruang kerja dalam satu keputusan.",
    subcommands = {
      AdoptSubcommands.Queue.class,
      AdoptSubcommands.History.class,
      AdoptSubcommands.Reopen.class,
      AdoptSubcommands.Rule.class,
      AdoptSubcommands.UsePackage.class
    })
public final class AdoptCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--contest", description = "Kontestasi (bawaan: satu-satunya di ruang kerja).")
  private String contest;

  @Option(names = "--code", paramLabel = "CODE")
  private String code;

  @Option(
      names = "--decision",
      description = "Keputusan pleno; untuk satu TPS yang bergalat sekaligus keputusannya.")
  private String decision;

  @Option(
      names = "--ruling",
      paramLabel = "CODE=TEXT",
      description = "Keputusan pleno atas galat atau perbedaan paket di TPS/wilayah ini.")
  private List<String> rulings;

  @Option(
      names = "--partial",
      description = "Tetapkan yang siap dan biarkan sisanya (wilayahnya tetap DRAFT).")
  private boolean partial;

  @Option(names = "--preview", description = "Tampilkan yang akan ditetapkan dan yang tertahan.")
  private boolean preview;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
  private String format;

  @Option(names = "--list", description = "Tampilkan yang sudah ditetapkan.")
  private boolean list;

  @Override
  public Integer call() {
    AdoptionText.requireFormat(format);
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
        return 0;
      }
      if (code == null) {
        throw RekapException.usage("cli.adopt.usage");
      }
      ContestCode c = contest(ws, contest);
      Map<String, String> given = rulings(rulings);
      AdoptionText text = new AdoptionText(root.io(), ws.regionTree());
      if (preview) {
        var plan = ws.adoptions().preview(c, code, given);
        text.plan(plan, null, format);
        return plan.leftOut().isEmpty() ? 0 : 1;
      }
      var outcome =
          ws.adoptions()
              .decide(
                  root.login(ws), new Adoptions.Request(c, code, decision, given, partial, null));
      text.plan(outcome.plan(), outcome.decision(), format);
    }
    return 0;
  }

  /** The contest named, or the workspace's only one. */
  static ContestCode contest(Workspace ws, String name) {
    if (name == null) {
      var all = ws.election().contests();
      if (all.size() != 1) {
        throw RekapException.usage("cli.adopt.contest");
      }
      return all.getFirst().code();
    }
    return ContestCode.of(name)
        .orElseThrow(() -> RekapException.usage("cli.contest.unknown", name));
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
