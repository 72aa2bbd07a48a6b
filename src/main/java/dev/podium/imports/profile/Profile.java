package dev.podium.imports.profile;

import dev.podium.imports.KeyPaper;
import dev.podium.model.Persona;
import java.util.List;

/** What a Markdown profile says: the persona it describes and the papers it singles out. */
public record Profile(Persona persona, List<KeyPaper> keyPapers) {
  public Profile {
    keyPapers = List.copyOf(keyPapers);
  }
}
