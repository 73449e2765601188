package id.rekap.app.gui.login;

import static org.assertj.core.api.Assertions.assertThat;

import id.rekap.app.gui.DemoWorkspaceTest;
import id.rekap.core.demo.DemoData;
import id.rekap.core.user.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the login card says how long to wait after repeated failures, and a new account
 * replaces the admin's temporary password before it is logged in.
 */
class LoginViewModelTest extends DemoWorkspaceTest {
  @Test
  void afterFiveWrongPasswordsTheCardSaysHowLongToWait() {
    session.user().set(null);
    LoginViewModel login = new LoginViewModel(session);
    login.name().set("budi");
    for (int i = 0; i < 4; i++) {
      login.password().set("bukan-sandinya-" + i);
      login.login();
      assertThat(login.error().get()).contains("salah").doesNotContain("detik");
    }
    login.password().set("bukan-sandinya-5");
    login.login();
    assertThat(login.error().get()).contains("30 detik");
    // the demo's clock stands still: the right password must wait too, and is told so
    login.password().set(DemoData.PASSWORD);
    login.login();
    assertThat(login.error().get()).contains("tunggu 30 detik");
    assertThat(session.user().get()).isNull();
  }

  @Test
  void aNewAccountSetsItsOwnPasswordAtTheFirstLogin() {
    var admin = ws.users().login("admin", DemoData.PASSWORD.toCharArray());
    ws.users().add(admin, "dedi", Role.OPERATOR, "kertas-sementara-3".toCharArray());
    LoginViewModel login = new LoginViewModel(session);
    List<String> events = new ArrayList<>();
    login.onLogin(() -> events.add("in"));
    login.name().set("dedi");
    login.password().set("kertas-sementara-3");
    login.submit();
    assertThat(login.changing().get()).isTrue();
    assertThat(login.error().get()).contains("sementara");
    assertThat(session.user().get()).isNull();

    login.fresh().set("pena-hitam-tegak-8");
    login.repeat().set("pena-hitam-tegak-9");
    login.submit();
    assertThat(login.error().get()).contains("tidak sama");
    login.fresh().set("dedi-2024-pemilu");
    login.repeat().set("dedi-2024-pemilu");
    login.submit();
    assertThat(login.error().get()).contains("nama pengguna");
    login.fresh().set("pena-hitam-tegak-8");
    login.repeat().set("pena-hitam-tegak-8");
    login.submit();
    assertThat(events).containsExactly("in");
    assertThat(session.user().get().name()).isEqualTo("dedi");
    assertThat(login.changing().get()).isFalse();
    assertThat(login.password().get()).isEmpty();
    assertThat(ws.users().login("dedi", "pena-hitam-tegak-8".toCharArray()).role())
        .isEqualTo(Role.OPERATOR);
  }
}
