package id.rekap.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.rekap.core.common.Json;
import id.rekap.core.demo.DemoData;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §3 on the command line, on the demo workspace (real Kepulauan Seribu data): a desa
 * previewed, refused without --partial, adopted in part in one decision, completed with a ruling,
 * the queue, a re-opening with its reason and the history; the form of the command before issue 14
 * still works.
 */
class AdoptCommandTest {
  static final String DESA = "3101021001";
  static final String HELD = "3101021001006";

  @TempDir Path tmp;

  @BeforeEach
  void demo() {
    DemoData.create(tmp.resolve("ws"), CliRun.CLOCK).close();
  }

  private CliRun.Result run(String... args) {
    return run(new CliRun(tmp.resolve("home")), args);
  }

  private CliRun.Result run(CliRun cli, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = tmp.resolve("ws").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return cli.env("REKAP_PASSWORD", DemoData.PASSWORD).run(all);
  }

  @Test
  void aDesaIsAdoptedInOneDecisionReopenedAndItsHistoryShown() throws Exception {
    var preview = run("adopt", "--contest", "ppwp", "--code", DESA, "--preview");
    assertThat(preview.status()).as("something would be left out").isEqualTo(1);
    assertThat(preview.out())
        .contains(DESA + " PULAU UNTUNG JAWA, ppwp: hanya sebagian yang siap")
        .contains("ditetapkan sekarang (6)")
        .contains("tidak termasuk (2)")
        .contains(HELD + ": galat R9 tanpa keputusan pleno");
    var english =
        run(new CliRun(tmp.resolve("home")).english(), "adopt", "--code", DESA, "--preview");
    assertThat(english.out()).contains(HELD + ": errors R9 without a plenary ruling");

    var refused = run("--user", "ketua", "adopt", "--code", DESA);
    assertThat(refused.status()).isEqualTo(3);
    assertThat(refused.err()).contains("--partial").contains(HELD);
    assertThat(run("adopt", "--list").out()).isEmpty();
    assertThat(run("--user", "ani", "adopt", "--code", DESA, "--partial").status())
        .as("only the chair adopts")
        .isEqualTo(3);

    var partial =
        run("--user", "ketua", "adopt", "--code", DESA, "--partial", "--decision", "Pleno desa");
    assertThat(partial.status()).as(partial.err()).isZero();
    assertThat(partial.out())
        .contains("ditetapkan sebagian (wilayahnya tetap DRAFT), keputusan #1")
        .contains(HELD + ": galat R9");

    JsonNode now =
        Json.mapper().readTree(run("adopt", "--code", DESA, "--preview", "--format", "json").out());
    assertThat(now.path("already").size()).isEqualTo(6);
    assertThat(now.path("leftOut").get(0).path("code").asText()).isEqualTo(HELD);
    assertThat(now.path("leftOut").get(0).path("reasons").get(0).path("reason").asText())
        .isEqualTo("errors");

    var ruled =
        run(
            "--user",
            "ketua",
            "adopt",
            "--code",
            DESA,
            "--ruling",
            HELD + "=Pleno: DPT dibaca ulang dari plano");
    assertThat(ruled.status()).as(ruled.err()).isZero();
    assertThat(ruled.out())
        .contains("ditetapkan, keputusan #2")
        .contains("keputusan pleno untuk " + HELD + ": \"Pleno: DPT dibaca ulang dari plano\"");

    var queue = run("adopt", "queue");
    assertThat(queue.status()).isZero();
    assertThat(queue.out()).containsPattern("310102 +KEPULAUAN SERIBU SELATAN +sebagian siap");

    var reopened =
        run(
            "--user",
            "ketua",
            "adopt",
            "reopen",
            "--code",
            DESA + "002",
            "--reason",
            "Saksi 02 minta hitung ulang");
    assertThat(reopened.status()).as(reopened.err()).isZero();
    assertThat(reopened.out()).contains(DESA + "002, " + DESA);
    assertThat(run("--user", "ketua", "adopt", "reopen", "--code", DESA, "--reason", "x").status())
        .as("not adopted any more")
        .isEqualTo(3);

    var history = run("adopt", "history", "--code", DESA);
    assertThat(history.out().lines())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith("#1 ").contains("6 ditetapkan, 2 tidak termasuk"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("#3 ")
                    .contains("dibuka kembali")
                    .contains("Saksi 02 minta hitung ulang"));
  }

  @Test
  void theFormBeforeIssue14StillWorks() {
    var one =
        run(
            "--user",
            "ketua",
            "adopt",
            "--contest",
            "ppwp",
            "--code",
            "3101021001003",
            "--decision",
            "ditetapkan dalam pleno");
    assertThat(one.status()).as(one.err()).isZero();
    var errors = run("--user", "ketua", "adopt", "--contest", "ppwp", "--code", HELD);
    assertThat(errors.status()).isEqualTo(3);
    assertThat(errors.err()).contains("R9");
    assertThat(
            run(
                    "--user",
                    "ketua",
                    "adopt",
                    "--contest",
                    "ppwp",
                    "--code",
                    HELD,
                    "--decision",
                    "Pleno: dibaca dari plano")
                .status())
        .isZero();
    assertThat(run("adopt", "--list").out()).contains("3101021001003", HELD);
  }
}
