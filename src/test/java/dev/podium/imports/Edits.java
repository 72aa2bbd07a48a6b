package dev.podium.imports;

import dev.podium.load.RecordBinder;
import dev.podium.model.Evidence;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;

/** Builds evidence for merge tests and changes one field of a record by its YAML key. */
public final class Edits {
  static final RecordComponent[] FIELDS = Evidence.class.getRecordComponents();

  private Edits() {}

  public static Evidence paper(String id, String title, String abstract_) {
    return new Evidence(
        id,
        title,
        List.of("Ada Lovelace"),
        false,
        LocalDate.of(2024, 1, 1),
        "LG",
        null,
        List.of(),
        abstract_,
        List.of(),
        List.of(),
        abstract_,
        List.of(),
        false,
        false,
        null,
        List.of(),
        null,
        null);
  }

  /** The record with the field under this YAML key set to the value. */
  public static Evidence with(Evidence e, String key, Object value) {
    Object[] values = new Object[FIELDS.length];
    Class<?>[] types = new Class<?>[FIELDS.length];
    try {
      for (int i = 0; i < FIELDS.length; i++) {
        types[i] = FIELDS[i].getType();
        values[i] =
            RecordBinder.keyOf(FIELDS[i]).equals(key) ? value : FIELDS[i].getAccessor().invoke(e);
      }
      return Evidence.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  public static Object get(Evidence e, String key) {
    try {
      for (RecordComponent c : FIELDS) {
        if (RecordBinder.keyOf(c).equals(key)) {
          return c.getAccessor().invoke(e);
        }
      }
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
    throw new IllegalArgumentException(key);
  }
}
