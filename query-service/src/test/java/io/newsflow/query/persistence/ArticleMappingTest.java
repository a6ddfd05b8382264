package io.newsflow.query.persistence;

import static io.newsflow.query.TestArticles.article;
import static io.newsflow.query.TestArticles.date;
import static io.newsflow.query.TestArticles.mention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityType;
import io.newsflow.query.domain.StoryLinks;

class ArticleMappingTest {

    @Test
    void everyPublishedFieldLandsOnTheRow() {
        String text = "Ada Okafor arrived on 2 May 2024.";
        EnrichedArticle article = article("a1").text(text).extraction(0.87, null)
                .modifiedAt(LocalDate.of(2024, 5, 6))
                .dates(date("2 May 2024", text, "2024-05-02"))
                .entities(mention("Ada Okafor", text, EntityType.PERSON, "Ada Okafor", "person:ada"))
                .build();
        ArticleEntity row = new ArticleEntity();
        ArticleMapping.apply(article, new StoryLinks(null, "a0", "s0"), row);

        assertThat(row.id).isEqualTo("a1");
        assertThat(row.text).isEqualTo(text);
        assertThat(row.sourceFileName).isEqualTo("a1.txt");
        assertThat(row.sourceReceivedAt).isEqualTo(article.source().receivedAt());
        assertThat(row.sourceSha256).isEqualTo(article.source().sha256());
        assertThat(row.contentHash).isEqualTo(article.contentHash());
        assertThat(row.minhash).containsExactlyElementsOf(article.minhash());
        assertThat(row.nearDuplicateOf).isEqualTo("a0");
        assertThat(row.storyId).isEqualTo("s0");
        assertThat(row.dates).isEqualTo(article.dates());
        assertThat(row.removed).isEqualTo(article.removed());
        assertThat(row.extractionConfidence).isEqualTo(0.87);
        assertThat(row.extractionFailure).isNull();
        assertThat(row.modifiedAt).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(row.entities).singleElement().satisfies(mention -> {
            assertThat(mention.text).isEqualTo("Ada Okafor");
            assertThat(mention.start).isZero();
            assertThat(mention.end).isEqualTo(10);
            assertThat(mention.key).isEqualTo("person:ada");
        });
    }

    @Test
    void laterDeliveryReplacesMentionsInTheSameCollection() {
        String text = "Ada Okafor and Ben Ito met.";
        ArticleEntity row = new ArticleEntity();
        List<MentionRow> collection = row.entities;
        ArticleMapping.apply(article("a1").text(text).entities(
                mention("Ada Okafor", text, EntityType.PERSON, "Ada Okafor", "person:ada"),
                mention("Ben Ito", text, EntityType.PERSON, "Ben Ito", "person:ben")).build(),
                new StoryLinks(null, null, "a1"), row);
        ArticleMapping.apply(article("a1").text("Nobody met.").build(), new StoryLinks(null, null, "a1"), row);

        assertThat(row.entities).isSameAs(collection).isEmpty();
        assertThat(row.text).isEqualTo("Nobody met.");
    }

    @Test
    void nulCharactersWhichPostgresCannotStoreBecomeReplacementCharactersOfTheSameLength() {
        String text = "Ada\u0000Okafor spoke.";
        ArticleEntity row = new ArticleEntity();
        ArticleMapping.apply(article("a1").title("T\u0000").text(text)
                .entities(mention("Ada\u0000Okafor", text, EntityType.PERSON, "Ada\u0000Okafor", "person:ada"))
                .build(), new StoryLinks(null, null, "a1"), row);

        assertThat(row.text).isEqualTo("Ada\uFFFDOkafor spoke.").hasSameSizeAs(text);
        assertThat(row.title).isEqualTo("T\uFFFD");
        assertThat(row.entities.get(0).text).isEqualTo("Ada\uFFFDOkafor");
        assertThat(row.entities.get(0).canonical).isEqualTo("Ada\uFFFDOkafor");
    }
}
