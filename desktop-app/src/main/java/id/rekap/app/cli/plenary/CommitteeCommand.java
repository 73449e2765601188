package id.rekap.app.cli.plenary;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.report.CommitteeMember;
import id.rekap.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap committee}: the committee printed in the forms' signature blocks; {@code rekap
 * --user KETUA committee set --member "Ketua=Nama" --member "Anggota=Nama" ...} replaces it.
 */
@Command(name = "committee", subcommands = CommitteeCommand.Set.class)
public final class CommitteeCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      List<CommitteeMember> members = ws.committee().members();
      if (members.isEmpty()) {
        root.io().out().println(root.io().text("cli.committee.none"));
      }
      for (int i = 0; i < members.size(); i++) {
        root.io()
            .out()
            .printf(
                "%d. %-12s %s%n",
                i + 1,
                root.io().safe(members.get(i).role()),
                root.io().safe(members.get(i).name()));
      }
    }
    return ExitStatus.OK.code();
  }

  /** Parses {@code JABATAN=NAMA} options in order. */
  public static List<CommitteeMember> parse(List<String> options) {
    return options.stream().map(CommitteeMember::parse).toList();
  }

  @Command(name = "set")
  static final class Set implements Callable<Integer> {
    @ParentCommand private CommitteeCommand parent;

    @Option(names = "--member", required = true, paramLabel = "JABATAN=NAMA")
    private List<String> members = new ArrayList<>();

    @Override
    public Integer call() {
      List<CommitteeMember> parsed = parse(members);
      try (Workspace ws = parent.root.openWorkspace()) {
        ws.committee().set(parent.root.login(ws), parsed);
      }
      parent.root.io().out().println(parent.root.io().text("cli.committee.set", parsed.size()));
      return ExitStatus.OK.code();
    }
  }
}
