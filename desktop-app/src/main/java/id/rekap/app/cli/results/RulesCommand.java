package id.rekap.app.cli.results;

import id.rekap.app.cli.ExitStatus;
import id.rekap.app.cli.RootCommand;
import id.rekap.core.check.RuleCatalog;
import id.rekap.core.check.Severity;
import id.rekap.core.workspace.Workspace;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rekap rules}: list the rules with this workspace's severities; {@code rules set R7 ERROR}.
 */
@Command(name = "rules", subcommands = RulesCommand.Set.class)
public final class RulesCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    try (Workspace ws = root.openWorkspace()) {
      Map<String, Severity> effective = RuleCatalog.defaults();
      effective.putAll(ws.check().settings().overrides());
      effective.forEach(
          (rule, severity) ->
              root.io()
                  .out()
                  .printf("%-4s %-8s %s%n", rule, severity, root.io().text("rules.title." + rule)));
    }
    return ExitStatus.OK.code();
  }

  @Command(name = "set")
  static final class Set implements Callable<Integer> {
    @ParentCommand private RulesCommand parent;

    @Parameters(index = "0", paramLabel = "RULE")
    private String rule;

    @Parameters(index = "1", paramLabel = "ERROR|WARNING")
    private String severity;

    @Override
    public Integer call() {
      try (Workspace ws = parent.root.openWorkspace()) {
        ws.setRuleSeverity().run(parent.root.login(ws), rule, severity);
      }
      return ExitStatus.OK.code();
    }
  }
}
