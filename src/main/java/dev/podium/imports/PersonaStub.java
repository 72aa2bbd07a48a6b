package dev.podium.imports;

import dev.podium.model.Persona;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The smallest persona.yaml that lets a new persona be checked and briefed right after its first
 * import: the id, and a name spelled from it ("jane-doe" → "Jane Doe") that is also the name to
 * look for among authors. The user corrects both by hand or with a profile import.
 */
public final class PersonaStub {
  private PersonaStub() {}

  public static Persona of(String personaId) {
    String name =
        Arrays.stream(personaId.split("-"))
            .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
            .collect(Collectors.joining(" "));
    return new Persona(
        personaId,
        name,
        null,
        null,
        null,
        List.of(name),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /**
   * Plans a stub persona.yaml when the persona has none, with a note saying what to correct.
   *
   * @param command the import that writes it, as the user typed it ("import listing")
   */
  public static void planIfMissing(
      Path personaDir, String personaId, String command, PlannedWrites writes, List<String> notes) {
    if (Files.exists(personaDir.resolve("persona.yaml"))) {
      return;
    }
    Persona stub = of(personaId);
    String header =
        "Persona " + personaId + ": a stub written by `podium " + command + "`; fill it in.";
    writes.addYaml(personaDir.resolve("persona.yaml"), List.of(header), stub, "stub profile");
    notes.add(
        "new persona: its persona.yaml names the speaker '"
            + stub.name()
            + "'; correct name and author_names there so the brief knows which papers are theirs");
  }
}
