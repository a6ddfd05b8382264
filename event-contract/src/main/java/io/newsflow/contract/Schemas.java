package io.newsflow.contract;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Where the published JSON Schema of each topic's record value lives on the classpath. */
public final class Schemas {

    /** Major version of the record schemas; it also names the schema files. */
    public static final int VERSION = 1;

    public static final List<String> TOPICS = List.of(Topics.RAW, Topics.CLEAN, Topics.ENRICHED);

    private Schemas() {
    }

    /** Classpath resource of the schema for a topic, e.g. {@code META-INF/schemas/articles.enriched.v1.json}. */
    public static String resource(String topic) {
        return "META-INF/schemas/" + fileName(topic);
    }

    /** File name of the schema for a topic, e.g. {@code articles.enriched.v1.json}. */
    public static String fileName(String topic) {
        if (!TOPICS.contains(topic)) {
            throw new IllegalArgumentException("No schema is published for topic " + topic);
        }
        return topic + ".v" + VERSION + ".json";
    }

    /** The topic whose schema has this file name, if any. */
    public static Optional<String> topicOfFileName(String fileName) {
        return TOPICS.stream().filter(topic -> fileName(topic).equals(fileName)).findFirst();
    }

    public static InputStream open(String topic) {
        InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource(topic));
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(resource(topic)));
        }
        return in;
    }
}
