package id.rekap.app.gui;

/**
 * The places of the main window, in the navigation's order (Ctrl+1 … Ctrl+9 for the first nine).
 */
public enum Screen {
  DASHBOARD,
  IMPORT,
  ENTRY,
  FINDINGS,
  RECAP,
  PLENARY,
  REPORTS,
  PACKAGES,
  SYNC,
  KEYS,
  PEOPLE,
  SETTINGS;

  /** The first nine have a Ctrl+digit shortcut. */
  public boolean hasShortcut() {
    return ordinal() < 9;
  }

  /** The bundle key of its name in the navigation. */
  public String textKey() {
    return "nav." + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The id used by {@code rekap gui --screen}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static java.util.Optional<Screen> of(String id) {
    for (Screen s : values()) {
      if (s.id().equals(id)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
