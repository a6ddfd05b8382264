package io.newsflow.cleaner.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as pages in many languages write them, read with month names and day/month order from ICU. */
class MultilingualDatesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|3. März 2024|2024-03-03",
        "de|Sonntag, 3. Maerz 2024, 10:15 Uhr|2024-03-03",
        "de|03.03.2024|2024-03-03",
        "de-AT|3. Jänner 2024|2024-01-03",
        "pl|3 marca 2024 r.|2024-03-03",
        "pl|3 listopada 2023|2023-11-03",
        "pl|14 paź 2023|2023-10-14",
        "hr|3. listopada 2023.|2023-10-03",
        "es|3 de marzo de 2024|2024-03-03",
        "es|3 de septiembre de 2024|2024-09-03",
        "fr|1er février 2024|2024-02-01",
        "fr|3 févr. 2024|2024-02-03",
        "it|3 marzo 2024|2024-03-03",
        "ru|3 марта 2024 г.|2024-03-03",
        "ru|3 мар. 2024|2024-03-03",
        "uk|3 березня 2024 року|2024-03-03",
        "uk|12 листопада 2023|2023-11-12",
        "pt|3 de março de 2024|2024-03-03",
        "pt|3 de marco de 2024|2024-03-03",
        "nl|3 maart 2024|2024-03-03",
        "nl|3 mrt 2024|2024-03-03",
        "cs|3. března 2024|2024-03-03",
        "tr|3 Mart 2024|2024-03-03",
        "sv|3 mars 2024|2024-03-03",
        "fi|3. maaliskuuta 2024|2024-03-03",
        "hu|2024. március 3.|2024-03-03",
        "el|3 Μαρτίου 2024|2024-03-03",
        "en|March 3, 2024|2024-03-03",
    })
    void readsMonthNamesInThePagesLanguage(String language, String text, String expected) {
        assertThat(DateTextParser.parse(text, Locale.forLanguageTag(language))).hasValue(LocalDate.parse(expected));
    }

    @Test
    void monthNamesAreReadEvenWhenThePageDeclaresNoLanguage() {
        assertThat(DateTextParser.parse("3 marca 2024")).hasValue(LocalDate.of(2024, 3, 3));
        assertThat(DateTextParser.parse("3 марта 2024 г.")).hasValue(LocalDate.of(2024, 3, 3));
        assertThat(DateTextParser.parse("3 березня 2024")).hasValue(LocalDate.of(2024, 3, 3));
        assertThat(DateTextParser.parse("3. März 2024")).hasValue(LocalDate.of(2024, 3, 3));
    }

    @Test
    void theSameWordNamesTheMonthOfThePagesLanguage() {
        // Polish November, Croatian October; without a language the month most languages mean
        assertThat(DateTextParser.parse("3 listopada 2023", Locale.forLanguageTag("pl")))
                .hasValue(LocalDate.of(2023, 11, 3));
        assertThat(DateTextParser.parse("3 listopada 2023", Locale.forLanguageTag("hr")))
                .hasValue(LocalDate.of(2023, 10, 3));
    }

    @Test
    void numericDayAndMonthOrderFollowsThePagesLocale() {
        assertThat(DateTextParser.parse("03/04/2024", Locale.forLanguageTag("en-US"))).hasValue(LocalDate.of(2024, 3, 4));
        assertThat(DateTextParser.parse("03/04/2024", Locale.forLanguageTag("en-GB"))).hasValue(LocalDate.of(2024, 4, 3));
        assertThat(DateTextParser.parse("03.04.2024", Locale.forLanguageTag("de"))).hasValue(LocalDate.of(2024, 4, 3));
        assertThat(DateTextParser.parse("03.04.2024", Locale.forLanguageTag("pl"))).hasValue(LocalDate.of(2024, 4, 3));
        assertThat(DateTextParser.parse("03.04.2024", Locale.forLanguageTag("ru"))).hasValue(LocalDate.of(2024, 4, 3));
        assertThat(DateTextParser.parse("03/04/2024", Locale.forLanguageTag("sv"))).as("sv writes y-MM-dd")
                .hasValue(LocalDate.of(2024, 4, 3));
        assertThat(DateTextParser.parse("03.04.2024", Locale.forLanguageTag("en-US")))
                .as("no locale writes month first with dots: a German page mislabelled en-US")
                .hasValue(LocalDate.of(2024, 4, 3));
        assertThat(DateTextParser.parse("03/04/2024")).as("unknown language: day first")
                .hasValue(LocalDate.of(2024, 4, 3));
    }

    @Test
    void aNumberAbove12IsTheDayWhateverTheLocale() {
        assertThat(DateTextParser.parse("25/12/2023", Locale.forLanguageTag("en-US")))
                .hasValue(LocalDate.of(2023, 12, 25));
        assertThat(DateTextParser.parse("12/25/2023", Locale.forLanguageTag("de")))
                .hasValue(LocalDate.of(2023, 12, 25));
    }

    @Test
    void aWeekdayWrittenBeforeANumericDateDecidesItsOrder() {
        // 2024-03-04 was a Monday, 2024-04-03 a Wednesday
        assertThat(DateTextParser.parse("Monday, 03/04/2024", Locale.forLanguageTag("en-GB")))
                .hasValue(LocalDate.of(2024, 3, 4));
        assertThat(DateTextParser.parse("Mi., 03.04.2024", Locale.forLanguageTag("de")))
                .hasValue(LocalDate.of(2024, 4, 3));
        assertThat(DateTextParser.parse("Wednesday 03/04/2024", Locale.forLanguageTag("en-US")))
                .hasValue(LocalDate.of(2024, 4, 3));
    }

    @Test
    void updateLabelsInSeveralLanguagesMarkTheModification() {
        for (String text : new String[] {"Aktualisiert am 5.3.2024", "zaktualizowano 5.03.2024",
            "Actualizado el 5 de marzo de 2024", "Atualizado em 05/03/2024", "mis à jour le 5 mars 2024",
            "Оновлено 5 березня 2024", "Updated March 5, 2024"}) {
            DateTextParser.DateMatch date = DateTextParser.findAll(text).get(0);
            assertThat(DateTextParser.isLabelledUpdate(text, date)).as(text).isTrue();
        }
    }

    @Test
    void ordinaryWordsBetweenANumberAndAYearAreNotMonths() {
        assertThat(DateTextParser.parse("3 von 2024")).isEmpty();
        assertThat(DateTextParser.parse("Kapitel 3 aus 2024")).isEmpty();
        assertThat(DateTextParser.parse("12 people in 2024")).isEmpty();
    }
}
