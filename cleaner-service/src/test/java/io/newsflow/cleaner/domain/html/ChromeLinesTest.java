package io.newsflow.cleaner.domain.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChromeLinesTest {

    @Test
    void staffCreditsClosingAStoryAreFurniture() {
        assertThat(ChromeLines.reason("(Reporting by Ada Lind in Oslo; Editing by Tom Vale)")).isEqualTo("credits");
        assertThat(ChromeLines.reason("Reporting by Ada Lind; additional reporting by Jo Marr")).isEqualTo("credits");
        assertThat(ChromeLines.reason("Wire writers Ada Lind and Jo Marr contributed to this report."))
                .isEqualTo("credits");
        assertThat(ChromeLines.reason("Ada Lind contributed reporting from Bergen.")).isEqualTo("credits");
    }

    @Test
    void followUsOnSocialNetworksLineIsAShareBar() {
        assertThat(ChromeLines.reason("Follow the Valley Gazette on Facebook, Twitter and Instagram."))
                .isEqualTo("share-bar");
    }

    @Test
    void moreColonIntroducingALinkListIsRelatedLinks() {
        assertThat(ChromeLines.reason("More:")).isEqualTo("related-links");
        assertThat(ChromeLines.reason("More on this story:")).isEqualTo("related-links");
    }

    @Test
    void adLabelsInOtherLanguagesAreAdvertisements() {
        assertThat(ChromeLines.reason("Anzeige")).isEqualTo("advertisement");
        assertThat(ChromeLines.reason("Publicidade")).isEqualTo("advertisement");
        assertThat(ChromeLines.reason("Реклама")).isEqualTo("advertisement");
        assertThat(ChromeLines.reason("Iklan")).isEqualTo("advertisement");
        assertThat(ChromeLines.reason("Anzeigen für Ferienwohnungen am See sind ab heute online.")).isNull();
    }

    @Test
    void proseMentioningTheSameWordsIsNotFurniture() {
        assertThat(ChromeLines.reason("The committee said the reporting by local papers had been accurate and "
                + "fair throughout the long inquiry into the harbour contract.")).isNull();
        assertThat(ChromeLines.reason("Fans who follow the team on Twitter were quick to react to the news of the "
                + "transfer, which had been rumoured for weeks before the window opened.")).isNull();
        assertThat(ChromeLines.reason("More than forty families have returned to the village since the spring.")).isNull();
    }
}
