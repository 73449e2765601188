package id.rekap.core.common;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the one implementation of a port that lives in another module (ADR 0043): the core declares
 * what it needs (draw a form, read a template), and the module that does it with a library (the
 * {@code forms} module with PDFBox, POI and ZXing) registers itself under {@code
 * META-INF/services}. The application's class path is the composition: the desktop module depends
 * on {@code forms}, the core never does. None or two implementations is a broken build, said in one
 * line rather than as a null later.
 */
public final class Installed {
  private static final ClassValue<Object> FOUND =
      new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> port) {
          List<?> all =
              ServiceLoader.load(port, port.getClassLoader()).stream()
                  .map(ServiceLoader.Provider::get)
                  .toList();
          if (all.size() != 1) {
            throw new IllegalStateException(
                all.size()
                    + " implementations of "
                    + port.getName()
                    + " on the class path, expected exactly one (the forms module)");
          }
          return all.getFirst();
        }
      };

  private Installed() {}

  /**
   * The implementation of the port found on the class path, the same instance on every call.
   *
   * @throws IllegalStateException when there is none or more than one
   */
  public static <T> T one(Class<T> port) {
    return port.cast(FOUND.get(port));
  }
}
