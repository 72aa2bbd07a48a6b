package dev.podium.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The wire format between client and server. The client opens with {@link #MAGIC}, a request kind
 * and its fields; it may later send {@link #CANCEL}. The server answers with frames: a kind byte, a
 * length and that many bytes, ending with {@link #EXIT} or {@link #REFUSED}.
 */
final class Protocol {
  /** "PDM" and the protocol version; a server of another version refuses the request. */
  static final int MAGIC = 0x50444d01;

  static final byte RUN = 1;
  static final byte STATUS = 2;
  static final byte STOP = 3;

  /** From the client during a run: stop the command (Ctrl-C). */
  static final byte CANCEL = 9;

  static final byte STDOUT = 1;
  static final byte STDERR = 2;
  static final byte EXIT = 3;
  static final byte REFUSED = 4;
  static final byte INFO = 5;

  // Bounds what a peer can make the other allocate: a frame, a string, an argument list.
  static final int MAX_FRAME = 1 << 20;
  static final int MAX_STRING = 1 << 20;
  static final int MAX_ARGS = 10_000;

  private Protocol() {}

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("bad string length " + length);
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  static void writeFrame(DataOutputStream out, byte kind, byte[] bytes, int offset, int length)
      throws IOException {
    out.writeByte(kind);
    out.writeInt(length);
    out.write(bytes, offset, length);
    out.flush();
  }

  static byte[] intBytes(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }
}
