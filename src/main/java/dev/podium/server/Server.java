package dev.podium.server;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A resident JVM that runs commands for clients on a Unix domain socket, each on a thread of its
 * own, and stops after an idle time, when told to, or when its jar changes. A lock file held for
 * its whole life makes it the only server of its key; the socket and a dead server's leftovers are
 * replaced under that lock, so a killed server never stands in the next one's way.
 */
public final class Server {
  /** Runs one command with the client's streams; returns its exit code and never exits. */
  public interface Commands {
    int run(Request request, OutputStream out, OutputStream err, Cancellation cancellation);
  }

  // How long stopping waits for running commands (a watch finishing its rebuild) to end.
  private static final long FINISH_SECONDS = 30;

  private final SocketFolder folder;
  private final ServerKey key;
  private final CodeFingerprint code;
  private final Duration idle;
  private final Commands commands;
  private final FileChannel lockFile;
  private final FileLock lock;
  private final ServerSocketChannel listener;
  private final Instant started = Instant.now();
  private final Set<Cancellation> running = ConcurrentHashMap.newKeySet();
  // Commands run on reused threads. Fonts and citation processors are pooled, not kept per
  // thread, but the libraries keep caches of their own per thread: in a loop, a brief on a new
  // thread each time took about 5 ms more than on one thread.
  private final ExecutorService commandThreads;
  private volatile Instant lastActive = Instant.now();
  private volatile boolean stopping;

