package id.rekap.app.gui.login;

import atlantafx.base.theme.Styles;
import id.rekap.app.gui.Session;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The login card: workspace, user name, password; Enter logs in. */
public final class LoginView {
  private final StackPane root = new StackPane();

  public LoginView(LoginViewModel model, Session session, Consumer<Locale> switchLanguage) {
    this(model, session, switchLanguage, null);
  }

  /**
   * @param otherWorkspace shows the start screen; null when there is none
   */
  public LoginView(
      LoginViewModel model,
      Session session,
      Consumer<Locale> switchLanguage,
      Runnable otherWorkspace) {
    Label title = new Label(session.text("app.name"));
    title.getStyleClass().add(Styles.TITLE_1);
    Label workspace = new Label(model.workspaceName());
    workspace.getStyleClass().add(Styles.TEXT_MUTED);
    TextField name = new TextField();
    name.setId("login-name");
    name.setPromptText(session.text("login.name"));
    name.textProperty().bindBidirectional(model.name());
    PasswordField password = new PasswordField();
    password.setId("login-password");
    password.setPromptText(session.text("login.password"));
    password.textProperty().bindBidirectional(model.password());
    Button login = new Button(session.text("login.submit"));
    login.setId("login-submit");
    login.setDefaultButton(true);
    login.getStyleClass().add(Styles.ACCENT);
    login.disableProperty().bind(model.busy());
    login.setMaxWidth(Double.MAX_VALUE);
    login.setOnAction(e -> model.login());
    Label error = new Label();
    error.setId("login-error");
    error.getStyleClass().add(Styles.DANGER);
    error.textProperty().bind(model.error());
    error.setWrapText(true);
    GridPane form = new GridPane(10, 10);
    form.addRow(0, new Label(session.text("login.name")), name);
    form.addRow(1, new Label(session.text("login.password")), password);
    Hyperlink indonesian = new Hyperlink("Bahasa Indonesia");
    indonesian.setOnAction(e -> switchLanguage.accept(Locale.of("id", "ID")));
    Hyperlink english = new Hyperlink("English");
    english.setOnAction(e -> switchLanguage.accept(Locale.ENGLISH));
    HBox languages = new HBox(4, indonesian, new Label("·"), english);
    languages.setAlignment(Pos.CENTER);
    VBox card = new VBox(14, title, workspace, form, login, error, languages);
    if (!model.hasUsers()) {
      // a workspace without users: its first admin is made here, no command line needed
      Label none = new Label(session.text("login.noUsers"));
      none.setWrapText(true);
      none.getStyleClass().add(Styles.WARNING);
      PasswordField repeat = new PasswordField();
      repeat.setId("login-repeat");
      repeat.setPromptText(session.text("login.repeat"));
      repeat.textProperty().bindBidirectional(model.repeat());
      form.addRow(2, new Label(session.text("login.repeat")), repeat);
      if (model.name().get() == null || model.name().get().isBlank()) {
        model.name().set("admin");
      }
      login.setText(session.text("login.createAdmin"));
      login.setOnAction(e -> model.createFirstAdmin());
      card.getChildren().add(3, none);
    }
    if (otherWorkspace != null) {
      Hyperlink other = new Hyperlink(session.text("status.otherWorkspace"));
      other.setId("login-other-workspace");
      other.setOnAction(e -> otherWorkspace.run());
      languages.getChildren().addAll(new Label("·"), other);
    }
    card.setPadding(new Insets(28));
    card.setMaxSize(420, 420);
    card.getStyleClass().add("card");
    root.getChildren().add(card);
    root.getStyleClass().add("login");
    name.requestFocus();
  }

  public Parent root() {
    return root;
  }
}
