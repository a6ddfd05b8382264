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
    void anArticleIsNeverItsOwnDuplicateAndStartsItsOwnStory() {
        assertThat(StoryLinks.resolve(article("a").build(), new StoryLinks.Original("a", "a")))
                .isEqualTo(new StoryLinks(null, null, "a"));
        assertThat(StoryLinks.resolve(article("a").duplicateOf("a").storyId("a").build(), null))
                .isEqualTo(new StoryLinks(null, null, "a"));
    }
}
