package io.newsflow.query.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleQueryTest {

    private static final ArticleQuery.Limits LIMITS = new ArticleQuery.Limits(20, 100);

    private static ArticleQuery parse(String q, List<String> entity, String lang, String from, String to, String page,
            String size, String includeDuplicates) {
        return ArticleQuery.parse(q, entity, null, lang, from, to, page, size, includeDuplicates, null, LIMITS);
    }

    @Test
    void absentParametersTakeTheDefaults() {
        ArticleQuery query = parse(null, null, null, null, null, null, null, null);
        assertThat(query).isEqualTo(
                new ArticleQuery(null, List.of(), List.of(), null, null, null, 0, 20, false, ArticleQuery.Sort.NEWEST,
                        List.of()));
        assertThat(query.offset()).isZero();
    }

    @Test
    void blankParametersCountAsAbsentAndTextIsTrimmedToSingleSpaces() {
        ArticleQuery query = parse("  harbour \t museum ", List.of(" ", "Ada  Okafor "), " ", "", " ", "", "", "");
        assertThat(query.text()).isEqualTo("harbour museum");
        assertThat(query.entities()).containsExactly("Ada Okafor");
        assertThat(query.language()).isNull();
        assertThat(query.from()).isNull();
    }

    @Test
    void repeatedEntitiesAreKeptOnceEach() {
        assertThat(parse(null, Arrays.asList("Donbas", "Donbass", "Donbas", null), null, null, null, null, null, null)
                .entities()).containsExactly("Donbas", "Donbass");
    }

    @Test
    void datesAreInclusiveIsoDaysAndMustBeInOrder() {
        ArticleQuery query = parse(null, null, null, "2023-04-01", "2023-04-30", null, null, null);
        assertThat(query.from()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(parse(null, null, null, "2023-04-01", "2023-04-01", null, null, null).to())
                .isEqualTo(query.from());
        assertThatThrownBy(() -> parse(null, null, null, "2023-05-01", "2023-04-01", null, null, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("'from' (2023-05-01) must not be after 'to' (2023-04-01)");
    }

    @Test
    void malformedDatesAreRefusedNamingTheParameterAndTheForm() {
        assertThatThrownBy(() -> parse(null, null, null, "01/04/2023", null, null, null, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("'from' must be an ISO date (yyyy-MM-dd), got '01/04/2023'");
        assertThatThrownBy(() -> parse(null, null, null, null, "2023-02-30", null, null, null))
                .hasMessageStartingWith("'to' must be an ISO date");
    }

    @Test
    void pageSizeIsCappedAndPagesMustBePositiveIntegers() {
        ArticleQuery query = parse(null, null, null, null, null, "2", "1000", null);
        assertThat(query.size()).isEqualTo(100);
        assertThat(query.offset()).isEqualTo(200);
        assertThatThrownBy(() -> parse(null, null, null, null, null, "-1", null, null))
                .hasMessage("'page' must be at least 0, got -1");
        assertThatThrownBy(() -> parse(null, null, null, null, null, null, "0", null))
                .hasMessage("'size' must be at least 1, got 0");
        assertThatThrownBy(() -> parse(null, null, null, null, null, "first", null, null))
                .hasMessage("'page' must be an integer, got 'first'");
    }

    @Test
    void languageIsALowerCasedIsoCode() {
        assertThat(parse(null, null, "EN", null, null, null, null, null).language()).isEqualTo("en");
        assertThatThrownBy(() -> parse(null, null, "english", null, null, null, null, null))
                .hasMessageStartingWith("'lang' must be an ISO 639 code");
    }

    @Test
    void includeDuplicatesIsABoolean() {
        assertThat(parse(null, null, null, null, null, null, null, "TRUE").includeDuplicates()).isTrue();
        assertThat(parse(null, null, null, null, null, null, null, "false").includeDuplicates()).isFalse();
        assertThatThrownBy(() -> parse(null, null, null, null, null, null, null, "sometimes"))
                .hasMessage("'includeDuplicates' must be true or false, got 'sometimes'");
    }

    @Test
    void sortDefaultsToRelevanceWithTextAndToNewestWithout() {
        assertThat(parse("harbour", null, null, null, null, null, null, null).sort())
                .isEqualTo(ArticleQuery.Sort.RELEVANCE);
        assertThat(ArticleQuery.parse("harbour", null, null, null, null, null, null, null, null, "Oldest", LIMITS).sort())
                .isEqualTo(ArticleQuery.Sort.OLDEST);
        assertThat(ArticleQuery.parse(null, null, null, null, null, null, null, null, null, "relevance", LIMITS).sort())
                .as("nothing to rank by").isEqualTo(ArticleQuery.Sort.NEWEST);
        assertThatThrownBy(() -> ArticleQuery.parse(null, null, null, null, null, null, null, null, null, "best", LIMITS))
                .hasMessage("'sort' must be one of RELEVANCE, NEWEST, OLDEST, got 'best'");
    }

    @Test
    void entityNamesAndKeysAreBoundedAndFreeOfControlCharacters() {
        assertThatThrownBy(() -> parse(null, List.of("x".repeat(10_000)), null, null, null, null, null, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("'entity' is 10000 characters long; a name has at most 200");
        assertThatThrownBy(() -> parse(null, List.of("Luka\u0000shenka"), null, null, null, null, null, null))
                .hasMessage("'entity' contains a control character");
        assertThatThrownBy(() -> ArticleQuery.parse(null, null, List.of("person:\u0007x"), null, null, null, null,
                null, null, null, LIMITS)).hasMessage("'entityKey' contains a control character");
        assertThat(ArticleQuery.parse(null, null, List.of(" person:x ", "person:x"), null, null, null, null, null,
                null, null, LIMITS).entityKeys()).containsExactly("person:x");
    }

    @Test
    void resolvedKeysComeOnePerEntityName() {
        ArticleQuery query = parse(null, List.of("Kiev", "Lukashenka"), null, null, null, null, null, null);
        assertThat(query.resolvedKeys()).isEmpty();
        assertThat(query.resolved(List.of(List.of("loc:kyiv"), List.of())).resolvedKeys())
                .containsExactly(List.of("loc:kyiv"), List.of());
        assertThatThrownBy(() -> query.resolved(List.of(List.of("loc:kyiv"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
