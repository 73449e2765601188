package id.rekap.app.gui;

import id.rekap.core.election.Contest;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;

/** The contest picker every screen has, bound to its view model's contest. */
public final class ContestChoice {
  private ContestChoice() {}

  public static ComboBox<Contest> of(Session session, ObjectProperty<Contest> contest) {
    ComboBox<Contest> box = new ComboBox<>();
    box.getItems().setAll(session.contests());
    box.setConverter(Choices.labels(c -> c.name()));
    box.valueProperty().bindBidirectional(contest);
    box.setId("contest");
    return box;
  }
}
