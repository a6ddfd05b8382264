package io.newsflow.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeNamesTest {

    @Test
    void clash_variants_keep_the_extension() {
        assertThat(SafeNames.variant("report.txt", 0)).isEqualTo("report.txt");
        assertThat(SafeNames.variant("report.txt", 1)).isEqualTo("report (1).txt");
        assertThat(SafeNames.variant("статья \"1\".html", 2)).isEqualTo("статья \"1\" (2).html");
        assertThat(SafeNames.variant("README", 3)).isEqualTo("README (3)");
        assertThat(SafeNames.variant(".profile", 1)).isEqualTo(".profile (1)");
    }

    @Test
    void drop_names_with_paths_traversal_or_nothing_are_refused() {
        assertThat(SafeNames.invalidDropName(null)).isPresent();
        assertThat(SafeNames.invalidDropName("  ")).isPresent();
        assertThat(SafeNames.invalidDropName("..")).isPresent();
        assertThat(SafeNames.invalidDropName("../secret.txt")).isPresent();
        assertThat(SafeNames.invalidDropName("a/b.txt")).isPresent();
        assertThat(SafeNames.invalidDropName("..\\windows.txt")).isPresent();
        assertThat(SafeNames.invalidDropName("line\nbreak.txt")).isPresent();
        assertThat(SafeNames.invalidDropName("x".repeat(300))).isPresent();
        assertThat(SafeNames.invalidDropName(".upload")).isPresent();
    }

    @Test
    void names_with_spaces_quotes_and_cyrillic_are_fine() {
        assertThat(SafeNames.invalidDropName("my \"best\" article.txt")).isEmpty();
        assertThat(SafeNames.invalidDropName("Новости дня.txt")).isEmpty();
        assertThat(SafeNames.invalidDropName("l'été.html")).isEmpty();
    }
}
