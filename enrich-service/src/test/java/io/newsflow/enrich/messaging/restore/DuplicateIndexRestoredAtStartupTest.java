package io.newsflow.enrich.messaging.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The application's own beans: the index it classifies with already knows what was published before it started. */
@QuarkusTest
@WithTestResource(PublishedBeforeStartResource.class)
class DuplicateIndexRestoredAtStartupTest {

    @Inject
    DuplicateIndex index;

    @Inject
    Function<String, Fingerprint> fingerprinter;

    @Test
    void copyOfAnArticlePublishedBeforeStartIsItsExactDuplicate() {
        DuplicateVerdict verdict = index.register("copy-of-" + PublishedBeforeStartResource.ARTICLE_ID,
                fingerprinter.apply("\uFEFF" + PublishedBeforeStartResource.TEXT.replace("\n", "\r\n")));

        assertThat(verdict).isEqualTo(new DuplicateVerdict(PublishedBeforeStartResource.ARTICLE_ID, null,
                PublishedBeforeStartResource.ARTICLE_ID));
    }
}
