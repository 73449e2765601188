package id.rekap.app.cli.workspace;

import id.rekap.app.cli.CliIo;
import id.rekap.app.cli.Converters;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.ContestCode;
import id.rekap.core.election.ElectionDefinition;
import id.rekap.core.election.ElectionFromSirekap;
import id.rekap.core.region.RegionCode;
import id.rekap.core.region.RegionLevel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap election from-sirekap}: an election definition from Sirekap's public candidate
 * master files, for the region of the tally centre about to be created (no workspace needed).
 */
@Command(name = "election", subcommands = ElectionCommand.FromSirekap.class)
public final class ElectionCommand {
  @ParentCommand RootCommand root;

  @Command(name = "from-sirekap")
  static final class FromSirekap implements Callable<Integer> {
    @ParentCommand private ElectionCommand parent;

    @Option(
        names = "--region",
        required = true,
        paramLabel = "CODE",
        converter = Converters.ElectionRegion.class)
    private RegionCode region;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Option(names = "--contest", paramLabel = "CODE")
    private ContestCode contest;

    @Option(names = "--id", paramLabel = "ID")
    private String id;

    @Option(names = "--name", paramLabel = "TEXT")
    private String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    private String date;

    @Option(names = "--mode", paramLabel = "official|test", defaultValue = "official")
    private ElectionDefinition.Mode mode;

    @Option(names = "--force")
    private boolean force;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    private List<Path> paths;

    @Override
    public Integer call() {
      CliIo io = parent.root.io();
      ElectionFromSirekap.Outcome o =
          ElectionFromSirekap.build(
              new ElectionFromSirekap.Request(
                  paths,
                  region,
                  Optional.ofNullable(contest),
                  Optional.ofNullable(id),
                  Optional.ofNullable(name),
                  Optional.ofNullable(date),
                  mode));
      ElectionFromSirekap.write(o, out, force);
      for (Path p : o.notHeld()) {
        io.out().println(io.text("cli.election.notHeld", p.getFileName(), region.dotted()));
      }
      for (Contest contest : o.definition().contests()) {
        io.out()
            .println(
                io.text(
                    "cli.election.contest",
                    contest.code(),
                    contest.name(),
                    contest.candidates().size(),
                    String.join(
                        ", ", contest.candidates().stream().map(FromSirekap::shown).toList())));
      }
      String level = region.level() == RegionLevel.KECAMATAN ? "kecamatan" : "kabkota";
      io.out()
          .println(
              io.text(
                  "cli.election.done",
                  out.toAbsolutePath(),
                  o.definition().id(),
                  o.definition().maxVotersPerTps(),
                  o.definition().ballotReservePercent(),
                  level,
                  region.value(),
                  out));
      return ExitStatus.OK.code();
    }

    private static String shown(Candidate c) {
      return c.number() + " " + c.name();
    }
  }
}
