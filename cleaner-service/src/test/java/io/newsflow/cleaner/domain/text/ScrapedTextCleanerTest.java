package io.newsflow.cleaner.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.cleaner.domain.CleanedDocument;
import io.newsflow.contract.RemovedBlock;

class ScrapedTextCleanerTest {

    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void donationAppealsAtTopAndBottomWithPaymentChoicesAreRemoved() {
        CleanedDocument doc = clean("donation-appeal.txt");

        assertThat(doc.title()).isEqualTo("Harbour ferry returns after winter repairs");
        assertThat(doc.paragraphs()).containsExactly(
                "The blue-hulled ferry between Nordhaven and the island of Skarvø resumed service on Monday after four"
                        + " months in dry dock.",
                "Engineers replaced both propeller shafts and rebuilt the passenger lounge, the operator said in a"
                        + " statement.");
        assertThat(reasons(doc)).containsOnly("donation-appeal");
        assertThat(removedText(doc)).contains("Like what you read? Go ad-free.", "Support us", "Dear readers,",
                "We report from places nobody else covers", "Monthly", "Payment methods", "Remind me later.");
    }

    @Test
    void cookieNoticeAndItsButtonsAreRemovedButCookiesInTheArticleStay() {
        CleanedDocument doc = clean("cookie-notice.txt");

        assertThat(doc.paragraphs()).containsExactly(
                "The city council voted 31 to 12 on Thursday to keep the night bus running until the end of next year.",
                "Cookies of the oatmeal kind were handed out by supporters outside the council chamber before the"
                        + " vote.");
        assertThat(doc.removed()).extracting(RemovedBlock::reason).containsOnly("cookie-notice");
        assertThat(removedText(doc)).contains("Accept all", "Reject all", "Settings", "Wir verwenden Cookies",
                "Einverstanden");
    }

    @Test
    void navigationAndPageMarkersAreRemoved() {
        CleanedDocument doc = clean("navigation.txt");

        assertThat(doc.title()).isEqualTo("Amateur astronomers spot a new comet");
        assertThat(doc.paragraphs()).hasSize(2).allMatch(p -> p.startsWith("Two retired") || p.startsWith("The obs"));
        assertThat(doc.removed()).extracting(RemovedBlock::reason).containsOnly("navigation");
        assertThat(removedText(doc)).contains("Skip to main content", "Menu", "Home > Science > Space",
                "top of page", "Back to top", "bottom of page");
    }

    @Test
    void commentFormWithFieldsAndSpamFilterNoticeIsRemoved() {
        CleanedDocument doc = clean("comment-form.txt");

        assertThat(doc.paragraphs()).hasSize(2).last().asString().startsWith("Its owner said");
        assertThat(doc.removed()).extracting(RemovedBlock::reason).containsOnly("comment-form");
        assertThat(removedText(doc)).contains("Leave a Reply", "will not be published", "Name *", "Website",
                "Post Comment", "Akismet");
    }

