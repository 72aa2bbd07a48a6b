package dev.podium.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One command for the server to run.
 *
 * @param key the client's {@link ServerKey#text()}: the server runs the command only if it is its
 *     own
 * @param args the command line, as the user typed it
 * @param terminal whether the client's output is a terminal, which decides colour and progress
 */
public record Request(String key, List<String> args, boolean terminal) {
  public Request {
    args = List.copyOf(args);
  }

  void write(DataOutputStream out) throws IOException {
    Protocol.writeString(out, key);
    out.writeBoolean(terminal);
    out.writeInt(args.size());
    for (String arg : args) {
      Protocol.writeString(out, arg);
    }
  }

  static Request read(DataInputStream in) throws IOException {
    String key = Protocol.readString(in);
    boolean terminal = in.readBoolean();
    int count = in.readInt();
    if (count < 0 || count > Protocol.MAX_ARGS) {
      throw new IOException("bad argument count " + count);
    }
    List<String> args = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      args.add(Protocol.readString(in));
    }
    return new Request(key, args, terminal);
  }
}
