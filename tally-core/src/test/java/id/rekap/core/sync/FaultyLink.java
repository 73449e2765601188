package id.rekap.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Supplier;

/**
 * A TCP relay between the sender and the receiver that misbehaves on request: refuses the
 * connection, resets it after some bytes of the upload, or trickles the bytes. The receiver behind
 * it can be stopped and restarted on another port.
 */
final class FaultyLink implements AutoCloseable {
  enum Fault {
    NONE,
    REFUSE,
    RESET_UPLOAD,
    SLOW
  }

  /** What to do with the next connection, and after how many upload bytes a reset comes. */
  record Plan(Fault fault, int resetAfter) {}

  private final ServerSocket server;
  private volatile int target;
  private volatile Supplier<Plan> plan = () -> new Plan(Fault.NONE, 0);
  private volatile boolean open = true;

  FaultyLink(int target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  void target(int port) {
    this.target = port;
  }

  void plan(Supplier<Plan> plan) {
    this.plan = plan;
  }

  private void accept() {
    while (open) {
      try {
        Socket client = server.accept();
        Plan p = plan.get();
        Thread.ofVirtual().start(() -> relay(client, p));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void relay(Socket client, Plan p) {
    if (p.fault() == Fault.REFUSE) {
      reset(client);
      return;
    }
    Socket upstream;
    try {
      upstream = new Socket(InetAddress.getLoopbackAddress(), target);
    } catch (IOException e) {
      reset(client); // the receiver is down
      return;
    }
    long limit = p.fault() == Fault.RESET_UPLOAD ? p.resetAfter() : Long.MAX_VALUE;
    boolean slow = p.fault() == Fault.SLOW;
    Thread.ofVirtual().start(() -> pipe(upstream, client, Long.MAX_VALUE, slow, client, upstream));
    pipe(client, upstream, limit, slow, client, upstream);
  }

  private static void pipe(Socket from, Socket to, long limit, boolean slow, Socket a, Socket b) {
    byte[] chunk = new byte[slow ? 2048 : 16384];
    long sent = 0;
    try (InputStream in = from.getInputStream()) {
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(chunk)) >= 0) {
        int allowed = (int) Math.min(n, limit - sent);
        out.write(chunk, 0, allowed);
        out.flush();
        sent += allowed;
        if (sent >= limit) {
          break;
        }
        if (slow) {
          Thread.sleep(1);
        }
      }
    } catch (IOException | InterruptedException e) {
      // the other side went away: close both below
    }
    if (sent >= limit) {
      reset(a);
      reset(b);
    } else {
      close(a);
      close(b);
    }
  }

  private static void reset(Socket s) {
    try {
      s.setSoLinger(true, 0); // RST, like a dropped link
      s.close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  private static void close(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  @Override
  public void close() throws IOException {
    open = false;
    server.close();
  }
}
