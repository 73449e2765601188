package id.rekap.app.gui;

import java.util.List;

/**
 * The questions a view model puts to the user before it goes on: what to do with unsaved values,
 * and whether to go ahead despite a list of doubts. The window answers with a modal dialog
 * (keyboard: Enter, Esc, the underlined letters); view-model tests answer with a fixed choice.
 */
public interface Asker {
  /** What to do with values typed and not saved. */
  enum Unsaved {
    SAVE,
    DISCARD,
    STAY
  }

  /**
   * @param what the sentence naming what is unsaved ("TPS 004 … has 12 boxes typed")
   */
  Unsaved unsaved(String what);

  /**
   * Asks to go ahead despite the listed doubts.
   *
   * @param question the question ("Simpan formulir yang belum lengkap?")
   * @param doubts one line each (a box left empty, an ERROR finding)
   * @param yes the text of the button that goes ahead
   * @return true to go ahead
   */
  boolean confirm(String question, List<String> doubts, String yes);

  /** Goes ahead every time, saving what is unsaved (the default where no window asks). */
  Asker ALWAYS =
      new Asker() {
        @Override
        public Unsaved unsaved(String what) {
          return Unsaved.SAVE;
        }

        @Override
        public boolean confirm(String question, List<String> doubts, String yes) {
          return true;
        }
      };
}
