package id.rekap.core.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap through GC notifications: the most heap in use just before a collection (the
 * real peak, garbage included) and the most still in use just after one (what the work actually
 * holds). The second is the figure that decides whether a 1 GB heap is enough.
 */
final class HeapWatch implements AutoCloseable {
  /** Peak heap in use (garbage included) and peak live heap after a collection, in bytes. */
  record Peak(long used, long live) {}

  private final AtomicLong used = new AtomicLong();
  private final AtomicLong live = new AtomicLong();
  private final List<Runnable> unregister = new ArrayList<>();

  HeapWatch() {
    NotificationListener listener = this::onNotification;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        unregister.add(
            () -> {
              try {
                emitter.removeNotificationListener(listener);
              } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
              }
            });
      }
    }
  }

  private void onNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    used.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    live.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
  }

  private static long sum(Map<String, MemoryUsage> pools) {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage u = pools.get(pool.getName());
      if (pool.getType() == MemoryType.HEAP && u != null) {
        total += u.getUsed();
      }
    }
    return total;
  }

  /**
   * Starts a new measurement (a phase) from a collected heap, so one phase's garbage is not billed
   * to the next.
   */
  void collectAndReset() {
    System.gc();
    settle();
    used.set(0);
    live.set(0);
  }

  /**
   * The peaks since the last reset. A phase that ran without a collection reports the heap in use
   * now for both, which is then an upper bound of what it held.
   */
  Peak peak() {
    settle();
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long u = Math.max(used.get(), now);
    long l = live.get() == 0 ? now : live.get();
    return new Peak(u, l);
  }

  /** GC notifications arrive on a JMX thread; give the last ones time to land. */
  private static void settle() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }

  @Override
  public void close() {
    unregister.forEach(Runnable::run);
  }
}
