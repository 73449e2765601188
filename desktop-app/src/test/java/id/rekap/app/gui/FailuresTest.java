package id.rekap.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.rekap.core.common.RekapException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 19, move 7: every failure the window shows goes to the log once, with its stack trace;
 * refusals as warnings, anything else as an error; an uncaught failure on any thread too.
 */
class FailuresTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(Failures.class);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final Texts texts = new Texts(Locale.of("id"));

  private Level level;

  @BeforeEach
  void listen() {
    level = logger.getLevel();
    logger.setLevel(Level.TRACE); // the test configuration may log warnings only
    events.start();
    logger.addAppender(events);
  }

  @AfterEach
  void stop() {
    logger.detachAppender(events);
    logger.setLevel(level);
  }

  @Test
  void anUnexpectedFailureShownToTheUserIsLoggedOnceWithItsTrace() {
    IllegalStateException boom = new IllegalStateException("boom");
    String line = texts.error(boom);
    texts.error(boom);
    Failures.log(boom);
    assertThat(line).doesNotContain("boom");
    assertThat(events.list).hasSize(1);
    ILoggingEvent e = events.list.getFirst();
    assertThat(e.getLevel()).isEqualTo(Level.ERROR);
    assertThat(e.getThrowableProxy().getClassName())
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(e.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
  }

  @Test
  void aRefusalIsAWarningWithItsTraceAndACancelANote() {
    texts.error(new RuntimeException(RekapException.badInput("import.error.unknown", "x")));
    texts.error(new CancellationException());
    assertThat(events.list)
        .extracting(ILoggingEvent::getLevel)
        .containsExactly(Level.WARN, Level.INFO);
    assertThat(events.list.get(0).getThrowableProxy()).isNotNull();
    assertThat(events.list.get(1).getThrowableProxy()).isNull();
  }

  @Test
  void whatNoThreadCatchesIsLogged() throws Exception {
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.UncaughtExceptionHandler own = Thread.currentThread().getUncaughtExceptionHandler();
    try {
      Failures.installHandlers();
      Thread t =
          new Thread(
              () -> {
                throw new IllegalArgumentException("escaped");
              });
      t.start();
      t.join();
      assertThat(events.list)
          .anySatisfy(
              e ->
                  assertThat(e.getThrowableProxy().getClassName())
                      .isEqualTo(IllegalArgumentException.class.getName()));
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
      Thread.currentThread().setUncaughtExceptionHandler(own);
    }
  }
}
