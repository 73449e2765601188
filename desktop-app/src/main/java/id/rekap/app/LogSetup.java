package id.rekap.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.nio.file.Path;

/**
 * The log's configuration, in code (ADR 0045): logs go to {@code rekap.log} in the {@link
 * LogFolder} and never to the terminal (stdout carries machine output, stderr one clear line per
 * error); jOOQ and Flyway only from WARN. logback finds it as a service. It replaces a {@code
 * logback.xml} whose XML reading was about a tenth of a short command's time (docs/benchmarks.md,
 * issue 18). A {@code logback-test.xml} on the class path (the tests) or {@code
 * -Dlogback.configurationFile} still wins: this configurator then steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
  static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{30} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    // as logback.xml's ${REKAP_LOG_DIR:-...} read it: a system property first, then the variable
    String configured = System.getProperty("REKAP_LOG_DIR", System.getenv("REKAP_LOG_DIR"));
    Path home = Path.of(System.getProperty("user.home"));
    configure(context, LogFolder.dir(configured, home).resolve("rekap.log"));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** The file appender on {@code file}, root at INFO, jOOQ and Flyway at WARN; logback silent. */
  static void configure(LoggerContext context, Path file) {
    // logback's own problems (an unwritable log) must not reach the terminal either
    context.getStatusManager().add(new NopStatusListener());
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("FILE");
    appender.setFile(file.toString());
    appender.setEncoder(encoder);
    appender.start();
    context.getLogger("org.jooq").setLevel(Level.WARN);
    context.getLogger("org.flywaydb").setLevel(Level.WARN);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(appender);
  }
}