  private Server(
      SocketFolder folder,
      ServerKey key,
      CodeFingerprint code,
      Duration idle,
      Commands commands,
      FileChannel lockFile,
      FileLock lock,
      ServerSocketChannel listener) {
    this.folder = folder;
    this.key = key;
    this.code = code;
    this.idle = idle;
    this.commands = commands;
    this.lockFile = lockFile;
    this.lock = lock;
    this.listener = listener;
    this.commandThreads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            Math.max(idle.toSeconds(), 60),
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            Thread.ofPlatform().name("podium-command-", 1).factory());
  }

  /**
   * Takes the key's lock and listens on its socket; empty if another server holds the lock, which
   * makes two commands that both start a server harmless.
   */
  public static Optional<Server> bind(
      SocketFolder folder, ServerKey key, Duration idle, Commands commands) throws IOException {
    folder.recheck();
    CodeFingerprint code = CodeFingerprint.current();
    FileChannel lockFile =
        FileChannel.open(
            folder.lock(key.id()), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = lockFile.tryLock();
    if (lock == null) {
      lockFile.close();
      return Optional.empty();
    }
    try {
      // Under the lock, a socket file can only be a dead server's.
      Files.deleteIfExists(folder.socket(key.id()));
      ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      listener.bind(UnixDomainSocketAddress.of(folder.socket(key.id())));
      lockFile.truncate(0);
      lockFile.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n" + key.text())
                  .getBytes(StandardCharsets.UTF_8)));
      return Optional.of(new Server(folder, key, code, idle, commands, lockFile, lock, listener));
    } catch (IOException | RuntimeException e) {
      lock.release();
      lockFile.close();
      throw e;
    }
  }

  /** Serves until stopped or idle; then removes the socket and lets go of the lock. */
  public void serve() throws IOException {
    Thread watchdog = Thread.ofPlatform().daemon().name("podium-idle").start(this::watchIdle);
    try {
      while (!stopping) {
        SocketChannel channel;
        try {
          channel = listener.accept();
        } catch (ClosedChannelException closed) {
          break;
        }
        commandThreads.execute(() -> answer(channel));
      }
    } finally {
      watchdog.interrupt();
      finish();
    }
  }

  /**
   * Runs a task on the threads that run commands, such as a warm-up whose per-thread caches the
   * next command then finds ready.
   */
  public void onCommandThread(Runnable task) {
    commandThreads.execute(task);
  }

  /** Whether the server is stopping: it takes no more commands. */
  public boolean stopping() {
    return stopping;
  }

  /** Waits until no client's command is running (background work yields to commands). */
  public void awaitNoCommands() {
    while (!running.isEmpty() && !stopping) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Stops taking requests and cancels the running ones; {@link #serve()} then returns. */
  public void stop() {
    stopping = true;
    running.forEach(Cancellation::cancel);
    try {
      listener.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void finish() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FINISH_SECONDS);
    while (!running.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    commandThreads.shutdown();
    Files.deleteIfExists(folder.socket(key.id()));
    lock.release();
    lockFile.close();
  }

  private void watchIdle() {
    long check = Math.max(50, Math.min(idle.toMillis() / 4, 5_000));
    while (!stopping) {
      try {
        Thread.sleep(check);
      } catch (InterruptedException e) {
        return;
      }
      boolean idleLongEnough = Instant.now().isAfter(lastActive.plus(idle));
      // With its socket file gone (the folder removed) no client can reach this server again.
      boolean unreachable = !Files.exists(folder.socket(key.id()), LinkOption.NOFOLLOW_LINKS);
      if (running.isEmpty() && (idleLongEnough || unreachable || codeChanged())) {
        stop();
      }
    }
  }

  // A rebuilt jar or an updated JDK: this server's loaded code is no longer what clients run.
  private boolean codeChanged() {
    try {
      return !CodeFingerprint.current().equals(code);
    } catch (IOException e) {
      return true;
    }
  }

  private void answer(SocketChannel channel) {
    try (channel) {
      DataInputStream in = new DataInputStream(ChannelStreams.input(channel));
      FrameWriter frames = new FrameWriter(channel);
      if (in.readInt() != Protocol.MAGIC) {
        frames.frame(Protocol.REFUSED, bytes("another version of Podium"));
        return;
      }
      byte kind = in.readByte();
      switch (kind) {
        case Protocol.RUN -> run(Request.read(in), in, frames);
        case Protocol.STATUS -> {
          frames.frame(Protocol.INFO, bytes(status()));
          frames.frame(Protocol.EXIT, Protocol.intBytes(0));
        }
        case Protocol.STOP -> {
          // Stops even if the client hangs up before the last frame, as it may once it has read
          // the first.
          try {
            frames.frame(Protocol.INFO, bytes(status()));
            frames.frame(Protocol.EXIT, Protocol.intBytes(0));
          } finally {
            stop();
          }
        }
        default -> frames.frame(Protocol.REFUSED, bytes("unknown request " + kind));
      }
    } catch (IOException e) {
      // The client went away or spoke nonsense; it answers for its own command line.
    }
  }

  private void run(Request request, DataInputStream in, FrameWriter frames) throws IOException {
    if (!request.key().equals(key.text())) {
      frames.frame(Protocol.REFUSED, bytes("another key"));
      return;
    }
    if (codeChanged()) {
      frames.frame(
          Protocol.REFUSED, bytes("Podium's jar or the JDK changed since this server started"));
      stop();
      return;
    }
    Cancellation cancellation = new Cancellation();
    running.add(cancellation);
    lastActive = Instant.now();
    // A cancel byte, or the connection closing, stops the command: Ctrl-C on the client.
    Thread.ofPlatform()
        .daemon()
        .name("podium-cancel")
        .start(
            () -> {
              try {
                in.read();
              } catch (IOException e) {
                // Closed: the same as cancelled.
              }
              cancellation.cancel();
            });
    int code;
    try {
      if (stopping) {
        cancellation.cancel();
      }
      code =
          commands.run(
              request,
              frames.stream(Protocol.STDOUT),
              frames.stream(Protocol.STDERR),
              cancellation);
    } finally {
      running.remove(cancellation);
      lastActive = Instant.now();
    }
    frames.frame(Protocol.EXIT, Protocol.intBytes(code));
  }

  private String status() {
    return "pid "
        + ProcessHandle.current().pid()
        + "\n"
        + "started "
        + started
        + "\n"
        + "running "
        + running.size()
        + "\n"
        + "idle-after "
        + idle.toSeconds()
        + "s\n"
        + "socket "
        + folder.socket(key.id())
        + "\n"
        + key.text();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
