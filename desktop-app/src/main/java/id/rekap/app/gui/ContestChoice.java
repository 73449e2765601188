package id.rekap.app.gui;

import id.rekap.core.election.Contest;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The contest picker every screen has, bound to its view model's contest. */
public final class ContestChoice {
  private ContestChoice() {}

  public static ComboBox<Contest> of(Session session, ObjectProperty<Contest> contest) {
    ComboBox<Contest> box = new ComboBox<>();
    box.getItems().setAll(session.contests());
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Contest c) {
            return c == null ? "" : c.name();
          }

          @Override
          public Contest fromString(String s) {
            return null;
          }
        });
    box.valueProperty().bindBidirectional(contest);
    box.setId("contest");
    return box;
  }
}
