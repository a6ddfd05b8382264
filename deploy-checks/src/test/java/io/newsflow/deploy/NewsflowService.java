package io.newsflow.deploy;

import io.newsflow.contract.Topics;

import java.nio.file.Path;
import java.util.Optional;

/** The four services as COMMON.md fixes them: module name, HTTP port, topics read and written, consumer group. */
enum NewsflowService {
    INGEST("ingest-service", 8081, null, Topics.RAW, null, null),
    CLEANER("cleaner-service", 8082, Topics.RAW, Topics.CLEAN, Topics.RAW_DEAD_LETTER, "newsflow-cleaner"),
    ENRICH("enrich-service", 8083, Topics.CLEAN, Topics.ENRICHED, Topics.CLEAN_DEAD_LETTER, "newsflow-enrich"),
    QUERY("query-service", 8080, Topics.ENRICHED, null, Topics.ENRICHED_DEAD_LETTER, "newsflow-query");

    final String module;
    final int port;
    final String reads;
    final String writes;
    final String deadLetters;
    final String group;

    NewsflowService(String module, int port, String reads, String writes, String deadLetters, String group) {
        this.module = module;
        this.port = port;
        this.reads = reads;
        this.writes = writes;
        this.deadLetters = deadLetters;
        this.group = group;
    }

    String image() {
        return "newsflow/" + module + ":" + Repo.imageTag();
    }

    Path dockerfile() {
        return Repo.path(module + "/src/main/docker/Dockerfile.jvm");
    }

    /** The service's application.properties, or empty when the module is not in this checkout. */
    Optional<ServiceConfiguration> configuration() {
        return ServiceConfiguration.load(Repo.path(module));
    }

    static NewsflowService byModule(String module) {
        for (NewsflowService service : values()) {
            if (service.module.equals(module)) {
                return service;
            }
        }
        throw new IllegalArgumentException("not a newsflow service: " + module);
    }
}
