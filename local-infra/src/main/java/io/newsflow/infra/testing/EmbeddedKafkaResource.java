package io.newsflow.infra.testing;

import java.util.Map;

import io.newsflow.infra.kafka.EmbeddedKafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker: the one named by {@code KAFKA_BOOTSTRAP_SERVERS} when that is set,
 * otherwise an embedded KRaft broker started for the test and stopped after it.
 */
public class EmbeddedKafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";

    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        String external = System.getenv(BOOTSTRAP_ENV);
        if (external != null && !external.isBlank()) {
            return Map.of("kafka.bootstrap.servers", external);
        }
        broker = EmbeddedKafkaBroker.startTemporary();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
