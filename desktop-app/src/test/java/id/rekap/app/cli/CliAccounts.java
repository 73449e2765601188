package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounts of a workspace made through the command line, set up the way an office does: {@code
 * init --admin admin}, the admin adds the chair ketua, the operators ani and budi and the verifier
 * citra with a temporary password, and each replaces it with their own. Every account here ends up
 * with {@link #PASSWORD}, so one {@code REKAP_PASSWORD} serves whichever {@code --user} a test
 * names.
 */
final class CliAccounts {
  static final String PASSWORD = "tinta-biru-pleno-7";
  static final String TEMPORARY = "kertas-sementara-3";

  private CliAccounts() {}

  /** A command line whose REKAP_PASSWORD is every account's password. */
  static CliRun cli(Path home) {
    return new CliRun(home).env("REKAP_PASSWORD", PASSWORD);
  }

  /** {@code init ARGS --admin admin}, then the four clerks; fails the test if anything fails. */
  static void office(Path home, Path ws, String... initArgs) {
    List<String> init = new ArrayList<>(List.of("--workspace", ws.toString(), "init"));
    init.addAll(List.of(initArgs));
    init.addAll(List.of("--admin", "admin"));
    ok(cli(home).run(init.toArray(String[]::new)));
    for (String[] u :
        new String[][] {
          {"ketua", "chair"}, {"ani", "operator"}, {"budi", "operator"}, {"citra", "verifier"}
        }) {
      add(home, ws, u[0], u[1]);
    }
  }

  /** The admin adds the user with a temporary password; the user sets {@link #PASSWORD}. */
  static void add(Path home, Path ws, String name, String role) {
    ok(
        cli(home)
            .env("REKAP_NEW_PASSWORD", TEMPORARY)
            .run(
                "--workspace",
                ws.toString(),
                "--user",
                "admin",
                "users",
                "add",
                name,
                "--role",
                role));
    ok(
        new CliRun(home)
            .env("REKAP_PASSWORD", TEMPORARY)
            .env("REKAP_NEW_PASSWORD", PASSWORD)
            .run("--workspace", ws.toString(), "--user", name, "password"));
  }

  private static void ok(CliRun.Result r) {
    assertThat(r.status()).as(r.err()).isZero();
  }
}
