package id.rekap.app.gui;

import id.rekap.core.election.ContestCode;
import java.util.ArrayList;
import java.util.List;

/** A navigator that writes down where it was sent: "entry ppwp 3101011001001 valid". */
public final class RecordingNavigator implements Navigator {
  public final List<String> calls = new ArrayList<>();

  @Override
  public void openEntry(ContestCode contest, String tps, String field) {
    calls.add("entry " + contest + " " + tps + " " + field);
  }

  @Override
  public void openRecap(ContestCode contest, String code) {
    calls.add("recap " + contest + " " + code);
  }

  @Override
  public void openFindings(ContestCode contest, String place) {
    calls.add("findings " + contest + " " + place);
  }

  @Override
  public void openPlenary(ContestCode contest, String code) {
    calls.add("plenary " + contest + " " + code);
  }
}
