package io.newsflow.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IgnoreRulesTest {

    private final IgnoreRules flat = new IgnoreRules(List.of("*"), List.of(), false);

    @Test
    void hidden_and_temporary_names_are_never_taken() {
        for (String name : List.of(".hidden.txt", ".article.txt.swp", "article.txt~", "article.tmp", "article.TMP",
                "download.part", "page.html.crdownload")) {
            assertThat(flat.accepts(name)).as(name).isFalse();
            assertThat(flat.ignoredBecause(name)).as(name).isPresent();
        }
    }

    @Test
    void ordinary_names_with_spaces_quotes_and_cyrillic_are_taken() {
        for (String name : List.of("article.txt", "my \"quoted\" article.txt", "статья о мосте.txt", "no-extension")) {
            assertThat(flat.accepts(name)).as(name).isTrue();
        }
    }

    @Test
    void subfolders_are_only_taken_when_recursive_and_never_hidden_ones() {
        assertThat(flat.accepts("2024/article.txt")).isFalse();
        IgnoreRules deep = new IgnoreRules(List.of("*"), List.of(), true);
        assertThat(deep.accepts("2024/03/article.txt")).isTrue();
        assertThat(deep.accepts(".git/article.txt")).isFalse();
        assertThat(deep.entersFolder("2024/03")).isTrue();
        assertThat(deep.entersFolder(".newsflow-inflight")).isFalse();
        assertThat(flat.entersFolder("2024")).isFalse();
    }

    @Test
    void include_and_exclude_globs_narrow_by_name_or_by_path() {
        IgnoreRules rules = new IgnoreRules(List.of("*.txt", "*.html"), List.of("draft-*", "archive/**"), true);
        assertThat(rules.accepts("a.txt")).isTrue();
        assertThat(rules.accepts("sub/b.html")).isTrue();
        assertThat(rules.accepts("c.pdf")).isFalse();
        assertThat(rules.ignoredBecause("c.pdf")).contains("matches no include glob");
        assertThat(rules.accepts("draft-1.txt")).isFalse();
        assertThat(rules.accepts("archive/old/d.txt")).isFalse();
        assertThat(rules.ignoredBecause("archive/old/d.txt")).contains("matches exclude glob archive/**");
    }
}
