package dev.podium.cli;

import dev.podium.imports.ImportPlan;
import dev.podium.imports.YamlRecordWriter;
import dev.podium.imports.listing.ListingImport;
import dev.podium.imports.profile.ProfileImport;
import dev.podium.load.Diagnostics;
import dev.podium.load.SeedsDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium init PERSONA}: a new persona's seed files, commented, ready to fill in; with {@code
 * --from-profile} and {@code --from-listing}, filled from those sources by the importers.
 */
@Command(
    name = "init",
    description = {
      "Create seeds/personas/PERSONA/ with commented persona, evidence and themes files.",
      "--from-profile and --from-listing fill them by importing the profile, then the listing.",
      "A seeds folder without stances.yaml is started with the stances and motions bundled with"
          + " Podium."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class)
final class InitCommand implements Callable<Integer> {
  /** Where a scaffold file takes a value: {@code {{name}}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(id|name|bio)}}");

  /** Gives the default year of listing dates; see {@link ImportListingCommand#year}. */
  private final Clock clock;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PERSONA", description = "The new persona's id, e.g. jane-doe.")
  String persona;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The person's name (default: from the id).")
  String name;

  @Option(
      names = "--from-profile",
      paramLabel = "FILE",
      description = "Write persona.yaml and a themes skeleton from this Markdown profile.")
  Path fromProfile;

  @Option(
      names = "--from-listing",
      paramLabel = "FILE",
      description =
          "Import this publication listing into evidence.yaml; the profile's key papers are"
              + " marked.")
  Path fromListing;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Year of listing dates printed without one (default: the current year).")
  Integer year;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      defaultValue = "seeds",
      description = "Seeds folder to create the persona in (default: ${DEFAULT-VALUE}).")
  Path seeds;

  InitCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec);
    Choices.requireId("persona", persona);
    checkSources();
    int listingYear = ImportListingCommand.year(year, clock);
    Path dir = new OutputFolder(seeds).resolve("personas", persona);
    if (Files.isSymbolicLink(dir)) {
      throw new InputException(
          dir
              + " is a symbolic link; init makes a new folder there, so remove the link or choose"
              + " another id");
    }
    if (Files.exists(dir)) {
      throw new UsageException(dir + " already exists; choose another id or edit it");
    }
    Map<Path, byte[]> started = StarterSeeds.startIn(seeds);
    if (!started.isEmpty()) {
      console.wrote(started);
      console.info("started " + seeds + " with the stances and motions bundled with Podium");
    }
    boolean done = false;
    try {
      scaffold(dir, console);
      done = importProfile(console) && importListing(listingYear, console);
    } finally {
      // The folder is new: removing it undoes the run, so a failed import leaves nothing behind.
      if (!done) {
        removeTree(dir);
      }
    }
    if (!done) {
      console.error("podium: removed " + dir + " again; init wrote nothing");
      return ExitCode.BAD_INPUT.value();
    }
    console.info(
        fromProfile == null && fromListing == null
            ? "next: add evidence, then run podium check and podium brief " + persona
            : "next: run podium check and podium brief "
                + persona
                + "; argue themes in themes.yaml from the evidence");
    return ExitCode.OK.value();
  }

  private void checkSources() {
    if (name != null && fromProfile != null) {
      throw new UsageException(
          "--name and --from-profile both name the person; give one (the profile's '# Name' is"
              + " used)");
    }
    if (fromProfile != null && !Files.isRegularFile(fromProfile)) {
      throw new UsageException("profile not found: " + fromProfile);
    }
    if (fromListing != null && !Files.isRegularFile(fromListing)) {
      throw new UsageException("listing not found: " + fromListing);
    }
  }

  /**
   * Writes the scaffold files that no importer of this run will write. Their values are YAML
   * scalars written as the importers write them, so any name reads back as it was given.
   */
  private void scaffold(Path dir, Console console) throws IOException {
    String display = name != null ? name : fromId(persona);
    Map<String, String> values =
        Map.of(
            "id", persona,
            "name", display,
            "bio", display + " ... (one paragraph per item)");
    List<String> files = new ArrayList<>();
    if (fromProfile == null) {
      files.add("persona.yaml");
      files.add("themes.yaml");
    }
    if (fromListing == null) {
      files.add("evidence.yaml");
    }
    // The scaffold is one unit: all its files, or none.
    Map<Path, byte[]> scaffold = new LinkedHashMap<>();
    for (String file : files) {
      // One pass, so that a name that looks like a placeholder stays a name.
      String content =
          PLACEHOLDER
              .matcher(resource("/scaffold/" + file))
              .replaceAll(
                  m -> Matcher.quoteReplacement(YamlRecordWriter.scalar(values.get(m.group(1)))));
      scaffold.put(dir.resolve(file), content.getBytes(StandardCharsets.UTF_8));
    }
    SeedsDirectory seedsDir = SeedsDirectory.onDisk(seeds);
    for (Path target : scaffold.keySet()) {
      ImportWrites.requireInside(seedsDir, target);
    }
    AtomicFiles.write(scaffold);
    scaffold.forEach((target, bytes) -> console.wrote(new WrittenFile(target, bytes.length)));
  }

  private boolean importProfile(Console console) throws IOException {
    if (fromProfile == null) {
      return true;
    }
    SeedsDirectory dir = SeedsDirectory.onDisk(seeds);
    Diagnostics diagnostics = new Diagnostics();
    ImportPlan plan =
        new ProfileImport(dir)
            .plan(
                new ProfileImport.Request(fromProfile, fromProfile.toString(), persona, false),
                diagnostics);
    if (!ImportWrites.planned(plan, diagnostics, console)) {
      return false;
    }
    ImportProfileCommand.report(plan, false, console);
    ImportWrites.apply(plan, false, dir, dir.personaDir(persona), console);
    return true;
  }

  private boolean importListing(int listingYear, Console console) throws IOException {
    if (fromListing == null) {
      return true;
    }
    SeedsDirectory dir = SeedsDirectory.onDisk(seeds);
    Diagnostics diagnostics = new Diagnostics();
    ListingImport.Request request =
        new ListingImport.Request(
            fromListing, fromListing.toString(), persona, listingYear, year != null);
    ImportPlan plan = new ListingImport(dir).plan(request, diagnostics);
    if (!ImportWrites.planned(plan, diagnostics, console)) {
      return false;
    }
    ImportWrites.apply(
        plan,
        false,
        dir,
        dir.personaDir(persona),
        console,
        () -> ImportReport.print(plan, false, "listing", console));
    return true;
  }

  private static void removeTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String fromId(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(out.isEmpty() ? "" : " ")
          .append(Character.toUpperCase(part.charAt(0)))
          .append(part.substring(1));
    }
    return out.toString();
  }

  private static String resource(String name) throws IOException {
    try (var in = InitCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Podium was built without " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
