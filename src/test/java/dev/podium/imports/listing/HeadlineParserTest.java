package dev.podium.imports.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Title lines from made-up listings in other fields: other names, lengths and glue points than the
 * seed listing. Columns: line | title | authors (;-separated) | et al. | affiliations.
 */
class HeadlineParserTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          Quantum Error Correction with Surface CodesAlice Chen, Bob O'Brien, Carla van der Berg et al. · mit, ibm | Quantum Error Correction with Surface Codes | Alice Chen;Bob O'Brien;Carla van der Berg | true | mit;ibm
          On the Origin of Species, RevisitedCharles R. Darwin | On the Origin of Species, Revisited | Charles R. Darwin | false |
          Is Attention All You Need?Jean-Pierre Dupont, María José García-López | Is Attention All You Need? | Jean-Pierre Dupont;María José García-López | false |
          Proteins in the Wild:Ana Souza, Rui Costa | Proteins in the Wild: | Ana Souza;Rui Costa | false |
          Scaling Laws for CNNsZoë Müller, Łukasz Kaiser et al. | Scaling Laws for CNNs | Zoë Müller;Łukasz Kaiser | true |
          Benchmarking GPT-4Priya Natarajan, Wei Zhang | Benchmarking GPT-4 | Priya Natarajan;Wei Zhang | false |
          Economics of the Long TailJames MacDonald, Siobhan O'Connor | Economics of the Long Tail | James MacDonald;Siobhan O'Connor | false |
          A Tribute to Alan TuringGrace Hopper | A Tribute to Alan Turing | Grace Hopper | false |
          Soil Carbon Dynamics in the AmazonLudwig von Mises, Ahmad bin Ismail, Pedro de la Cruz | Soil Carbon Dynamics in the Amazon | Ludwig von Mises;Ahmad bin Ismail;Pedro de la Cruz | false |
          Civil Rights and the CourtsMartin Luther King, Jr., Rosa Parks | Civil Rights and the Courts | Martin Luther King, Jr.;Rosa Parks | false |
          Graph Minors XXJ. R. R. Tolkien, C. S. Lewis | Graph Minors XX | J. R. R. Tolkien;C. S. Lewis | false |
          Cell Biology of the NeuronSantiago Ramón y Cajal and Camillo Golgi | Cell Biology of the Neuron | Santiago Ramón y Cajal;Camillo Golgi | false |
          Hello, WorldMausam, Dan Weld | Hello, World | Mausam;Dan Weld | false |
          Smith et al. RevisitedJohn Doe | Smith et al. Revisited | John Doe | false |
          Running Language Models on a MacJohn Appleseed | Running Language Models on a Mac | John Appleseed | false |
          Chain-of-ThoughtAnn Lee, Yann LeCun | Chain-of-Thought | Ann Lee;Yann LeCun | false |
          Learning (Mostly) Without LabelsKim Ji-woo, Park Seo-yeon | Learning (Mostly) Without Labels | Kim Ji-woo;Park Seo-yeon | false |
          Tidal Forcing of Ice SheetsAngus McGregor, Ngaio Te Whiu, Aroha d'Alembert · niwa | Tidal Forcing of Ice Sheets | Angus McGregor;Ngaio Te Whiu;Aroha d'Alembert | false | niwa
          The "Property X" Problem Revisited: Agents in the WildEsi Mensah-Bonsu, Kwame Nkrumah et al. | The "Property X" Problem Revisited: Agents in the Wild | Esi Mensah-Bonsu;Kwame Nkrumah | true |
          Dating the Rise of Oxygen · A ReviewMarta Nowak, Jan Kowalski | Dating the Rise of Oxygen · A Review | Marta Nowak;Jan Kowalski | false |
          Why RLHF Works, Mostly: A Mechanistic AccountTony T. Wang, Shay B. Cohen, Philip H. S. Torr et al. | Why RLHF Works, Mostly: A Mechanistic Account | Tony T. Wang;Shay B. Cohen;Philip H. S. Torr | true |
          Measuring Inflation ExpectationsAnna Schwartz & Milton Friedman | Measuring Inflation Expectations | Anna Schwartz;Milton Friedman | false |
          Peat Bogs of ConnachtSiobhán O’Sullivan, Ciarán Ó Dálaigh, Seán Mac Giolla Phádraig | Peat Bogs of Connacht | Siobhán O’Sullivan;Ciarán Ó Dálaigh;Seán Mac Giolla Phádraig | false |
          Sols et climat en FranceJean DUPONT, Ana GARCÍA-LÓPEZ et al. · inrae | Sols et climat en France | Jean DUPONT;Ana GARCÍA-LÓPEZ | true | inrae
          Dynamics of the Ottoman EconomyŞevket Pamuk, Halil İnalcık | Dynamics of the Ottoman Economy | Şevket Pamuk;Halil İnalcık | false |
          """)
  void splitsTitleFromAuthors(
      String line, String title, String authors, boolean etAl, String affiliations) {
    HeadlineParser.Result result = HeadlineParser.parse(line);
    assertThat(result.problem()).isNull();
    Headline headline = result.headline();
    assertThat(headline.title()).isEqualTo(title);
    assertThat(headline.authors()).isEqualTo(Arrays.asList(authors.split(";")));
    assertThat(headline.etAl()).isEqualTo(etAl);
    assertThat(headline.affiliations())
        .isEqualTo(affiliations == null ? List.of() : Arrays.asList(affiliations.split(";")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Deep Learning for Everyone | 1
          Deep Learning for EveryoneJohn smith, Ada Lovelace | 1
          A Study of Things, and Others, Ada Lovelace | 20
          A Title Without Glue Ada Lovelace, Alan Turing | 1
          """)
  void reportsWhereNoAuthorListWasFound(String line, int column) {
    HeadlineParser.Result result = HeadlineParser.parse(line);
    assertThat(result.ok()).isFalse();
    assertThat(result.column()).isEqualTo(column);
    assertThat(result.problem()).startsWith("no author list found");
  }

  @Test
  void aNameMayNotSwallowTheEndOfTheTitle() {
    assertThat(PersonName.isName("LLMsAdi Simhi")).isFalse();
    assertThat(PersonName.isName("ConcernKayla Matteucci")).isFalse();
    assertThat(PersonName.isName("JailbreakingJohn Hughes")).isFalse();
    assertThat(PersonName.isFirstAuthorName("MacJohn Appleseed")).isFalse();
    assertThat(PersonName.isName("Monte MacDiarmid")).isTrue();
    assertThat(PersonName.isName("Denny O'Shea")).isTrue();
    assertThat(PersonName.isName("Yoav Gur-Arieh")).isTrue();
    assertThat(PersonName.isName("de la Cruz")).isFalse();
  }
}
