package id.rekap.core.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The machine and JVM a run happened on, for the record next to its figures. */
record BenchEnvironment(
    String date,
    String cpu,
    int cores,
    long memory,
    String os,
    String jvm,
    String gc,
    String args) {

  static BenchEnvironment current() {
    var osBean = ManagementFactory.getOperatingSystemMXBean();
    long memory =
        osBean instanceof com.sun.management.OperatingSystemMXBean sun
            ? sun.getTotalMemorySize()
            : 0;
    return new BenchEnvironment(
        ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)),
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version"),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", ")),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }

  private static String cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (Files.isReadable(info)) {
      try (Stream<String> lines = Files.lines(info)) {
        var model = lines.filter(l -> l.startsWith("model name")).findFirst();
        if (model.isPresent()) {
          return model.get().substring(model.get().indexOf(':') + 1).strip();
        }
      } catch (IOException ignored) {
        // fall back to the architecture
      }
    }
    return System.getProperty("os.arch");
  }
}
