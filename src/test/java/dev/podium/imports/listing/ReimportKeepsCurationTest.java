package dev.podium.imports.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.imports.Edits;
import dev.podium.imports.EvidenceMerger;
import dev.podium.imports.RecordChange;
import dev.podium.imports.Slugs;
import dev.podium.judge.StanceTagger;
import dev.podium.load.Diagnostics;
import dev.podium.load.RecordBinder;
import dev.podium.load.SeedsDirectory;
import dev.podium.load.SeedsLoader;
import dev.podium.model.DatePrecision;
import dev.podium.model.Evidence;
import dev.podium.model.ItemType;
import dev.podium.model.Side;
import dev.podium.model.Taxonomy;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever a person curates in evidence.yaml survives a re-import of a changed listing
 * unchanged, while fields still as imported follow the new listing. Each seed curates a random set
 * of fields of random records; 100 seeds give well over 1,000 curations.
 */
class ReimportKeepsCurationTest {
  private static final RecordComponent[] FIELDS = Evidence.class.getRecordComponents();
  private static final List<String> STANCES =
      List.of("deception", "unlearning-limits", "governance");
  private static final String NEW_ENTRY =
      "88.0LGJun 1\n"
          + "A Brand New Paper on AuditsZoë Müller, Kwame Nkrumah\n"
          + "We find that audits help. Audits matter.\n";

  /** 100 seeds × 12 = 1,200 curations. */
  private static final int CURATIONS_PER_SEED = 12;

  private static final String NEW_TITLE = "A Brand New Paper on Audits";

  private static List<Evidence> base;
  private static List<Evidence> theirs;

  @BeforeAll
  static void importBothListings() throws Exception {
    String old = Files.readString(SeedListingTruth.LISTING);
    String changed =
        NEW_ENTRY
            + old.replace("93.1CLMay 17Code", "95.0CLMay 17")
                .replace("PMIC: Improving Multi-Agent", "XX")
                .replace(
                    "Understanding Addition in TransformersPhilip",
                    "Understanding Addition in Transformer ModelsPhilip")
                .replace(
                    "create a false impression of safety.",
                    "create a false impression of safety. We release code.")
                .replace("CLDec 4, 2024Code", "CLDec 5, 2024Code");
    changed = dropEntry(changed, "XX");
    Taxonomy taxonomy =
        new SeedsLoader(SeedsDirectory.onDisk(Path.of("seeds")))
            .taxonomy(new Diagnostics())
            .value();
    ListingImporter importer = new ListingImporter(new StanceTagger(taxonomy));
    base = importer.toEvidence(parse(old), new Slugs(List.of()));
    theirs = importer.toEvidence(parse(changed), new Slugs(List.of()));
    assertThat(theirs).hasSize(base.size()).extracting(Evidence::title).contains(NEW_TITLE);
    assertThat(base.get(2).title()).startsWith("PMIC");
  }

  static List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (long s = 1; s <= 100; s++) {
      seeds.add(s);
    }
    return seeds;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void curatedFieldsSurviveAndImportedFieldsFollowTheListing(long seed) {
    Random random = new Random(seed);
    List<Evidence> ours = new ArrayList<>(base);
    Map<Integer, Map<String, Object>> curated = new LinkedHashMap<>();
    while (curated.values().stream().mapToInt(Map::size).sum() < CURATIONS_PER_SEED) {
      int index = random.nextInt(ours.size());
      String key = RecordBinder.keyOf(FIELDS[random.nextInt(FIELDS.length)]);
      Map<String, Object> fields = curated.computeIfAbsent(index, i -> new LinkedHashMap<>());
      if (fields.containsKey(key) || identityLost(fields, key)) {
        continue;
      }
      Evidence edited = curate(ours.get(index), key, random);
      ours.set(index, edited);
      fields.put(key, Edits.get(edited, key));
    }

    EvidenceMerger.Result result = EvidenceMerger.merge(ours, base, theirs, List.of());

    Map<String, Evidence> byId = new HashMap<>();
    result.evidence().forEach(e -> byId.put(e.id(), e));
    assertThat(byId).as("ids stay unique").hasSameSizeAs(result.evidence());
    for (Map.Entry<Integer, Map<String, Object>> entry : curated.entrySet()) {
      Evidence merged = byId.get(ours.get(entry.getKey()).id());
      assertThat(merged)
          .as("curated record %s is still there", ours.get(entry.getKey()).id())
          .isNotNull();
      entry
          .getValue()
          .forEach(
              (key, value) ->
                  assertThat(Edits.get(merged, key))
                      .as("%s.%s", merged.id(), key)
                      .isEqualTo(value));
    }
    for (int i = 0; i < ours.size(); i++) {
      Evidence listed = listed(base.get(i));
      if (!curated.containsKey(i) && listed != null) {
        Evidence mine = ours.get(i);
        assertThat(byId.get(mine.id()))
            .as("uncurated %s follows the listing", mine.id())
            .isEqualTo(Edits.with(listed, "id", mine.id()));
      }
    }
    assertThat(
            result.changes().stream()
                .filter(c -> c.kind() == RecordChange.Kind.ADDED)
                .map(RecordChange::title))
        .containsExactly(NEW_TITLE);
    assertThat(
            result.changes().stream()
                .filter(c -> c.kind() == RecordChange.Kind.NOT_IN_SOURCE)
                .map(RecordChange::id))
        .containsExactly(ours.get(2).id());
  }

