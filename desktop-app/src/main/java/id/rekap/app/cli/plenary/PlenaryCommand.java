package id.rekap.app.cli.plenary;

import id.rekap.app.cli.Converters;
import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.common.RekapException;
import id.rekap.core.election.ContestCode;
import id.rekap.core.plenary.Attendee;
import id.rekap.core.plenary.PlenarySession;
import id.rekap.core.region.LocalZone;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.workspace.Workspace;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap plenary open|attend|close|list}: the plenary sessions the forms' berita acara is
 * printed from: place, opening and closing time (local time of the tally centre), who attended.
 */
@Command(
    name = "plenary",
    subcommands = {
      PlenaryCommand.Open.class,
      PlenaryCommand.Attend.class,
      PlenaryCommand.Close.class,
      PlenaryCommand.ListAll.class
    })
public final class PlenaryCommand {
  @ParentCommand RootCommand root;

  /** A local time typed by the clerk ("2024-02-20 09:00"), in the workspace's zone. */
  static Instant at(Workspace ws, LocalDateTime typed) {
    return typed == null ? null : typed.atZone(LocalZone.of(ws.info().region()).zone()).toInstant();
  }

  static String local(Workspace ws, Instant at) {
    LocalZone zone = LocalZone.of(ws.info().region());
    return at.atZone(zone.zone()).format(Converters.LocalTime.FORMAT) + " " + zone.label();
  }

  @Command(name = "open")
  static final class Open implements Callable<Integer> {
    @ParentCommand private PlenaryCommand parent;

    @Option(names = "--place", required = true, paramLabel = "TEMPAT")
    private String place;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD HH:MM")
    private LocalDateTime at;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        long id = ws.sessions().open(root.login(ws), place, PlenaryCommand.at(ws, at));
        root.io().out().println(root.io().text("cli.plenary.opened", id));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "attend")
  static final class Attend implements Callable<Integer> {
    @ParentCommand private PlenaryCommand parent;

    @Option(names = "--member", paramLabel = "JABATAN=NAMA")
    private List<String> members = new ArrayList<>();

    @Option(names = "--committee")
    private boolean committee;

    @Option(names = "--saksi", paramLabel = "KONTESTASI:NOMOR=NAMA")
    private List<String> saksi = new ArrayList<>();

    @Option(names = "--panwaslu", paramLabel = "NAMA")
    private List<String> panwaslu = new ArrayList<>();

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      List<Attendee> attendees = new ArrayList<>();
      for (String m : members) {
        CommitteeMember cm = CommitteeMember.parse(m);
        attendees.add(Attendee.member(cm.role(), cm.name()));
      }
      for (String s : saksi) {
        attendees.add(saksi(s));
      }
      panwaslu.forEach(p -> attendees.add(Attendee.panwaslu(p)));
      try (Workspace ws = root.openWorkspace()) {
        if (committee) {
          ws.committee().members().forEach(m -> attendees.add(Attendee.member(m.role(), m.name())));
        }
        if (attendees.isEmpty()) {
          throw RekapException.usage("cli.plenary.nobody");
        }
        ws.sessions().attend(root.login(ws), attendees);
        root.io().out().println(root.io().text("cli.plenary.attended", attendees.size()));
      }
      return ExitStatus.OK.code();
    }

    private static Attendee saksi(String written) {
      int colon = written.indexOf(':');
      int eq = written.indexOf('=');
      if (colon <= 0 || eq <= colon + 1) {
        throw RekapException.usage("cli.plenary.saksi", written);
      }
      ContestCode c =
          ContestCode.of(written.substring(0, colon))
              .orElseThrow(() -> RekapException.usage("cli.plenary.saksi", written));
      try {
        int n = Integer.parseInt(written.substring(colon + 1, eq).strip());
        return Attendee.saksi(c, n, written.substring(eq + 1));
      } catch (NumberFormatException e) {
        throw RekapException.usage("cli.plenary.saksi", written);
      }
    }
  }

  @Command(name = "close")
  static final class Close implements Callable<Integer> {
    @ParentCommand private PlenaryCommand parent;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD HH:MM")
    private LocalDateTime at;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        long id = ws.sessions().close(root.login(ws), PlenaryCommand.at(ws, at));
        root.io().out().println(root.io().text("cli.plenary.closed", id));
      }
      return ExitStatus.OK.code();
    }
  }

  @Command(name = "list")
  static final class ListAll implements Callable<Integer> {
    @ParentCommand private PlenaryCommand parent;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      try (Workspace ws = root.openWorkspace()) {
        for (PlenarySession s : ws.sessions().list()) {
          root.io()
              .out()
              .printf(
                  "#%d %s - %s  %s%n",
                  s.id(),
                  local(ws, s.openedAt()),
                  s.closedAt() == null
                      ? root.io().text("cli.plenary.stillOpen")
                      : local(ws, s.closedAt()),
                  s.place());
          for (Attendee a : s.attendees()) {
            root.io().out().printf("   %-9s %s%n", a.kind().id(), describe(a));
          }
        }
      }
      return ExitStatus.OK.code();
    }

    private static String describe(Attendee a) {
      return switch (a.kind()) {
        case MEMBER -> a.role() + ": " + a.name();
        case SAKSI -> a.contest().id() + " " + a.participant() + ": " + a.name();
        case PANWASLU -> a.name();
      };
    }
  }
}
