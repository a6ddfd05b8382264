package io.newsflow.cleaner.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.cleaner.domain.ArticleCleaner;
import io.newsflow.cleaner.domain.CleanedDocument;
import io.newsflow.contract.CleanArticle;
import io.newsflow.contract.RawArticle;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * articles.raw to articles.clean. The value is read as a string and parsed here so that a malformed record fails in
 * the processor and goes to the dead-letter topic with its bytes intact, instead of stopping the consumer.
 */
@ApplicationScoped
public class RawArticleProcessor {

    private static final Logger LOG = Logger.getLogger(RawArticleProcessor.class);

    private final ArticleCleaner cleaner;
    private final ObjectMapper json;

    RawArticleProcessor(ArticleCleaner cleaner, ObjectMapper json) {
        this.cleaner = cleaner;
        this.json = json;
    }

    @Incoming(CleanerChannels.RAW)
    @Outgoing(CleanerChannels.CLEAN)
    @Blocking
    public Record<String, CleanArticle> clean(String value) throws JsonProcessingException {
        RawArticle raw = json.readValue(value, RawArticle.class);
        if (raw == null || raw.id() == null || raw.source() == null || raw.content() == null) {
            throw new IllegalArgumentException("raw article lacks id, source or content");
        }
        CleanedDocument doc = cleaner.clean(raw.content(), raw.source().mediaType(), null);
        LOG.debugf("cleaned %s: %d paragraphs kept, %d blocks removed", raw.id(), doc.paragraphs().size(),
                doc.removed().size());
        if (doc.quality().failed()) {
            LOG.infof("extraction of %s failed (%s): published with confidence 0", raw.id(), doc.quality().failure());
        }
        return Record.of(raw.id(), new CleanArticle(raw.id(), raw.source(), doc.title(), doc.author(),
                doc.publishedAt(), doc.text(), doc.removed(), doc.quality().confidence(), doc.quality().failure(),
                doc.modifiedAt()));
    }
}
