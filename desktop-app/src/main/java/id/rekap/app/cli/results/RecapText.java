package id.rekap.app.cli.results;

import id.rekap.app.cli.CliIo;
import id.rekap.core.election.Candidate;
import id.rekap.core.election.Contest;
import id.rekap.core.election.Shape;
import id.rekap.core.recap.EmptyColumnStanding;
import id.rekap.core.recap.RecapRow;
import id.rekap.core.result.AdminField;
import id.rekap.core.result.VoteKey;
import java.util.List;

/** A recap as a plain table for people at a terminal (numbers in Indonesian style). */
public final class RecapText {
  private final CliIo io;

  public RecapText(CliIo io) {
    this.io = io;
  }

  public void print(Contest contest, List<RecapRow> rows) {
    StringBuilder head =
        new StringBuilder(
            String.format(
                "%-13s %-28s %9s", io.text("cli.recap.code"), io.text("cli.recap.name"), "TPS"));
    if (contest.shape() == Shape.CANDIDATES) {
      for (Candidate c : contest.candidates()) {
        head.append(String.format(" %10s", "(" + c.number() + ")"));
      }
    }
    head.append(
        String.format(
            " %10s %10s %10s",
            io.text("cli.recap.valid"), io.text("cli.recap.invalid"), io.text("cli.recap.total")));
    io.out().println(head);
    for (RecapRow r : rows) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  "%-13s %-28.28s %9s",
                  r.code(), io.safe(r.name()), r.received() + "/" + r.expected()));
      if (contest.shape() == Shape.CANDIDATES) {
        for (Candidate c : contest.candidates()) {
          line.append(String.format(" %10s", n(r.tally().votes(VoteKey.candidate(c.number())))));
        }
      }
      line.append(
          String.format(
              " %10s %10s %10s",
              n(r.tally().admin(AdminField.VALID)),
              n(r.tally().admin(AdminField.INVALID)),
              n(r.tally().admin(AdminField.TOTAL))));
      io.out().println(line);
    }
    contest.emptyColumn().ifPresent(c -> emptyColumn(contest, c.number(), rows));
  }

  /** Under a single-pair contest's table: where the empty column leads, said plainly. */
  private void emptyColumn(Contest contest, int number, List<RecapRow> rows) {
    List<String> leads =
        rows.stream()
            .filter(
                r ->
                    EmptyColumnStanding.of(contest, r.tally())
                        .map(EmptyColumnStanding::leads)
                        .orElse(false))
            .map(r -> r.code() + " " + r.name())
            .toList();
    io.out()
        .println(
            leads.isEmpty()
                ? io.text("cli.recap.emptyColumnNowhere", number)
                : io.text("cli.recap.emptyColumnLeads", leads.size(), String.join(", ", leads)));
  }

  private String n(Long v) {
    return v == null ? "-" : io.count(v);
  }
}
