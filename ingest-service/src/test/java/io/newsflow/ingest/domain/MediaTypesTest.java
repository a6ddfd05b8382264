package io.newsflow.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void documents_and_dense_fragments_are_html() {
        assertThat(MediaTypes.detect("  <!DOCTYPE html>\n<html lang=en><body>x</body></html>")).isEqualTo(MediaTypes.HTML);
        assertThat(MediaTypes.detect("<?xml version=\"1.0\"?>\n<html><head></head></html>")).isEqualTo(MediaTypes.HTML);
        assertThat(MediaTypes.detect("<div class=a><p>One</p><p>Two <a href=x>link</a></p></div>"))
                .isEqualTo(MediaTypes.HTML);
    }

    @Test
    void text_mentioning_tags_is_plain() {
        assertThat(MediaTypes.detect("Use the <html> element as the root, then add <body>.")).isEqualTo(MediaTypes.PLAIN);
        assertThat(MediaTypes.detect("<b>bold</b> is all")).isEqualTo(MediaTypes.PLAIN);
    }
}
