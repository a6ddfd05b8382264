package io.newsflow.cleaner.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateTextParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021-03-03|2021-03-03",
        "2021-03-03T23:30:00-05:00|2021-03-03",
        "2021/3/3|2021-03-03",
        "Wed, 03 Mar 2021 10:00:00 GMT|2021-03-03",
        "3. März 2021|2021-03-03",
        "Mittwoch, 3. Maerz 2021, 14:05 Uhr|2021-03-03",
        "03.03.2021|2021-03-03",
        "3. 3. 2021|2021-03-03",
        "31/12/2020|2020-12-31",
        "12/31/2020|2020-12-31",
        "March 3, 2021|2021-03-03",
        "Mar. 3rd 2021|2021-03-03",
        "3rd of March, 2021|2021-03-03",
        "1er mars 2021|2021-03-01",
        "3 de marzo de 2021|2021-03-03",
        "3 marzo 2021|2021-03-03",
        "3 maart 2021|2021-03-03",
        "3 marca 2021|2021-03-03",
        "3 марта 2021|2021-03-03",
        "2021年3月3日|2021-03-03",
        "duminică, 20 septembrie 2020|2020-09-20",
        "date 2023-04-01 By Chris Doe • 01 April 2023 • 3:25|2023-04-01",
    })
    void readsADayInManyFormatsAndLanguages(String text, String expected) {
        assertThat(DateTextParser.parse(text)).hasValue(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2021", "March 2021", "31.02.2021", "2021-13-45", "20210303123", "10:30", "", "  "})
    void monthsYearsAndImpossibleDaysAreNotDays(String text) {
        assertThat(DateTextParser.parse(text)).isEmpty();
    }

    @Test
    void findAllGivesEveryDayWithItsPositionAndNoOverlaps() {
        String text = "Erschienen am 3. März 2021, aktualisiert am 05.03.2021 (zuvor 2021-02-28).";

        assertThat(DateTextParser.findAll(text)).extracting(DateTextParser.DateMatch::date).containsExactly(
                LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 5), LocalDate.of(2021, 2, 28));
        DateTextParser.DateMatch first = DateTextParser.findAll(text).get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("3. März 2021");
    }

    @Test
    void plausibleMeansFrom1995UntilToday() {
        LocalDate today = LocalDate.of(2026, 1, 1);

        assertThat(DateTextParser.isPlausible(LocalDate.of(1995, 1, 1), today)).isTrue();
        assertThat(DateTextParser.isPlausible(today, today)).isTrue();
        assertThat(DateTextParser.isPlausible(LocalDate.of(1994, 12, 31), today)).isFalse();
        assertThat(DateTextParser.isPlausible(today.plusDays(1), today)).isFalse();
        assertThat(DateTextParser.isPlausible(null, today)).isFalse();
    }

    @Test
    void bylinesNameTheAuthorInSeveralLanguages() {
        assertThat(Bylines.author("date 2023-04-01 By Chris Doe • 01 April 2023 • 3:25")).hasValue("Chris Doe");
        assertThat(Bylines.author("Von Ursula von der Heide | 3. März 2021")).hasValue("Ursula von der Heide");
        assertThat(Bylines.author("par Jean Dupont, le 1er mars 2021")).hasValue("Jean Dupont");
        assertThat(Bylines.author("Author: Ana Ruiz")).hasValue("Ana Ruiz");
        assertThat(Bylines.author("Published 3 March 2021")).isEmpty();
        assertThat(Bylines.author("killed by shelling")).isEmpty();
    }
}
