package io.newsflow.enrich.messaging.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The application's own beans: the index it classifies with already knows what was published before it started. */
@QuarkusTest
@TestProfile(DuplicateIndexRestoredAtStartupTest.BrokerWithEarlierRun.class)
class DuplicateIndexRestoredAtStartupTest {

    /** Only the broker prepared by {@link PublishedBeforeStartResource}, whatever global test resources exist. */
    public static class BrokerWithEarlierRun implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PublishedBeforeStartResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

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
