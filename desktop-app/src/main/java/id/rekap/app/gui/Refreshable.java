package id.rekap.app.gui;

/** A screen's model that reloads its data (in the background) when shown or when data changed. */
public interface Refreshable {
  void refresh();
}
