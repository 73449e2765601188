package id.rekap.app.cli.workspace;

import id.rekap.app.cli.CliIo;
import id.rekap.core.recap.EmptyColumnStanding;
import id.rekap.core.status.ContestStatus;
import id.rekap.core.workspace.Workspace;
import java.util.List;

/** The status table for people at a terminal. */
public final class StatusPrinter {
  private static final String ROW = "%-8s %10s %10s %10s %10s %10s%n";
  private final CliIo io;

  StatusPrinter(CliIo io) {
    this.io = io;
  }

  void print(Workspace ws) {
    io.out()
        .println(
            io.text(
                "cli.status.header",
                ws.info().name(),
                ws.info().level().id(),
                ws.info().region().dotted(),
                ws.regionTree().nameOf(ws.info().region()),
                ws.info().electionId()));
    io.out()
        .printf(
            ROW,
            io.text("cli.status.contest"),
            io.text("cli.status.expected"),
            io.text("cli.status.received"),
            io.text("cli.status.missing"),
            io.text("cli.status.errors"),
            io.text("cli.status.warnings"));
    List<ContestStatus> all = ws.status().run();
    for (ContestStatus s : all) {
      io.out()
          .printf(
              ROW,
              io.safe(s.contest()),
              io.count(s.expected()),
              io.count(s.received()),
              io.count(s.missing()),
              orDash(s.withErrors()),
              orDash(s.withWarnings()));
    }
    for (ContestStatus s : all) {
      if (s.emptyColumn() != null) {
        io.out().println(emptyColumn(s.contest(), s.emptyColumn()));
      }
    }
  }

  /**
   * One plain sentence on a single-pair contest: who leads, and loudly when the empty column does.
   */
  private String emptyColumn(String contest, EmptyColumnStanding e) {
    String key =
        e.leads()
            ? "cli.status.emptyColumnLeads"
            : e.tied() ? "cli.status.emptyColumnTied" : "cli.status.emptyColumnTrails";
    return io.text(
        key, contest, e.number(), io.count(e.votes()), e.pairNumber(), io.count(e.pairVotes()));
  }

  private String orDash(Integer n) {
    return n == null ? "-" : io.count(n);
  }
}
