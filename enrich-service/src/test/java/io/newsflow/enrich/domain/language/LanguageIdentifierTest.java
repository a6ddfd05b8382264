package io.newsflow.enrich.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsflow.enrich.testing.SharedModels;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = SharedModels.languages();

    @Test
    void tellsWesternEuropeanLanguages() {
        assertThat(identifier.identify("The harbour authority closed the northern pier after the storm damaged "
                + "its supports, and ferries will use the southern dock until further notice.")).isEqualTo("en");
        assertThat(identifier.identify("Die Hafenbehörde hat den nördlichen Pier nach dem Sturm gesperrt, und die "
                + "Fähren legen bis auf Weiteres am südlichen Anleger an.")).isEqualTo("de");
        assertThat(identifier.identify("L'autorité portuaire a fermé la jetée nord après la tempête, et les ferries "
                + "accosteront au quai sud jusqu'à nouvel ordre.")).isEqualTo("fr");
    }

    @Test
    void tellsCyrillicLanguagesApart() {
        assertThat(identifier.identify("Администрация порта закрыла северный причал после шторма, и паромы будут "
                + "швартоваться у южного причала до дальнейшего уведомления.")).isEqualTo("ru");
        assertThat(identifier.identify("Адміністрація порту закрила північний причал після шторму, і пороми "
                + "швартуватимуться біля південного причалу до подальшого повідомлення.")).isEqualTo("uk");
        assertThat(identifier.identify("Адміністрацыя порта зачыніла паўночны прычал пасля шторму, і паромы будуць "
                + "швартавацца каля паўднёвага прычала да далейшага паведамлення.")).isEqualTo("be");
    }

    @Test
    void tooLittleTextHasNoLanguage() {
        assertThat(identifier.identify(null)).isNull();
        assertThat(identifier.identify("")).isNull();
        assertThat(identifier.identify("Hello")).isNull();
        assertThat(identifier.identify("Порт")).isNull();
        assertThat(identifier.identify("12:40 — 2023-04-01 — 17 / 22")).isNull();
    }

    @Test
    void aListOfForeignNamesIsNotGuessedAt() {
        assertThat(identifier.identify("Kowalczyk Haugland Virtanen Lindqvist")).isNull();
    }
}
