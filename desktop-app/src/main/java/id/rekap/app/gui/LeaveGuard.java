package id.rekap.app.gui;

/**
 * A screen that may hold unsaved work: before the window shows another screen, logs out or closes,
 * it is asked to let go, and calls {@code proceed} once it has (saved, discarded), or never (the
 * user chose to stay).
 */
public interface LeaveGuard {
  void leave(Runnable proceed);

  LeaveGuard NONE = Runnable::run;
}
