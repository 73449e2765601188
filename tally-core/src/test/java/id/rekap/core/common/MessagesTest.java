package id.rekap.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Indonesian and English bundles say the same things, and say them as the code asks. */
class MessagesTest {
  @Test
  void bothBundlesHaveTheSameKeysAndValidPatterns() {
    Properties id = load("/id/rekap/messages.properties");
    Properties en = load("/id/rekap/messages_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
    for (Properties bundle : new Properties[] {id, en}) {
      bundle.forEach(
          (key, pattern) -> {
            assertThat((String) pattern).as((String) key).isNotBlank();
            new MessageFormat((String) pattern); // throws on a broken pattern
          });
    }
  }

  @Test
  void indonesianIsTheDefaultAndEnglishIsChosenByLanguage() {
    assertThat(Messages.normalize(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.normalize(Locale.US)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.normalize(Locale.GERMAN)).isEqualTo(Messages.INDONESIAN);
    assertThat(Messages.fromPosix("en_US.UTF-8")).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.fromPosix("id_ID.UTF-8")).isEqualTo(Messages.INDONESIAN);
    assertThat(Messages.fromPosix("C")).isEqualTo(Messages.INDONESIAN);
    assertThat(Messages.fromPosix(null)).isEqualTo(Messages.INDONESIAN);
  }

  @Test
  void numbersInMessagesAreNotGrouped() {
    // Sizes, codes and line numbers must read as written, not as "1.048.577".
    String id =
        Messages.get(Messages.INDONESIAN, "input.error.tooLarge", "f.json", 1_048_577L, 1_048_576L);
    String en =
        Messages.get(Locale.ENGLISH, "input.error.tooLarge", "f.json", 1_048_577L, 1_048_576L);
    assertThat(id).contains("1048577", "1048576").isNotEqualTo(en);
    assertThat(en).contains("1048577", "1048576");
  }

  @Test
  void anUnknownKeyFallsBackToTheKey() {
    assertThat(Messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }
}
