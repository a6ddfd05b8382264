package io.newsflow.enrich.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConcurrencyDefaultTest {

    @Test
    void oneConsumerPerProcessorUpToThePartitionsOfTheInputTopic() {
        assertThat(ConcurrencyDefault.forProcessors(1)).isEqualTo(1);
        assertThat(ConcurrencyDefault.forProcessors(2)).isEqualTo(2);
        assertThat(ConcurrencyDefault.forProcessors(3)).isEqualTo(3);
        assertThat(ConcurrencyDefault.forProcessors(64)).isEqualTo(ConcurrencyDefault.CLEAN_PARTITIONS);
    }

    @Test
    void providesOnlyTheConcurrencyBelowEveryOtherSource() {
        ConcurrencyDefault source = new ConcurrencyDefault();
        int expected = ConcurrencyDefault.forProcessors(Runtime.getRuntime().availableProcessors());

        assertThat(source.getValue(ConcurrencyDefault.PROPERTY)).isEqualTo(String.valueOf(expected));
        assertThat(source.getValue("newsflow.enrich.language.min-letters")).isNull();
        assertThat(source.getProperties()).containsOnlyKeys(ConcurrencyDefault.PROPERTY);
        // application.properties has 250, system properties 400, the environment 300.
        assertThat(source.getOrdinal()).isLessThan(250);
    }
}
