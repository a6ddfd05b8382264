package io.newsflow.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CyrillicNamesTest {

    private static String surname(String word, Set<String> seen) {
        return CyrillicNames.personWord(word, false, false, seen);
    }

    @Test
    void productiveSurnameParadigmsGoBackToTheNominative() {
        assertThat(surname("Путина", Set.of())).isEqualTo("Путин");
        assertThat(surname("Путину", Set.of())).isEqualTo("Путин");
        assertThat(surname("Путиным", Set.of())).isEqualTo("Путин");
        assertThat(surname("Зеленського", Set.of())).isEqualTo("Зеленський");
        assertThat(surname("Ивановой", Set.of())).isEqualTo("Иванова");
        assertThat(CyrillicNames.personWord("Соколову", false, true, Set.of())).isEqualTo("Соколова");
    }

    @Test
    void indeclinableAndUnknownNamesStayAsWritten() {
        assertThat(surname("Лукашенко", Set.of())).isEqualTo("Лукашенко");
        assertThat(surname("Шойгу", Set.of())).isEqualTo("Шойгу");
        assertThat(surname("Сибіга", Set.of())).isEqualTo("Сибіга");
    }

    @Test
    void anAmbiguousEndingIsUndoneOnlyWhenTheArticleUsesTheBareForm() {
        assertThat(surname("Фридмана", Set.of())).isEqualTo("Фридмана");
        assertThat(surname("Фридмана", Set.of("фридман"))).isEqualTo("Фридман");
        assertThat(surname("Туском", Set.of())).isEqualTo("Туск");
        assertThat(surname("Зеленском", Set.of("зеленский"))).isEqualTo("Зеленский");
    }

    @Test
    void givenNamesInAnyCaseAreRecognized() {
        assertThat(CyrillicNames.givenName("Михаилом")).isEqualTo("Михаил");
        assertThat(CyrillicNames.givenName("Сергея")).isEqualTo("Сергей");
        assertThat(CyrillicNames.givenName("Олександра")).isEqualTo("Олександр");
        assertThat(CyrillicNames.givenName("Минск")).isNull();
        assertThat(CyrillicNames.isPatronymic("Григорьевич")).isTrue();
        assertThat(CyrillicNames.isPatronymic("Петрівна")).isTrue();
        assertThat(CyrillicNames.isPatronymic("Минск")).isFalse();
    }

    @Test
    void casesOfAPlaceShareOneStem() {
        assertThat(CyrillicNames.stem("Москвы")).isEqualTo(CyrillicNames.stem("Москва"))
                .isEqualTo(CyrillicNames.stem("Москве")).isEqualTo("Москв");
        assertThat(CyrillicNames.stem("России")).isEqualTo(CyrillicNames.stem("Россию"));
        assertThat(CyrillicNames.stem("Минске")).isEqualTo("Минск");
        assertThat(CyrillicNames.stem("НАТО")).isEqualTo("НАТО");
    }
}
