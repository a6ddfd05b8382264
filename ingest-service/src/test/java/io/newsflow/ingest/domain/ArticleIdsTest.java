package io.newsflow.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static final String SHA = Hashes.sha256Hex("content");

    @Test
    void the_same_claim_always_gives_the_same_id_matching_the_contract_pattern() {
        String id = ArticleIds.derive("lx3k2-abc", "news/a.txt", SHA);
        assertThat(ArticleIds.derive("lx3k2-abc", "news/a.txt", SHA)).isEqualTo(id);
        assertThat(id).matches("^[A-Za-z0-9_-]{1,64}$").hasSize(32);
    }

    @Test
    void a_new_claim_new_content_or_another_path_gives_a_new_id() {
        String id = ArticleIds.derive("lx3k2-abc", "a.txt", SHA);
        assertThat(ArticleIds.derive("lx3k3-def", "a.txt", SHA)).isNotEqualTo(id);
        assertThat(ArticleIds.derive("lx3k2-abc", "a.txt", Hashes.sha256Hex("other"))).isNotEqualTo(id);
        assertThat(ArticleIds.derive("lx3k2-abc", "b.txt", SHA)).isNotEqualTo(id);
    }

    @Test
    void a_claim_token_and_path_are_required() {
        assertThatThrownBy(() -> ArticleIds.derive("", "a.txt", SHA)).isInstanceOf(IllegalArgumentException.class);
    }
}
