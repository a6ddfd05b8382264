package io.newsflow.enrich.messaging.restore;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Topics;
import io.newsflow.enrich.domain.duplicates.DuplicateEligibility;
import io.newsflow.enrich.domain.duplicates.DuplicateIndex;
import io.newsflow.enrich.domain.duplicates.DuplicateVerdict;
import io.newsflow.enrich.domain.duplicates.Fingerprint;
import io.newsflow.enrich.domain.duplicates.Fingerprinter;
import io.newsflow.enrich.domain.duplicates.LshDuplicateIndex;
import io.quarkus.runtime.StartupEvent;

/**
 * Rebuilds the duplicate index from {@value Topics#ENRICHED} when the service starts, so verdicts survive restarts:
 * a copy arriving after a restart still gets {@code duplicateOf} its original, and a re-delivered article its first
 * verdict. Runs before the messaging channels start (SmallRye Reactive Messaging starts them from a StartupEvent
 * observer at priority {@value #MESSAGING_START_PRIORITY}); reads every partition from the beginning up to the end
 * offsets taken at start with a plain consumer that belongs to no group and commits nothing.
 *
 * <p>Startup fails when the broker cannot be read within {@code newsflow.enrich.duplicates.restore-timeout} (default
 * two minutes): classifying with an empty index would silently publish wrong verdicts. Records that are not an
 * enriched article are skipped with a warning; articles whose extraction failed are left out, as they were when
 * enriched, so that an empty page restored from the topic cannot become the original of the next one. Also produces
 * the stage's {@link DuplicateIndex} and {@link Fingerprinter}.
 */
@ApplicationScoped
public class DuplicateIndexRestorer {

    static final int MESSAGING_START_PRIORITY = Interceptor.Priority.LIBRARY_BEFORE;
    private static final Logger LOG = Logger.getLogger(DuplicateIndexRestorer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /**
     * What a restore read.
     *
     * @param failedExtractions records of articles whose extraction failed, left out of the index as at enrichment
     * @param skipped           tombstones and records that are not an enriched article
     */
    public record Result(int partitions, long records, long restored, long failedExtractions, long skipped) {
    }

    private enum Outcome {
        RESTORED, FAILED_EXTRACTION, SKIPPED
    }

    private final DuplicateIndex index;
    private final Fingerprinter fingerprinter;
    private final String bootstrapServers;
    private final Duration timeout;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    public DuplicateIndexRestorer(DuplicateIndex index, Fingerprinter fingerprinter,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "newsflow.enrich.duplicates.restore-timeout", defaultValue = "PT2M") Duration timeout) {
        this.index = index;
        this.fingerprinter = fingerprinter;
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
    }

    /** The stage's one duplicate index, shared by the restorer and the processor. */
    @Produces
    @ApplicationScoped
    static DuplicateIndex duplicateIndex() {
        return new LshDuplicateIndex();
    }

    @Produces
    @Singleton
    static Fingerprinter fingerprinter() {
        return new Fingerprinter();
    }

    void onStart(@Observes @Priority(MESSAGING_START_PRIORITY - 100) StartupEvent event) {
        long started = System.nanoTime();
        Result result = restore();
        LOG.infof("Duplicate index restored from %s: %d articles from %d records in %d partitions (%d failed "
                + "extractions left out, %d skipped) in %d ms", Topics.ENRICHED, result.restored(), result.records(),
                result.partitions(), result.failedExtractions(), result.skipped(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Reads {@value Topics#ENRICHED} from the beginning to its current end into the index. */
    public Result restore() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return new Result(0, 0, 0, 0, 0);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> remaining = new HashMap<>(consumer.endOffsets(partitions, timeout));
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
            remaining.keySet().removeIf(tp -> consumer.position(tp, timeout) >= remaining.get(tp));
            while (!remaining.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Restoring the duplicate index from " + Topics.ENRICHED
                            + " did not reach the end offsets " + remaining + " within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    outcomes.merge(restore(record), 1L, Long::sum);
                }
                remaining.keySet().removeIf(tp -> consumer.position(tp, timeout) >= remaining.get(tp));
            }
            long restored = outcomes.getOrDefault(Outcome.RESTORED, 0L);
            long failedExtractions = outcomes.getOrDefault(Outcome.FAILED_EXTRACTION, 0L);
            long skipped = outcomes.getOrDefault(Outcome.SKIPPED, 0L);
            return new Result(partitions.size(), restored + failedExtractions + skipped, restored, failedExtractions,
                    skipped);
        } catch (KafkaException e) {
            throw new IllegalStateException("Could not restore the duplicate index from " + Topics.ENRICHED + " at "
                    + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    private Outcome restore(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return Outcome.SKIPPED;
        }
        try {
            EnrichedArticle article = mapper.readValue(record.value(), EnrichedArticle.class);
            if (article.id() == null || article.text() == null) {
                throw new IllegalArgumentException("no article id or text");
            }
            if (!DuplicateEligibility.comparable(article.text(), article.extractionFailure())) {
                return Outcome.FAILED_EXTRACTION;
            }
            index.restore(article.id(), fingerprint(article),
                    new DuplicateVerdict(article.duplicateOf(), article.nearDuplicateOf(), article.storyId()));
            return Outcome.RESTORED;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("Skipped %s-%d@%d while restoring the duplicate index: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return Outcome.SKIPPED;
        }
    }

    /** The published signatures, or signatures computed again from the text when a record lacks usable ones. */
    private Fingerprint fingerprint(EnrichedArticle article) {
        if (article.contentHash() != null && article.minhash() != null
                && article.minhash().size() == Fingerprinter.SIGNATURE_LENGTH && !article.minhash().contains(null)) {
            return new Fingerprint(article.contentHash(), article.simhash(), article.minhash());
        }
        return fingerprinter.fingerprint(article.text());
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-enrich-duplicate-restore");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }
}
