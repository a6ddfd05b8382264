package io.newsflow.enrich.domain.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.DateMention;
import io.newsflow.enrich.testing.SharedModels;

class TemporalExpressionExtractorTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 4, 5);

    private final TemporalExpressionExtractor extractor = SharedModels.dates();

    private String valueOf(String text, String expression, LocalDate reference) {
        List<DateMention> mentions = extractor.extract(text, reference);
        assertThat(mentions).extracting(DateMention::text).contains(expression);
        return mentions.stream().filter(m -> m.text().equals(expression)).findFirst().orElseThrow().value();
    }

    @Test
    void explicitDatesGetFullValuesWhateverTheirSpelling() {
        String text = "The harbour reopened on 2022-09-14. Talks resumed on 7 March 2021 and ended on Nov. 2, 2021.";
        assertThat(valueOf(text, "2022-09-14", null)).isEqualTo("2022-09-14");
        assertThat(valueOf(text, "7 March 2021", null)).isEqualTo("2021-03-07");
        assertThat(valueOf(text, "Nov. 2, 2021", null)).isEqualTo("2021-11-02");
    }

    @Test
    void monthsYearsDecadesAndDurationsKeepTheirGranularity() {
        String text = "The mill closed in October 2019. Fishing has declined since 2011. "
                + "Its walls date from the 1860s. The keeper worked there for 31 years.";
        assertThat(valueOf(text, "October 2019", null)).isEqualTo("2019-10");
        assertThat(valueOf(text, "2011", null)).isEqualTo("2011");
        assertThat(valueOf(text, "the 1860s", null)).isEqualTo("186X");
        assertThat(valueOf(text, "31 years", null)).isEqualTo("P31Y");
    }

    @Test
    void weekdaysResolveByTenseAgainstThePublicationDate() {
        String text = "The mayor said Friday that the bridge was safe. The council will vote Friday on repairs.";
        List<DateMention> mentions = extractor.extract(text, PUBLISHED);
        assertThat(mentions).extracting(DateMention::value).containsExactly("2023-03-31", "2023-04-07");
    }

    @Test
    void theTenseOfOneArticleDoesNotResolveTheNext() {
        String probe = "The report is due Friday. Monday is a holiday.";
        List<DateMention> alone = extractor.extract(probe, PUBLISHED);

        extractor.extract("The minister said Friday that she had resigned. They met Monday.", PUBLISHED);
        assertThat(extractor.extract(probe, PUBLISHED)).isEqualTo(alone);
        extractor.extract("The minister will sign Friday. They will meet Monday.", PUBLISHED);
        assertThat(extractor.extract(probe, PUBLISHED)).isEqualTo(alone);
    }

    @Test
    void weekdaysStayUnknownWithoutAPublicationDate() {
        String text = "The mayor said Friday that the bridge was safe.";
        assertThat(valueOf(text, "Friday", null)).isEqualTo("XXXX-WXX-5");
    }

    @Test
    void relativeMonthsResolveToTheMonthTheyName() {
        String text = "Prices rose last month. The warehouse burned about a month ago.";
        assertThat(valueOf(text, "last month", PUBLISHED)).isEqualTo("2023-03");
        assertThat(valueOf(text, "about a month ago", PUBLISHED)).isEqualTo("2023-03");
    }

    @Test
    void relativeExpressionsStayUnknownWithoutAPublicationDate() {
        String text = "Prices rose last month. The warehouse burned about a month ago. The mayor resigned yesterday. "
                + "Two weeks ago the port closed. Last year was dry.";
        assertThat(valueOf(text, "last month", null)).isEqualTo("XXXX-XX");
        assertThat(valueOf(text, "about a month ago", null)).isEqualTo("XXXX-XX");
        assertThat(valueOf(text, "yesterday", null)).isEqualTo("XXXX-XX-XX");
        assertThat(valueOf(text, "Two weeks ago", null)).isEqualTo("XXXX-WXX");
        assertThat(valueOf(text, "Last year", null)).isEqualTo("XXXX");
    }

    @Test
    void partsOfDayResolveToTheirDayOrStayUnknown() {
        String text = "The ferry was cancelled this morning. Last night the wind reached 90 km/h.";
        assertThat(valueOf(text, "this morning", PUBLISHED)).isEqualTo("2023-04-05TMO");
        assertThat(valueOf(text, "Last night", PUBLISHED)).isEqualTo("2023-04-04TNI");
        assertThat(valueOf(text, "this morning", null)).isEqualTo("XXXX-XX-XXTMO");
        assertThat(valueOf(text, "Last night", null)).isEqualTo("XXXX-XX-XXTNI");
    }

    @Test
    void expressionsInSentencesWithoutDigitsAreFoundThroughTheirCueWords() {
        String text = "Nobody expected it.\n\nThe harbour closed in the summer. Crews worked overnight.\n\n"
                + "Tomorrow the port reopens.";
        assertThat(extractor.extract(text, PUBLISHED)).extracting(DateMention::text)
                .containsExactly("summer", "overnight", "Tomorrow");
    }

    @Test
    void commaSeparatedRelativeExpressionsAreTwoMentionsNotOneIntersection() {
        String text = "It happened last month, about a month ago, in the north.";
        List<DateMention> mentions = extractor.extract(text, PUBLISHED);
        assertThat(mentions).extracting(DateMention::text).containsExactly("last month", "about a month ago");
        assertThat(mentions).extracting(DateMention::value).containsExactly("2023-03", "2023-03");
    }

    @Test
    void weekdayWithDateStaysOneExpression() {
        String text = "Ballots are counted on Tuesday, March 7, in every district.";
        assertThat(valueOf(text, "Tuesday, March 7", PUBLISHED)).isEqualTo("2023-03-07");
    }

    @Test
    void partialDatesTakeTheYearOfPublicationOrStayUnknown() {
        String text = "The ferry sank on February 24. A second one sank on February 20 of this year.";
        assertThat(valueOf(text, "February 24", PUBLISHED)).isEqualTo("2023-02-24");
        assertThat(valueOf(text, "February 20 of this year", PUBLISHED)).isEqualTo("2023-02-20");
        assertThat(valueOf(text, "February 24", null)).isEqualTo("XXXX-02-24");
        assertThat(valueOf(text, "February 20 of this year", null)).isEqualTo("XXXX-02-20");
    }

    @Test
    void presentAndPastReferencesStayTimexTokensWithOrWithoutAPublicationDate() {
        String text = "The union is now on strike. Wages fell recently.";
        for (LocalDate reference : new LocalDate[] {PUBLISHED, null}) {
            assertThat(valueOf(text, "now", reference)).isEqualTo("PRESENT_REF");
            assertThat(valueOf(text, "recently", reference)).isEqualTo("PAST_REF");
        }
    }

    @Test
    void offsetsPointAtTheExpressionInTheOriginalText() {
        String text = "Intro paragraph with “quotes” — and dashes.\n\nOn 12 June 2020 the dam “failed” yesterday.";
        List<DateMention> mentions = extractor.extract(text, PUBLISHED);
        assertThat(mentions).isNotEmpty();
        for (DateMention mention : mentions) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
        assertThat(mentions.get(0).start()).isEqualTo(text.indexOf("12 June 2020"));
        assertThat(mentions).extracting(DateMention::value).containsExactly("2020-06-12", "2023-04-04");
    }

    @Test
    void noTextNoMentions() {
        assertThat(extractor.extract("", PUBLISHED)).isEmpty();
        assertThat(extractor.extract("   \n\n ", null)).isEmpty();
        assertThat(extractor.extract(null, null)).isEmpty();
        assertThat(extractor.extract("A river runs through the old town.", PUBLISHED)).isEmpty();
    }

    @Test
    void unknownValuesFollowTheFinestUnitOfTheUnresolvedExpression() {
        assertThat(TemporalExpressionExtractor.unknownValue("THIS P1Y INTERSECT XXXX-02-20")).isEqualTo("XXXX-02-20");
        assertThat(TemporalExpressionExtractor.unknownValue("THIS P1M OFFSET P-1M")).isEqualTo("XXXX-XX");
        assertThat(TemporalExpressionExtractor.unknownValue("OFFSET P-1D")).isEqualTo("XXXX-XX-XX");
        assertThat(TemporalExpressionExtractor.unknownValue("THIS P1W")).isEqualTo("XXXX-WXX");
        assertThat(TemporalExpressionExtractor.unknownValue("OFFSET PT-3H")).isEqualTo("XXXX-XX-XXTXX:XX");
        assertThat(TemporalExpressionExtractor.unknownValue("THIS MO")).isEqualTo("XXXX-XX-XXTMO");
        assertThat(TemporalExpressionExtractor.unknownValue("TNI OFFSET P-1D")).isEqualTo("XXXX-XX-XXTNI");
        assertThat(TemporalExpressionExtractor.unknownValue("PREV_IMMEDIATE WE")).isEqualTo("XXXX-WXX-WE");
        assertThat(TemporalExpressionExtractor.unknownValue(null)).isNull();
    }
}
