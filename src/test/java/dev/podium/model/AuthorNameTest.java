package dev.podium.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorNameTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Philip H. S. Torr        | Philip H. S. Torr
          {Barnes and Noble}       | Barnes and Noble
          'Smith, Jr., John'       | John Smith Jr.
          'Martin Luther King, Jr.' | 'Martin Luther King, Jr.'
          '{\\"U}mit {\\c{C}}a'    | '{\\"U}mit {\\c{C}}a'
          """)
  void showsTheNameAsReadInRunningText(String stored, String shown) {
    assertThat(AuthorName.shown(stored)).isEqualTo(shown);
  }
}
