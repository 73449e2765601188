package id.rekap.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the build). */
public final class VersionProvider implements IVersionProvider {
  public static String version() {
    String v = RekapCli.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"rekap " + version()};
  }
}
