package id.rekap.core.sync;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * How many connections the receiver holds, in all and per remote address: one address (a PC on the
 * office network, or whoever sits behind it) cannot take every connection, and all of them together
 * cannot take more threads and buffers than the receiver grants.
 */
final class ConnectionGate {
  enum Admission {
    ADMITTED,
    ADDRESS_FULL,
    FULL
  }

  private final int total;
  private final int perAddress;
  private final Map<InetAddress, Integer> open = new HashMap<>();
  private int count;

  ConnectionGate(int total, int perAddress) {
    this.total = total;
    this.perAddress = perAddress;
  }

  synchronized Admission admit(InetAddress from) {
    if (count >= total) {
      return Admission.FULL;
    }
    int mine = open.getOrDefault(from, 0);
    if (mine >= perAddress) {
      return Admission.ADDRESS_FULL;
    }
    open.put(from, mine + 1);
    count++;
    return Admission.ADMITTED;
  }

  synchronized void release(InetAddress from) {
    int mine = open.getOrDefault(from, 0);
    if (mine <= 1) {
      open.remove(from);
    } else {
      open.put(from, mine - 1);
    }
    count = Math.max(0, count - 1);
  }
}