    @Test
    void shareBarsAreRemoved() {
        CleanedDocument doc = clean("share-bar.txt");

        assertThat(doc.title()).isEqualTo("Library extends opening hours for exam season");
        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.removed()).extracting(RemovedBlock::reason, RemovedBlock::text).containsExactly(
                tuple("share-bar", "Share\nFacebook\nTwitter\nEmail\nPrint"),
                tuple("share-bar", "Share this article: Facebook | X | WhatsApp | LinkedIn | Copy link"));
    }

    @Test
    void readMoreAndRelatedArticleListsAreRemoved() {
        CleanedDocument doc = clean("read-more.txt");

        assertThat(doc.paragraphs()).hasSize(2).last().asString().startsWith("Organisers counted");
        assertThat(doc.removed()).extracting(RemovedBlock::reason).containsOnly("related-links");
        assertThat(removedText(doc)).contains("Read more", "Why the river smells every August", "Related articles:",
                "Town hall to install solar roof");
    }

    @Test
    void copyrightFooterIsRemoved() {
        CleanedDocument doc = clean("copyright.txt");

        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.removed()).extracting(RemovedBlock::reason, RemovedBlock::text).containsExactly(
                tuple("copyright", "© 2025 The Valley Courier. All rights reserved.\nAlle Rechte vorbehalten."));
    }

    @Test
    void imageCaptionsAndPhotoCreditsAreRemoved() {
        CleanedDocument doc = clean("captions.txt");

        assertThat(doc.title()).isEqualTo("Old lighthouse becomes a museum");
        assertThat(doc.paragraphs()).hasSize(2).first().asString().startsWith("The keeper's cottage");
        assertThat(doc.removed()).extracting(RemovedBlock::reason).containsOnly("image-caption");
        assertThat(removedText(doc)).contains("Photo: Ada Lindqvist", "Credit: Moren Heritage Trust/Flickr",
                "(CC BY-SA 4.0)");
    }

    @Test
    void newsletterSignUpAdvertisementLabelsAndTagLinesAreRemoved() {
        CleanedDocument doc = clean("newsletter-ads-tags.txt");

        assertThat(doc.title()).isEqualTo("Orchard festival returns after two quiet years");
        assertThat(doc.paragraphs()).hasSize(2).last().asString().startsWith("The organisers counted");
        assertThat(reasons(doc)).containsExactly("advertisement", "advertisement", "subscription-appeal", "tags");
        assertThat(removedText(doc)).contains("Enter your email address\nSubscribe");
    }

    @Test
    void titleRepeatedTwiceIsKeptOnceAsTheTitle() {
        CleanedDocument doc = clean("repeated-title.txt");

        assertThat(doc.title()).isEqualTo("Farmers test drones to count sheep");
        assertThat(doc.paragraphs()).hasSize(2).noneMatch(p -> p.contains("Farmers test drones"));
        assertThat(doc.removed()).extracting(RemovedBlock::reason, RemovedBlock::text)
                .containsExactly(tuple("duplicate-title", "Farmers test drones to count sheep"));
    }

    @Test
    void bylineBecomesAuthorAndDateAndLoneSymbolIsRemoved() {
        CleanedDocument doc = clean("byline.txt");

        assertThat(doc.author()).isEqualTo("Maria Okafor");
        assertThat(doc.publishedAt()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(doc.title()).isEqualTo("Street market moves to the old tram depot");
        assertThat(doc.paragraphs()).hasSize(2).noneMatch(p -> p.contains("Okafor"));
        assertThat(doc.removed()).extracting(RemovedBlock::reason).containsExactly("ui-symbol", "byline");
    }

    @Test
    void dateInsideBoilerplateNeverBecomesThePublicationDate() {
        CleanedDocument doc = clean("boilerplate-date.txt");

        assertThat(doc.publishedAt()).isNull();
        assertThat(doc.paragraphs()).containsExactly(
                "Inspectors found no structural damage on the Queen's Bridge after last week's collision with a barge.",
                "The bridge will reopen to cars on Friday.");
        assertThat(removedText(doc)).contains("Since July 1, 2022");
    }

    @Test
    void datedLinesBelowTheBodyAreRemovedButOnlyALabelledOneGivesThePublicationDay() {
        CleanedDocument doc = clean("comments-below.txt");

        assertThat(doc.publishedAt()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(doc.paragraphs()).hasSize(2).last().asString().startsWith("Entry prices");
        assertThat(reasons(doc)).containsExactly("byline", "comment-form");
        assertThat(removedText(doc)).contains("Oskar Lind says:", "June 14, 2024 at 8:02 am");
    }

    @Test
    void articleParagraphsThatMentionSupportDonationsDatesOrReadMoreAndListsInTheBodyAreKept() {
        CleanedDocument doc = clean("article-mentions.txt");

        assertThat(doc.title()).isEqualTo("Clinic opens evening hours");
        assertThat(doc.paragraphs()).hasSize(7).endsWith("Evening sessions this spring:", "- Monday, 6 pm to 9 pm",
                "- Thursday, 6 pm to 8 pm");
        assertThat(doc.removed()).isEmpty();
        assertThat(doc.publishedAt()).as("a date in the body is not a byline").isNull();
    }

    @Test
    void fullArticleWithMixedBoilerplateKeepsExactlyTheArticleParagraphs() {
        CleanedDocument doc = clean("full-article.txt");

        assertThat(doc.title()).isEqualTo("Fishermen and wind farm builders agree on shared routes");
        assertThat(doc.author()).isEqualTo("Jonas Eriksen");
        assertThat(doc.publishedAt()).isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(doc.paragraphs()).containsExactly(
                "After two years of talks, the coastal fishing association and the developers of the Tarnby offshore"
                        + " wind farm have agreed on three corridors that fishing boats may use during construction.",
                "The agreement, signed on Wednesday in the harbour office, also sets up a fund of 2 million euros for"
                        + " crews who lose catch while cables are laid.",
                "\"It is not everything we asked for, but it means our boats can still reach the northern grounds,\""
                        + " said the association's chair, Petra Lund.",
                "The developers say the first turbines should turn by the autumn of 2026.");
        assertThat(reasons(doc)).containsExactly("navigation", "ui-symbol", "navigation", "donation-appeal",
                "duplicate-title", "byline", "share-bar", "image-caption", "related-links", "donation-appeal",
                "comment-form", "cookie-notice", "copyright", "navigation");
    }

    @Test
    void fullArticleWithoutBlankLinesComesOutTheSame() {
        CleanedDocument withBlanks = clean("full-article.txt");
        String text = String.join("\n", fixtureText("full-article.txt").lines().filter(l -> !l.isBlank()).toList());

        CleanedDocument doc = cleaner.clean(text);

        assertThat(doc.paragraphs()).isEqualTo(withBlanks.paragraphs());
        assertThat(doc.title()).isEqualTo(withBlanks.title());
        assertThat(doc.publishedAt()).isEqualTo(withBlanks.publishedAt());
    }

    @Test
    void germanPageWithBylineShareBarAndCookieNotice() {
        CleanedDocument doc = clean("german-page.txt");

        assertThat(doc.title()).isEqualTo("Neue Fahrradstraße am Stadtpark eröffnet");
        assertThat(doc.author()).isEqualTo("Anna Becker");
        assertThat(doc.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(doc.paragraphs()).hasSize(2).first().asString().startsWith("Die Fahrradstraße");
        assertThat(reasons(doc)).containsExactly("navigation", "byline", "image-caption", "share-bar",
                "related-links", "cookie-notice");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        CleanedDocument doc = clean("wrapped.txt");

        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.paragraphs().get(0)).startsWith("For the first time").endsWith("four days a week.")
                .doesNotContain("\n");
    }

    @Test
    void crlfBomAndNoBreakSpacesAreNormalised() {
        CleanedDocument doc = cleaner.clean("\uFEFFTown fair opens on Friday\r\n\r\nThe fair\u00A0opens at noon with"
                + " music, food stalls and a parade through the old town.\r\n");

        assertThat(doc.title()).isEqualTo("Town fair opens on Friday");
        assertThat(doc.paragraphs()).containsExactly(
                "The fair opens at noon with music, food stalls and a parade through the old town.");
    }

    @Test
    void emptyTextGivesAnEmptyDocumentAndNullIsRefusedClearly() {
        CleanedDocument doc = cleaner.clean(" \n\n ");

        assertThat(doc.title()).isNull();
        assertThat(doc.paragraphs()).isEmpty();
        assertThat(doc.removed()).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> cleaner.clean(null)).withMessageContaining("text");
    }

    private CleanedDocument clean(String fixture) {
        return cleaner.clean(fixtureText(fixture));
    }

    private String fixtureText(String fixture) {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/text/" + fixture)) {
            assertThat(in).as("fixture %s", fixture).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> reasons(CleanedDocument doc) {
        return doc.removed().stream().map(RemovedBlock::reason).toList();
    }

    private static String removedText(CleanedDocument doc) {
        return String.join("\n", doc.removed().stream().map(RemovedBlock::text).toList());
    }
}
