package dev.podium.server;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;

/**
 * The server's side of one connection: standard output and error of the command as frames, then its
 * exit code. The two streams share the connection, so each frame is written whole under one lock
 * and a client reads them in the order the command flushed them, as a terminal would show.
 */
final class FrameWriter {
  private final DataOutputStream out;
  private volatile boolean broken;

  FrameWriter(SocketChannel channel) {
    this.out = new DataOutputStream(new BufferedOutputStream(ChannelStreams.output(channel)));
  }

  /** A stream whose writes become frames of the given kind. */
  OutputStream stream(byte kind) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int done = 0; done < length; done += Protocol.MAX_FRAME) {
          frame(kind, bytes, offset + done, Math.min(Protocol.MAX_FRAME, length - done));
        }
      }
    };
  }

  void frame(byte kind, byte[] bytes) throws IOException {
    frame(kind, bytes, 0, bytes.length);
  }

  private synchronized void frame(byte kind, byte[] bytes, int offset, int length)
      throws IOException {
    if (broken) {
      throw new IOException("the client went away");
    }
    try {
      Protocol.writeFrame(out, kind, bytes, offset, length);
    } catch (IOException e) {
      broken = true;
      throw e;
    }
  }
}
