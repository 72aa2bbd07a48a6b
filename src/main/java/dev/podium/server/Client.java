package dev.podium.server;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Sends a command to the server of a key and copies its answer to this process's streams. Says when
 * no server took the command, so that the caller runs it itself: nothing was printed then.
 */
public final class Client {
  private final SocketFolder folder;
  private final ServerKey key;
  private volatile SocketChannel channel;

  public Client(SocketFolder folder, ServerKey key) {
    this.folder = folder;
    this.key = key;
  }

  /**
   * Runs the request on the server: its exit code, or empty if no server of this key answered or it
   * refused before printing anything. A server that dies mid-command prints its one line.
   */
  public OptionalInt run(Request request, OutputStream out, OutputStream err) throws IOException {
    folder.recheck();
    SocketChannel open = connect(folder.socket(key.id()));
    if (open == null) {
      return OptionalInt.empty();
    }
    channel = open;
    boolean printed = false;
    try (open) {
      DataOutputStream send =
          new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(open)));
      send.writeInt(Protocol.MAGIC);
      send.writeByte(Protocol.RUN);
      request.write(send);
      send.flush();
      DataInputStream in = new DataInputStream(ChannelStreams.input(open));
      while (true) {
        byte kind;
        try {
          kind = in.readByte();
        } catch (EOFException | java.nio.channels.ClosedChannelException e) {
          break;
        }
        byte[] bytes = readFrame(in);
        switch (kind) {
          case Protocol.STDOUT -> {
            out.write(bytes);
            out.flush();
            printed = true;
          }
          case Protocol.STDERR -> {
            err.write(bytes);
            err.flush();
            printed = true;
          }
          case Protocol.EXIT -> {
            return OptionalInt.of(
                new DataInputStream(new java.io.ByteArrayInputStream(bytes)).readInt());
          }
          default -> {
            return OptionalInt.empty();
          }
        }
      }
      return ended(printed, err);
    } catch (IOException e) {
      // A reset connection is a server that died, as an end of stream is.
      return ended(printed, err);
    } finally {
      channel = null;
    }
  }

  /**
   * The server went away before the exit code: the caller runs the command itself if nothing was
   * printed yet; otherwise, so that nothing is printed twice, the command failed.
   */
  private static OptionalInt ended(boolean printed, OutputStream err) throws IOException {
    if (!printed) {
      return OptionalInt.empty();
    }
    err.write(
        "podium: the background server stopped before the command finished; run it again\n"
            .getBytes(StandardCharsets.UTF_8));
    err.flush();
    return OptionalInt.of(1);
  }

  /** Asks the running command to stop, as Ctrl-C does in-process; its exit code still comes. */
  public void cancel() {
    SocketChannel open = channel;
    if (open != null) {
      try {
        open.write(java.nio.ByteBuffer.wrap(new byte[] {Protocol.CANCEL}));
      } catch (IOException e) {
        // The command ended meanwhile.
      }
    }
  }

  /**
   * Sends a status or stop request to the server on the socket: its description, or null if none
   * answered.
   */
  public static String ask(SocketFolder folder, Path socket, boolean stop) throws IOException {
    folder.recheck();
    SocketChannel open = connect(socket);
    if (open == null) {
      return null;
    }
    try (open) {
      DataOutputStream send = new DataOutputStream(ChannelStreams.output(open));
      send.writeInt(Protocol.MAGIC);
      send.writeByte(stop ? Protocol.STOP : Protocol.STATUS);
      DataInputStream in = new DataInputStream(ChannelStreams.input(open));
      return in.readByte() == Protocol.INFO
          ? new String(readFrame(in), StandardCharsets.UTF_8)
          : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * A connection to the socket in a folder just checked, or null when there is no socket or nobody
   * listens on it (a dead server's file, which the next server replaces).
   */
  private static SocketChannel connect(Path socket) throws IOException {
    if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    SocketChannel open = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      open.connect(UnixDomainSocketAddress.of(socket));
      return open;
    } catch (IOException refused) {
      open.close();
      return null;
    }
  }

  private static byte[] readFrame(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > Protocol.MAX_FRAME) {
      throw new IOException("bad frame length " + length);
    }
    return in.readNBytes(length);
  }
}