  /** The new listing's record for a paper of the old one, found by unchanged title or abstract. */
  private static Evidence listed(Evidence old) {
    return theirs.stream()
        .filter(t -> t.title().equals(old.title()) || t.abstract_().equals(old.abstract_()))
        .findFirst()
        .orElse(null);
  }

  /** Editing id, title and abstract of one record leaves nothing to recognise it by. */
  private static boolean identityLost(Map<String, Object> fields, String key) {
    Set<String> identity = Set.of("id", "title", "abstract");
    return identity.contains(key)
        && fields.keySet().stream().filter(identity::contains).filter(k -> !k.equals(key)).count()
            == 2;
  }

  private static Evidence curate(Evidence e, String key, Random random) {
    Object value =
        switch (key) {
          case "id" -> "hand-" + word(random);
          case "title" -> e.title() + " (" + word(random) + ")";
          case "authors" -> List.of("Grace Hopper", word(random));
          case "et_al" -> !e.etAl();
          case "date" -> e.date().plusDays(1 + random.nextInt(400));
          case "category" -> "Q" + (char) ('A' + random.nextInt(26));
          case "url" -> "https://example.org/" + word(random);
          case "links" -> List.of(new Evidence.Link("Code", "https://example.org/" + word(random)));
          case "abstract" -> e.abstract_() + " Edited by hand: " + word(random) + ".";
          case "stances" -> otherStances(e.stances(), random);
          case "matched_terms" -> List.of("note: " + word(random));
          case "finding" -> "By hand: " + word(random) + ".";
          case "quotes" -> List.of(span(e.abstract_(), random));
          case "key" -> !e.key();
          case "code" -> !e.code();
          case "score" -> e.score() == null ? 50.0 + random.nextInt(50) : null;
          case "affiliations" -> List.of(word(random));
          case "bearing" -> e.bearing() == Side.FOR ? Side.AGAINST : Side.FOR;
          case "bearing_reason" -> "By hand: " + word(random) + ".";
          case "speaker_authored" ->
              e.speakerAuthored() == null ? random.nextBoolean() : !e.speakerAuthored();
          case "date_precision" ->
              e.precision() == DatePrecision.YEAR ? DatePrecision.MONTH : DatePrecision.YEAR;
          case "type" -> e.type() == ItemType.ARTICLE ? ItemType.BOOK : ItemType.ARTICLE;
          case "container" -> "Journal of " + word(random);
          case "doi" -> "10.1000/" + word(random);
          case "arxiv_id" -> "2501." + (10000 + random.nextInt(90000));
          case "volume" -> String.valueOf(1 + random.nextInt(60));
          case "pages" -> (1 + random.nextInt(9)) + "--" + (10 + random.nextInt(9));
          case "publisher" -> "Press of " + word(random);
          default -> throw new IllegalArgumentException(key);
        };
    return Edits.with(e, key, value);
  }

  private static List<String> otherStances(List<String> current, Random random) {
    List<String> picked;
    do {
      picked = STANCES.stream().filter(s -> random.nextBoolean()).toList();
    } while (picked.equals(current));
    return picked;
  }

  /** A verbatim span of the text, as a person would copy a quote. */
  private static String span(String text, Random random) {
    int start = random.nextInt(Math.max(1, text.length() - 40));
    return text.substring(start, Math.min(text.length(), start + 20 + random.nextInt(60))).strip();
  }

  private static String word(Random random) {
    return random
        .ints(6, 'a', 'z' + 1)
        .mapToObj(c -> String.valueOf((char) c))
        .collect(Collectors.joining());
  }

  private static List<ListingEntry> parse(String text) {
    Diagnostics diagnostics = new Diagnostics();
    List<ListingEntry> entries =
        new ListingParser("listing.txt", SeedListingTruth.YEAR, diagnostics).parse(text);
    assertThat(diagnostics.hasErrors()).isFalse();
    return entries;
  }

  private static String dropEntry(String text, String titleStart) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(titleStart)) {
        lines.subList(i - 1, i + 2).clear();
        break;
      }
    }
    return String.join("\n", lines);
  }
}
