package dev.podium.imports;

import dev.podium.load.Diagnostics;
import dev.podium.load.Location;
import dev.podium.load.YamlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a raw source for an import: UTF-8 text of a sane size, or a reported problem. */
public final class SourceText {
  private SourceText() {}

  /**
   * The file's bytes, checked to be UTF-8; {@code null} after reporting why they cannot be used.
   */
  public static byte[] read(Path file, String name, Diagnostics diagnostics) {
    try {
      if (Files.size(file) > YamlReader.MAX_BYTES) {
        diagnostics.error(
            Location.startOf(name), "file is larger than " + (YamlReader.MAX_BYTES >> 20) + " MiB");
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return bytes;
    } catch (CharacterCodingException e) {
      diagnostics.error(Location.startOf(name), "invalid UTF-8; save the file as UTF-8");
      return null;
    } catch (IOException e) {
      diagnostics.error(Location.startOf(name), "cannot read file: " + e.getMessage());
      return null;
    }
  }
}
