package id.rekap.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log's configuration in code (ADR 0045) does what logback.xml did: one line per event in the
 * log file, INFO and up, jOOQ and Flyway only from WARN; and it steps aside for a test's own file.
 */
class LogSetupTest {
  @TempDir Path tmp;

  @Test
  void eventsGoToTheFileWithTheLevelsOfBefore() throws Exception {
    LoggerContext context = new LoggerContext();
    // what slf4j's logback provider gives its context before any configurator runs
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    Path file = tmp.resolve("rekap.log");
    LogSetup.configure(context, file);
    context.getLogger("id.rekap.core.Something").info("dicatat {}", 1);
    context.getLogger("id.rekap.core.Something").debug("tidak dicatat");
    context.getLogger("org.jooq.impl.Query").info("tidak dicatat");
    context.getLogger("org.flywaydb.core.Flyway").warn("migrasi");
    assertThat(context.getLogger("org.jooq").getLevel()).isEqualTo(Level.WARN);
    context.stop();

    var lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .matches(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[.+\\] .*Something - dicatat 1");
    assertThat(lines.get(1))
        .endsWith(
            "WARN  [" + Thread.currentThread().getName() + "] org.flywaydb.core.Flyway - migrasi");
  }

  @Test
  void aTestsOwnConfigurationWins() {
    // the test class path has logback-test.xml: the configurator leaves it to logback's own search
    assertThat(new LogSetup().configure(new LoggerContext()))
        .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
  }
}
