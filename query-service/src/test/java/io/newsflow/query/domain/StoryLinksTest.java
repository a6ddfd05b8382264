package io.newsflow.query.domain;

import static io.newsflow.query.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryLinksTest {

    @Test
    void enrichLinksAreKeptWhenItFoundTheOriginal() {
        StoryLinks links = StoryLinks.resolve(article("b").duplicateOf("a").storyId("a").build(),
                new StoryLinks.Original("z", "z"));
        assertThat(links).isEqualTo(new StoryLinks("a", null, "a"));
    }

    @Test
    void nearDuplicateKeepsItsStory() {
        StoryLinks links = StoryLinks.resolve(article("c").nearDuplicateOf("a").storyId("a").build(), null);
        assertThat(links).isEqualTo(new StoryLinks(null, "a", "a"));
    }

    @Test
    void sameContentStoredFirstMakesAnUnmarkedCopyItsDuplicateInItsStory() {
        StoryLinks links = StoryLinks.resolve(article("b").nearDuplicateOf("x").build(),
                new StoryLinks.Original("a", "s1"));
        assertThat(links).isEqualTo(new StoryLinks("a", null, "s1"));
    }

    @Test
    void aFailedExtractionIsNoCopyOfTheSameEmptyTextAndFoundsItsOwnStory() {
        StoryLinks failed = StoryLinks.resolve(article("e2").text("").extraction(0.0, "empty-main-text")
                .duplicateOf("e1").storyId("e1").build(), new StoryLinks.Original("e1", "e1"));
        assertThat(failed).isEqualTo(new StoryLinks(null, null, "e2"));
        assertThat(StoryLinks.resolve(article("blank").text(" ").build(), new StoryLinks.Original("e1", "e1")))
                .as("a blank text from a cleaner that did not name the failure").isEqualTo(new StoryLinks(null, null, "blank"));
    }

    @Test
    void anArticleIsNeverItsOwnDuplicateAndStartsItsOwnStory() {
        assertThat(StoryLinks.resolve(article("a").build(), new StoryLinks.Original("a", "a")))
                .isEqualTo(new StoryLinks(null, null, "a"));
        assertThat(StoryLinks.resolve(article("a").duplicateOf("a").storyId("a").build(), null))
                .isEqualTo(new StoryLinks(null, null, "a"));
    }
}
