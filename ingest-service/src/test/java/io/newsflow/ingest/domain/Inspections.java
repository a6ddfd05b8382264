package io.newsflow.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

/** What an inspection must have decided, for tests of the inspector. */
final class Inspections {

    private Inspections() {
    }

    static DecodedDrop decoded(DropInspector inspector, byte[] bytes) {
        Inspection result = inspector.inspect(bytes);
        assertThat(result).isInstanceOf(DecodedDrop.class);
        return (DecodedDrop) result;
    }

    static Refusal refused(DropInspector inspector, byte[] bytes) {
        Inspection result = inspector.inspect(bytes);
        assertThat(result).isInstanceOf(Refusal.class);
        return (Refusal) result;
    }
}
