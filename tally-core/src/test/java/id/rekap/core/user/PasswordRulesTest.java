package id.rekap.core.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rekap.core.common.RekapException;
import org.junit.jupiter.api.Test;

/** Trivial passwords are refused with the rule they break; passphrases of ordinary words pass. */
class PasswordRulesTest {
  private static void refused(String name, String password, String key) {
    assertThatThrownBy(() -> PasswordRules.check(name, password.toCharArray()))
        .as(password)
        .isInstanceOfSatisfying(
            RekapException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.key()).isEqualTo(key));
  }

  private static void accepted(String name, String password) {
    assertThatCode(() -> PasswordRules.check(name, password.toCharArray()))
        .as(password)
        .doesNotThrowAnyException();
  }

  @Test
  void trivialPasswordsAreRefused() {
    refused("ani", "pendek", "user.error.password");
    refused("ani", "123456789", "user.error.password");
    refused("ani", "aaaaaaaaaaaa", "user.error.passwordRepeats");
    refused("ani", "1212121212", "user.error.passwordRepeats");
    refused("ani", "1234567890", "user.error.passwordCommon");
    refused("ani", "sandi-ani-1", "user.error.passwordName");
    refused("ketua", "KetuaPPK2024", "user.error.passwordName");
    refused("admin", "admin-rahasia", "user.error.passwordName");
    refused("ani", "password2024!", "user.error.passwordCommon");
    refused("ani", "P4ssw0rd-2024", "user.error.passwordCommon");
    refused("budi", "rahasia-rekap", "user.error.passwordCommon");
    refused("budi", "demo-rekap", "user.error.passwordCommon");
    refused("budi", "kpu-pemilu-2024", "user.error.passwordCommon");
    refused("budi", "qwertyuiop", "user.error.passwordCommon");
  }

  @Test
  void phrasesOfOrdinaryWordsPass() {
    accepted("ani", "tinta-biru-pleno-7");
    accepted("ani", "pulau-seribu-24");
    accepted("admin", "gerbang-uji-91");
    accepted("budi", "kopi pagi di balai desa");
  }
}
