package io.newsflow.cleaner.domain.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.cleaner.domain.CleanedDocument;
import io.newsflow.contract.RemovedBlock;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private CleanedDocument newsPage() throws IOException {
        return extractor.extract(fixture("news-page.html"), "https://ledger.example/news/mill");
    }

    private static List<String> removedWith(CleanedDocument doc, String reason) {
        return doc.removed().stream().filter(r -> r.reason().equals(reason)).map(RemovedBlock::text).toList();
    }

    @Test
    void keepsEveryArticleParagraphAndSubheadingInOrder() throws IOException {
        CleanedDocument doc = newsPage();

        assertThat(doc.title()).isEqualTo("Harbour town votes to restore its tidal mill");
        assertThat(doc.paragraphs()).hasSize(5);
        assertThat(doc.paragraphs().get(0)).startsWith("The council of a small harbour town voted on Tuesday");
        assertThat(doc.paragraphs().get(2)).isEqualTo("A century of grinding grain");
        assertThat(doc.paragraphs().get(4)).endsWith("open the building to schools by the following spring.");
        assertThat(doc.text()).contains("spring tides.\n\nA century of grinding grain\n\nThe mill was built");
    }

    @Test
    void dropsNavigationWithItsReason() throws IOException {
        CleanedDocument doc = newsPage();
        assertThat(doc.text()).doesNotContain("Weather");
        assertThat(removedWith(doc, "navigation")).singleElement().asString().contains("News", "Sport", "Opinion");
    }

    @Test
    void dropsShareBar() throws IOException {
        CleanedDocument doc = newsPage();
        assertThat(doc.text()).doesNotContain("Share on");
        assertThat(removedWith(doc, "share-bar")).anySatisfy(t -> assertThat(t).contains("Share on Facebook"));
    }

    @Test
    void dropsRelatedLinks() throws IOException {
        CleanedDocument doc = newsPage();
        assertThat(doc.text()).doesNotContain("Ferry timetable", "Related stories");
        assertThat(removedWith(doc, "related-links")).anySatisfy(t -> assertThat(t).contains("Lifeboat crew"));
    }

    @Test
    void dropsCommentsAndTheReplyForm() throws IOException {
        CleanedDocument doc = newsPage();
        assertThat(doc.text()).doesNotContain("eyesore", "Leave a Reply", "spam");
        assertThat(String.join("\n", removedWith(doc, "comments")))
                .contains("my cellar flooded", "Leave a Reply", "Your email address will not be published",
                        "spam filter");
    }

    @Test
    void dropsCookieBanner() throws IOException {
        CleanedDocument doc = newsPage();
        assertThat(doc.text()).doesNotContain("cookies");
        assertThat(removedWith(doc, "cookie-notice")).anySatisfy(t -> assertThat(t).startsWith("We use cookies"));
    }

    @Test
    void dropsCaptionsButKeepsTheParagraphsAroundThem() throws IOException {
        CleanedDocument doc = newsPage();
        assertThat(doc.text()).doesNotContain("sluice gate");
        assertThat(removedWith(doc, "caption")).containsExactly(
                "The mill wheel photographed from the sluice gate. Photo: Ledger archive");
    }

    @Test
    void dropsFooterSidebarBylineAndRepeatedTitle() throws IOException {
        CleanedDocument doc = newsPage();
        assertThat(doc.text()).doesNotContain("Copyright", "Storm warning", "Mara Quillfeather");
        assertThat(removedWith(doc, "footer")).anySatisfy(t -> assertThat(t).contains("All rights reserved"));
        assertThat(removedWith(doc, "sidebar")).anySatisfy(t -> assertThat(t).contains("Storm warning"));
        assertThat(removedWith(doc, "byline")).containsExactly("By Mara Quillfeather, 3 March 2024");
        assertThat(removedWith(doc, "repeated-title")).containsExactly("Harbour town votes to restore its tidal mill");
    }

    @Test
    void teaserCardsNextToTheStoryAreNotBody() throws IOException {
        CleanedDocument doc = extractor.extract(fixture("teaser-list.html"), null);

        assertThat(doc.paragraphs()).hasSize(3);
        assertThat(doc.paragraphs().get(0)).startsWith("Sleeper services will run again");
        assertThat(doc.text()).doesNotContain("northern bypass", "old market hall", "canal towpath");
    }

    private static final List<String> CATCH_STORY = List.of(
            "Fishermen landed a record catch of mackerel this week, the harbour master said, after a season in which "
                    + "several boats had stayed in port for weeks because of the weather and the price of fuel.",
            "The boats returned before dawn on Thursday with their holds full for the first time in a decade, and "
                    + "buyers from three inland towns were waiting on the quay before the first crates were unloaded.",
            "Older crews said the shoals had come closer to the shore than at any time they could remember, which "
                    + "scientists at the marine station linked to a warmer current running along the coast this autumn.",
            "The harbour master warned that the good fortune might not last, and asked skippers to keep recording "
                    + "their catches so that the station could follow the shoals through the winter months ahead.");

    @Test
    void completeJsonLdArticleBodyPicksTheBodyAmongLookalikeProse() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","articleBody":"%s"}]}
                </script></head><body>
                <div class="x1"><p>Residents of the hill farms have complained for months about the state of the
                upper road, which has not been resurfaced since the floods two winters ago.</p></div>
                <div class="x2"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
                </body></html>""".formatted(String.join(" ", CATCH_STORY), CATCH_STORY.get(0), CATCH_STORY.get(1),
                CATCH_STORY.get(2), CATCH_STORY.get(3));

        CleanedDocument doc = extractor.extract(html, null);

        assertThat(doc.paragraphs()).containsExactlyElementsOf(CATCH_STORY);
        assertThat(doc.removed()).extracting(RemovedBlock::reason).containsExactly("outside-main-content");
    }

    @Test
    void headlineTickerWithCutOffSummariesIsNotBody() {
        String item = "<li><a href=\"/s%d\">Regional headline number %d about the county budget</a> "
                + "<span>COUNTY TOWN: Officials said on Monday that the budget for the coming year would include "
                + "new money for rural bus routes and for...</span></li>";
        StringBuilder ticker = new StringBuilder("<div class=\"ticker\"><ul>");
        for (int i = 1; i <= 6; i++) {
            ticker.append(item.formatted(i, i));
        }
        ticker.append("</ul></div>");
        String html = "<html><body><div class=\"left\">" + ticker + "<div class=\"story\"><p>"
                + CATCH_STORY.get(0) + "</p><p>" + CATCH_STORY.get(1) + "</p></div></div></body></html>";

        CleanedDocument doc = extractor.extract(html, null);

        assertThat(doc.paragraphs()).containsExactly(CATCH_STORY.get(0), CATCH_STORY.get(1));
    }

    @Test
    void relatedHeadingInsideTheBodyTakesItsSectionWithIt() {
        String html = "<html><body><div class=\"story\"><p>" + CATCH_STORY.get(0) + "</p><p>" + CATCH_STORY.get(1)
                + "</p><p>" + CATCH_STORY.get(2) + "</p><h3>Read more</h3>"
                + "<p>Harbour dredging to resume in spring after the council found the money for it.</p>"
                + "<p>Coastal path reopens after landslip repairs were finished early.</p></div></body></html>";

        CleanedDocument doc = extractor.extract(html, null);

        assertThat(doc.paragraphs()).containsExactly(CATCH_STORY.get(0), CATCH_STORY.get(1), CATCH_STORY.get(2));
        assertThat(removedWith(doc, "related-links")).singleElement().asString()
                .startsWith("Read more").contains("Harbour dredging", "Coastal path");
    }

    @Test
    void moreStoriesLineTakesTheListAfterItButNotTheParagraphsBeyond() {
        String html = "<html><body><div class=\"story\"><p>" + CATCH_STORY.get(0) + "</p><p>" + CATCH_STORY.get(1)
                + "</p><p><strong>More great stories</strong></p><ul><li>Why the pier lights went out for a week"
                + "</li><li>Ten walks along the estuary for a winter weekend</li></ul><p>" + CATCH_STORY.get(2)
                + "</p></div></body></html>";

        CleanedDocument doc = extractor.extract(html, null);

        assertThat(doc.paragraphs()).containsExactly(CATCH_STORY.get(0), CATCH_STORY.get(1), CATCH_STORY.get(2));
        assertThat(removedWith(doc, "related-links")).singleElement().asString()
                .contains("More great stories", "pier lights", "estuary");
    }

    @Test
    void furnitureLinesInsideTheBodyAreDroppedWithTheirReason() {
        String html = "<html><body><div class=\"story\"><p>" + CATCH_STORY.get(0) + "</p><p>Advertisement</p><p>"
                + CATCH_STORY.get(1) + "</p><p>Sign up for our newsletter to get the harbour news in your inbox.</p>"
                + "<p>" + CATCH_STORY.get(2) + "</p><p>Copyright 2024 Harbour Ledger. All rights reserved.</p>"
                + "</div></body></html>";

        CleanedDocument doc = extractor.extract(html, null);

        assertThat(doc.paragraphs()).containsExactly(CATCH_STORY.get(0), CATCH_STORY.get(1), CATCH_STORY.get(2));
        assertThat(doc.removed()).extracting(RemovedBlock::reason)
                .containsExactly("advertisement", "subscription-appeal", "copyright");
    }

    @Test
    void hoverCardBehindANameIsDroppedAndTheSentenceAroundItKept() {
        String html = "<html><body><article>"
                + "<p>The mayor of the valley town, <span class=\"person-hover\"><a href=\"/p/ana\">Ana Ruiz</a>"
                + "<span class=\"hovercard\"><img src=\"a.jpg\"><a href=\"/p/ana\">Ana Ruiz</a>"
                + "<a href=\"/s/1\">Ruiz opens the new library wing after two years of building work</a>"
                + "<a href=\"/s/2\">Council budget passes with a narrow majority on the second vote</a></span></span>,"
                + " said on Monday that the bridge would reopen before the spring floods arrive.</p>"
                + "<p>Engineers have spent the winter replacing the rusted cables and the worn deck planks, and the "
                + "last load tests are planned for the coming week.</p>"
                + "</article></body></html>";

        CleanedDocument doc = extractor.extract(html, "https://valley.example/bridge");

        assertThat(doc.paragraphs()).containsExactly(
                "The mayor of the valley town, Ana Ruiz, said on Monday that the bridge would reopen before the "
                        + "spring floods arrive.",
                "Engineers have spent the winter replacing the rusted cables and the worn deck planks, and the last "
                        + "load tests are planned for the coming week.");
        assertThat(removedWith(doc, "popup")).singleElement().asString()
                .contains("Ruiz opens the new library wing");
    }

    @Test
    void equalNeighbouringTableCellsAreAllKept() {
        String html = "<html><body><article>"
                + "<p>Final standings of the regional cycling league after twelve stages, with points and wins.</p>"
                + "<table><tr><th>Pos.</th><th>Rider</th><th>Wins</th><th>Podiums</th></tr>"
                + "<tr><td>1</td><td>Lena Ortiz</td><td>3</td><td>3</td></tr>"
                + "<tr><td>2</td><td>Mia Kranz</td><td>2</td><td>2</td></tr></table>"
                + "<p>The last stage is raced next Sunday over the coastal route, weather permitting.</p>"
                + "</article></body></html>";

        CleanedDocument doc = extractor.extract(html, "https://league.example/standings");

        assertThat(String.join(" ", doc.paragraphs())).contains("1 Lena Ortiz 3 3 2 Mia Kranz 2 2");
        assertThat(removedWith(doc, "duplicate")).isEmpty();
    }

    private static final String ORCHARD_PAGE = "<html><body><article>"
            + "<p>The orchard cooperative doubled its apple harvest this year after two seasons of late frost, "
            + "its chair told members at the annual meeting on Saturday.</p>"
            + "<aside><q>We almost gave up on the old trees</q></aside>"
            + "<p>Members voted to spend part of the surplus on a new cold store, which should let them sell "
            + "fruit well into the spring instead of all at once in October.</p>"
            + "<aside><a href=\"/shop\">Order our cider online and get free delivery this month</a></aside>"
            + "<p>The remaining money goes to replanting the two hillside rows lost in the storm of 2021.</p>"
            + "</article></body></html>";

    @Test
    void pullQuoteAsideBetweenParagraphsIsKeptButALinkedAsideIsNot() {
        CleanedDocument doc = extractor.extract(ORCHARD_PAGE, "https://orchard.example/harvest");

        assertThat(doc.paragraphs()).contains("We almost gave up on the old trees")
                .noneMatch(p -> p.contains("cider online"));
    }

    @Test
    void aCutOfFewerThanTenWordsGivesWayToTheContainerHoldingMostProse() {
        // the main pass reads the orchard page's pull-quote aside as its article and keeps only its eight words
        CleanedDocument doc = extractor.extract(ORCHARD_PAGE, "https://orchard.example/harvest");

        assertThat(doc.paragraphs()).hasSize(4).contains("We almost gave up on the old trees",
                "The remaining money goes to replanting the two hillside rows lost in the storm of 2021.");
    }

    @Test
    void lineUnderAPictureWithoutFigcaptionIsACaption() {
        String html = "<html><body><article>"
                + "<p>The restored lighthouse lamp was lit again on Friday evening, for the first time since the "
                + "keeper's cottage closed forty years ago.</p>"
                + "<div><div><img src=\"lamp.jpg\"></div><br><span>The lamp room after the restoration (Port Trust)"
                + "</span></div>"
                + "<p>Volunteers will open the tower to visitors on weekends from May, weather permitting.</p>"
                + "<p>Smiles all round at the opening <img class=\"wp-smiley emoji\" src=\"smile.png\"></p>"
                + "</article></body></html>";

        CleanedDocument doc = extractor.extract(html, "https://harbour.example/lighthouse");

        assertThat(removedWith(doc, "caption")).containsExactly("The lamp room after the restoration (Port Trust)");
        assertThat(doc.paragraphs()).hasSize(3).contains("Smiles all round at the opening");
    }

    @Test
    void bracketedSourceUnderAQuoteIsKeptButABracketedReadMoreIsNot() {
        String html = "<html><body><article>"
                + "<p>Critics were divided on the new rail timetable that took effect across the region this week.</p>"
                + "<blockquote><p>Trains are more frequent on paper, but the late evening services that commuters "
                + "rely on have quietly disappeared from most of the branch lines.</p></blockquote>"
                + "<p>[<a href=\"https://paper.example/review\">Valley Courier</a>]</p>"
                + "<blockquote><p>For the first time in years, a day trip to the coast without a car is a realistic "
                + "plan for families living in the hill villages.</p></blockquote>"
                + "<p>[<a href=\"https://weekly.example/rail\">Read more</a>]</p>"
                + "<p>The operator says it will review the evening gaps in the autumn, once passenger counts from "
                + "the first months of the new timetable are in.</p>"
                + "<p>Unions have asked for the review to start sooner and to include the staffing of rural stations."
                + "</p></article></body></html>";

        CleanedDocument doc = extractor.extract(html, "https://digest.example/rail");

        assertThat(doc.paragraphs()).contains("[Valley Courier]").doesNotContain("[Read more]");
    }

    @Test
    void pageWithoutTextGivesNoParagraphsAndNoError() {
        CleanedDocument doc = extractor.extract("<html><head><title>Empty</title></head><body></body></html>", null);
        assertThat(doc.title()).isEqualTo("Empty");
        assertThat(doc.paragraphs()).isEmpty();
    }
}
