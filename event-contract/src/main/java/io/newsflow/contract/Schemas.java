package io.newsflow.contract;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Where the published JSON Schema of each topic's record value lives on the classpath. */
public final class Schemas {

    /** Major version of the record schemas; it also names the schema files. */
    public static final int VERSION = 1;

    public static final List<String> TOPICS = List.of(Topics.RAW, Topics.CLEAN, Topics.ENRICHED);

    private Schemas() {
    }

    /** Classpath resource of the schema for a topic, e.g. {@code META-INF/schemas/articles.enriched.v1.json}. */
    public static String resource(String topic) {
        if (!TOPICS.contains(topic)) {
            throw new IllegalArgumentException("No schema is published for topic " + topic);
        }
        return "META-INF/schemas/" + topic + ".v" + VERSION + ".json";
    }

    public static InputStream open(String topic) {
        InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource(topic));
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(resource(topic)));
        }
        return in;
    }
}
