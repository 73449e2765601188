package id.rekap.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.app.gui.Texts;
import id.rekap.app.gui.login.LoginViewModel;
import id.rekap.app.gui.shell.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Logging in and out, the language switch, and the election's thresholds shown read-only. */
class SettingsAndLoginViewModelTest extends DemoWorkspaceTest {
  @Test
  void aWrongPasswordIsRefusedAndTheRightOneLogsIn() {
    LoginViewModel login = new LoginViewModel(session);
    List<String> events = new ArrayList<>();
    login.onLogin(() -> events.add("in"));
    assertThat(login.hasUsers()).isTrue();
    login.name().set("ani");
    login.password().set("salah-sandi");
    login.login();
    assertThat(login.error().get()).isNotBlank();
    assertThat(login.password().get()).isEmpty();
    assertThat(session.user().get()).isNull();
    login.password().set(id.rekap.core.demo.DemoData.PASSWORD);
    login.login();
    assertThat(events).containsExactly("in");
    assertThat(session.user().get().name()).isEqualTo("ani");
    MainViewModel main = new MainViewModel(session);
    assertThat(main.userLabel().get()).isEqualTo("Masuk sebagai ani (operator)");
    main.onLogout(() -> events.add("out"));
    main.logout();
    assertThat(session.user().get()).isNull();
    assertThat(events).containsExactly("in", "out");
  }

  @Test
  void thresholdsComeFromTheElectionAndTheLanguageCanBeSwitched() {
    List<Locale> asked = new ArrayList<>();
    SettingsViewModel model = new SettingsViewModel(session, asked::add);
    assertThat(model.election())
        .anyMatch(f -> f.label().startsWith("Pemilih per TPS") && f.value().equals("300"))
        .anyMatch(f -> f.label().startsWith("Surat suara cadangan") && f.value().equals("2 %"))
        .anyMatch(f -> f.value().equals("306"));
    assertThat(model.workspace()).anyMatch(f -> f.value().equals("31.01"));
    assertThat(model.english()).isFalse();
    model.language(false);
    assertThat(asked).isEmpty();
    model.language(true);
    assertThat(asked).containsExactly(Locale.ENGLISH);
    assertThat(new Texts(Locale.ENGLISH).get("nav.findings")).isEqualTo("Findings");
    assertThat(new Texts(Locale.of("id", "ID")).get("nav.findings")).isEqualTo("Temuan");
  }
}
