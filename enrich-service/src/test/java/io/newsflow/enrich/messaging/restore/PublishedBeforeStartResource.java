package io.newsflow.enrich.messaging.restore;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.SameTopicStories;
import io.newsflow.infra.testing.EmbeddedKafkaResource;

/**
 * The embedded broker (or $KAFKA_BOOTSTRAP_SERVERS) holding, before the application starts, one enriched article
 * that an earlier run published. Its id is unique per run so a shared external broker is harmless.
 */
public class PublishedBeforeStartResource extends EmbeddedKafkaResource {

    static final String ARTICLE_ID = "restored-" + UUID.randomUUID();
    static final String TEXT = SameTopicStories.VOLUNTEERS + "\n\nRun " + ARTICLE_ID;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        EnrichedRecords.publish(config.get("kafka.bootstrap.servers"), List.of(EnrichedRecords.record(ARTICLE_ID,
                EnrichedRecords.json(ARTICLE_ID, TEXT, new Fingerprinter().fingerprint(TEXT),
                        new DuplicateVerdict(null, null, ARTICLE_ID)))));
        return config;
    }
}
