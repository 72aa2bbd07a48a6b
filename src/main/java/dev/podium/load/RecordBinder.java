package dev.podium.load;

import dev.podium.model.Nullable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Binds located YAML nodes onto model records by their components, so a record's shape is its
 * schema. Every mismatch is reported and binding carries on, so one run shows all problems.
 *
 * <p>Keys are the components' names in snake_case (a trailing underscore, used where the name is a
 * Java keyword, is dropped). Components marked {@link Nullable} may be left out; lists default to
 * empty and booleans to false.
 */
public final class RecordBinder {
  private final Diagnostics diagnostics;
  private final SourceMap sourceMap;

  public RecordBinder(Diagnostics diagnostics, SourceMap sourceMap) {
    this.diagnostics = diagnostics;
    this.sourceMap = sourceMap;
  }

  // Reflection on a record type and the snake_case keys are the same on every call; computing them
  // once per type keeps loading cheap when a persona has thousands of records.
  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          return type.getRecordComponents();
        }
      };

  // Keyed by component name: RecordComponent has identity equality, and callers that reflect
  // afresh would otherwise add an entry on every call. Names are few.
  /**
   * Dates outside four-digit years are typing slips (0001, +999999999), and a chart would draw a
   * column for every year between them and the rest.
   */
  private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);

  private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

  /** The YAML key for a record component. */
  public static String keyOf(RecordComponent component) {
    return KEYS.computeIfAbsent(component.getName(), RecordBinder::snakeCase);
  }

  private static String snakeCase(String componentName) {
    String name = componentName;
    if (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Binds a mapping onto a record; returns {@code null} when a required part is unusable. Broken
   * items of lists are left out, so the result may be partial: callers must treat any reported
   * error as fatal for output.
   */
  public <T extends Record> T bind(Node node, Class<T> type, String path) {
    sourceMap.put(path, node.location());
    if (!(node instanceof Node.Mapping mapping)) {
      diagnostics.error(
          node.location(),
          "expected a mapping for " + describePath(path, type) + ", found " + node.describe());
      return null;
    }
    RecordComponent[] components = COMPONENTS.get(type);
    Set<String> misspelt = reportUnknownKeys(mapping, components, type);
    Object[] values = new Object[components.length];
    boolean complete = true;
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String key = keyOf(component);
      String childPath = SourceMap.field(path, key);
      Node child = mapping.get(key);
      if (child == null || isNull(child) || isBlank(child)) {
        values[i] = defaultFor(component);
        if (values[i] == null && !component.isAnnotationPresent(Nullable.class)) {
          if (!misspelt.contains(key)) {
            diagnostics.error(
                child == null ? mapping.location() : child.location(),
                (child == null ? "missing required field '" : "empty required field '")
                    + key
                    + "' in "
                    + describeRecord(mapping, path, type));
          }
          complete = false;
        }
        continue;
      }
      sourceMap.put(childPath, child.location());
      Object value = convert(child, component.getGenericType(), childPath, key);
      if (value == null) {
        complete = false;
      }
      values[i] = value;
    }
    return complete ? construct(type, components, values, mapping.location()) : null;
  }

  /** Reports keys the record does not have; returns the known keys they look like typos of. */
  private Set<String> reportUnknownKeys(
      Node.Mapping mapping, RecordComponent[] components, Class<?> type) {
    Set<String> known =
        Arrays.stream(components).map(RecordBinder::keyOf).collect(Collectors.toSet());
    Set<String> suggested = new java.util.HashSet<>();
    for (Node.Entry entry : mapping.entries()) {
      if (!known.contains(entry.key())) {
        String hint = Suggestions.closest(entry.key(), known);
        if (hint != null && mapping.get(hint) == null) {
          suggested.add(hint);
        }
        diagnostics.error(
            entry.keyLocation(),
            "unknown field '"
                + entry.key()
                + "' in "
                + describeType(type)
                + (hint != null
                    ? "; did you mean '" + hint + "'?"
                    : "; expected one of: " + String.join(", ", sortedKeys(components))));
      }
    }
    return suggested;
  }

  private static boolean isBlank(Node node) {
    return node instanceof Node.Scalar s
        && s.kind() == Node.Scalar.Kind.STRING
        && s.text().isBlank();
  }

  /** "evidence 'hidden'" when the mapping has an id, else the path: what a person would search. */
  private static String describeRecord(Node.Mapping mapping, String path, Class<?> type) {
    if (mapping.get("id") instanceof Node.Scalar id && !id.text().isBlank()) {
      return describeType(type) + " '" + id.text() + "'";
    }
    return describePath(path, type);
  }

  private static List<String> sortedKeys(RecordComponent[] components) {
    return Arrays.stream(components).map(RecordBinder::keyOf).toList();
  }

  private static Object defaultFor(RecordComponent component) {
    Class<?> raw = component.getType();
    if (raw == List.class) {
      return List.of();
    }
    if (raw == boolean.class) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static boolean isNull(Node node) {
    return node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object convert(Node node, Type type, String path, String key) {
    if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
      return convertList(node, generic.getActualTypeArguments()[0], path, key);
    }
    Class<?> raw = (Class<?>) type;
    if (raw.isRecord()) {
      return bind(node, (Class<? extends Record>) raw, path);
    }
    if (!(node instanceof Node.Scalar scalar)) {
      diagnostics.error(
          node.location(),
          "expected " + expectation(raw) + " for '" + key + "', found " + node.describe());
      return null;
    }
    if (raw == String.class) {
      // Numbers and booleans are fine as text: a title "1984" is still a title.
      return scalar.text();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return scalar.kind() == Node.Scalar.Kind.BOOLEAN
          ? Boolean.valueOf(scalar.text())
          : mismatch(scalar, raw, key);
    }
    if (raw == int.class || raw == Integer.class) {
      return isWholeNumber(scalar) ? parseInt(scalar, key) : mismatch(scalar, raw, key);
    }
    if (raw == double.class || raw == Double.class) {
      return scalar.kind() == Node.Scalar.Kind.INTEGER || scalar.kind() == Node.Scalar.Kind.FLOAT
          ? finite(scalar, key)
          : mismatch(scalar, raw, key);
    }
    if (raw == LocalDate.class) {
      return date(scalar, key);
    }
    if (raw.isEnum()) {
      return enumValue(scalar, (Class<? extends Enum>) raw, key);
    }
    throw new IllegalStateException("no binding for " + raw);
  }

  /**
   * Binds the items that can be bound and drops the rest, which are reported: one broken record
   * must not hide the problems of the records around it.
   */
  private Object convertList(Node node, Type element, String path, String key) {
    if (!(node instanceof Node.Sequence sequence)) {
      diagnostics.error(
          node.location(), "expected a list for '" + key + "', found " + node.describe());
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      Node item = sequence.items().get(i);
      String itemPath = SourceMap.item(path, i);
      sourceMap.put(itemPath, item.location());
      if (isNull(item) || isBlank(item)) {
        diagnostics.error(item.location(), "empty item in list '" + key + "'");
        continue;
      }
      Object value = convert(item, element, itemPath, key);
      if (value != null) {
        out.add(value);
      }
    }
    return List.copyOf(out);
  }

  /**
   * An integer, or a number with nothing after its point ({@code 2024.0}): JSON Schema, and so an
   * editor, counts both as whole numbers, and the value is not in doubt.
   */
  private static boolean isWholeNumber(Node.Scalar scalar) {
    return scalar.kind() == Node.Scalar.Kind.INTEGER
        || scalar.kind() == Node.Scalar.Kind.FLOAT && wholeValue(scalar.text()) != null;
  }

  private static BigDecimal wholeValue(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      return value.stripTrailingZeros().scale() <= 0 ? value : null;
    } catch (NumberFormatException e) {
      return null; // .inf and .nan are floats with no whole value
    }
  }

  /**
   * A YAML number that is a number: {@code .inf}, {@code .nan} and values too large for a double
   * (such as {@code 1e999}) are written by mistake, and no score or measure can hold them.
   */
  private Double finite(Node.Scalar scalar, String key) {
    double value;
    try {
      value = Double.parseDouble(scalar.text());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      diagnostics.error(
          scalar.location(),
          "expected a finite number for '" + key + "', found '" + scalar.text() + "'");
      return null;
    }
    return value;
  }

  private Integer parseInt(Node.Scalar scalar, String key) {
    BigDecimal value = wholeValue(scalar.text());
    try {
      if (value != null) {
        return value.intValueExact();
      }
    } catch (ArithmeticException e) {
      // reported below, as a number the field cannot hold
    }
    diagnostics.error(scalar.location(), "'" + key + "' is out of range: " + scalar.text());
    return null;
  }

  private LocalDate date(Node.Scalar scalar, String key) {
    try {
      LocalDate date = LocalDate.parse(scalar.text());
      if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
        diagnostics.error(
            scalar.location(),
            "expected a date from "
                + EARLIEST
                + " to "
                + LATEST
                + " for '"
                + key
                + "', found '"
                + scalar.text()
                + "'; check the year");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      diagnostics.error(
          scalar.location(),
          "expected a date as YYYY-MM-DD for '" + key + "', found '" + scalar.text() + "'");
      return null;
    }
  }

  /**
   * The constant spelt as seed files and the schemas spell it, in lower case; another case is
   * reported with the spelling to use, so a file means the same to an editor and to Podium.
   */
  private <E extends Enum<E>> E enumValue(Node.Scalar scalar, Class<E> type, String key) {
    String text = scalar.text();
    String hint = "";
    for (E constant : type.getEnumConstants()) {
      String spelling = constant.name().toLowerCase(Locale.ROOT);
      if (spelling.equals(text)) {
        return constant;
      }
      if (spelling.equalsIgnoreCase(text)) {
        hint = "; write it in lower case: '" + spelling + "'";
      }
    }
    diagnostics.error(
        scalar.location(),
        "expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))
            + " for '"
            + key
            + "', found '"
            + text
            + "'"
            + hint);
    return null;
  }

  private Object mismatch(Node.Scalar scalar, Class<?> raw, String key) {
    diagnostics.error(
        scalar.location(),
        "expected "
            + expectation(raw)
            + " for '"
            + key
            + "', found "
            + scalar.describe()
            + " '"
            + scalar.text()
            + "'");
    return null;
  }

  private static String expectation(Class<?> raw) {
    if (raw == String.class) {
      return "text";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw == int.class || raw == Integer.class) {
      return "a whole number";
    }
    if (raw == double.class || raw == Double.class) {
      return "a number";
    }
    if (raw == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (raw.isEnum()) {
      return "one of "
          + Arrays.stream(raw.getEnumConstants())
              .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
    }
    return "a mapping";
  }

  private <T extends Record> T construct(
      Class<T> type, RecordComponent[] components, Object[] values, Location at) {
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    try {
      Constructor<T> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      diagnostics.error(at, "invalid " + describeType(type) + ": " + e.getCause().getMessage());
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type, e);
    }
  }

  private static String describePath(String path, Class<?> type) {
    return path.isEmpty() ? describeType(type) : describeType(type) + " '" + path + "'";
  }

  static String describeType(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
