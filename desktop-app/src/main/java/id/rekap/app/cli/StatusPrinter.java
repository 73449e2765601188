package id.rekap.app.cli;

import id.rekap.core.status.ContestStatus;
import id.rekap.core.workspace.Workspace;

/** The status table for people at a terminal. */
final class StatusPrinter {
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
    for (ContestStatus s : ws.status().run()) {
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
  }

  private String orDash(Integer n) {
    return n == null ? "-" : io.count(n);
  }
}
