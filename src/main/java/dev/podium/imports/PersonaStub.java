package dev.podium.imports;

import dev.podium.model.Persona;
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
        personaId, name, null, null, null, List.of(name), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), null);
  }
}
