package dev.podium;

import dev.podium.model.Evidence;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * A record of evidence with some of its components replaced, named as the record names them, so a
 * test can vary one field without spelling out the other twenty-seven.
 */
public final class EvidenceCopy {
  private EvidenceCopy() {}

  /**
   * {@code e} with each named component set to its value: {@code with(e, Map.of("title", "T"))}.
   */
  public static Evidence with(Evidence e, Map<String, Object> changes) {
    RecordComponent[] components = Evidence.class.getRecordComponents();
    for (String name : changes.keySet()) {
      if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
        throw new IllegalArgumentException("evidence has no component '" + name + "'");
      }
    }
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        values[i] =
            changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(e);
      }
      Constructor<Evidence> canonical =
          Evidence.class.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException("cannot copy evidence " + e.id(), ex);
    }
  }
}
