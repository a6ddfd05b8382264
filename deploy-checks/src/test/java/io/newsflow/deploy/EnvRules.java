package io.newsflow.deploy;

import java.util.List;
import java.util.Optional;

/** Which environment variable names a newsflow service container may be given. */
final class EnvRules {

    private EnvRules() {
    }

    /**
     * Why a variable would be ignored by the service, or empty when it is fine. Platform variables (Quarkus'
     * own QUARKUS_*, the Kafka bootstrap, the image's JAVA_* run-script settings) are always accepted;
     * MP_MESSAGING_* and NEWSFLOW_* must name a key of the service's configuration, when that is in the checkout.
     */
    static Optional<String> problem(NewsflowService service, String name, Optional<ServiceConfiguration> config) {
        if (name.startsWith("QUARKUS_DATASOURCE_") && service != NewsflowService.QUERY) {
            return Optional.of(name + " given to " + service.module + ", which has no database");
        }
        if (name.equals("KAFKA_BOOTSTRAP_SERVERS") || name.startsWith("QUARKUS_") || name.startsWith("JAVA_")) {
            return Optional.empty();
        }
        if (!List.of("MP_MESSAGING_", "NEWSFLOW_").stream().anyMatch(name::startsWith)) {
            return Optional.of(name + " is neither a Quarkus, Kafka, JVM nor newsflow setting");
        }
        if (config.isEmpty()) {
            return Optional.empty();
        }
        return config.get().acceptsEnv(name) ? Optional.empty()
                : Optional.of(name + " matches no key of " + service.module
                        + "/src/main/resources/application.properties nor any @ConfigMapping member: it would be ignored");
    }
}
