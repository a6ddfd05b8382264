package io.newsflow.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class LatinFoldingTest {

    private static final List<String> NAMES = List.of("Лукашенко", "Александр Лукашенко", "Київ", "Ціханоўская",
            "Зеленський", "Щербаков", "Ґудзь", "Єрмак", "Слов’янськ", "Wałęsa", "Αθήνα", "Kalinouski");

    private static String skeleton(String name) {
        return NameSkeleton.of(LatinFolding.fold(name).trim());
    }

    @Test
    void russianNamesGetTheBgnSpellingNewsUses() {
        assertThat(LatinFolding.toLatin("Лукашенко")).isEqualTo("Lukashenko");
        assertThat(LatinFolding.toLatin("Александр Лукашенко")).isEqualTo("Aleksandr Lukashenko");
        assertThat(LatinFolding.toLatin("Щербаков и Хмельницкий")).isEqualTo("Shcherbakov i Khmelnitskiy");
        assertThat(LatinFolding.toLatin("President Лукашенко")).isEqualTo("President Lukashenko");
    }

    @Test
    void ukrainianAndBelarusianLettersFollowTheirOwnRomanization() {
        assertThat(LatinFolding.toLatin("Київ")).isEqualTo("Kyyiv");
        assertThat(LatinFolding.toLatin("Ґудзь")).isEqualTo("Gudz");
        assertThat(LatinFolding.toLatin("Єрмак")).isEqualTo("Yermak");
        assertThat(LatinFolding.toLatin("Слов’янськ")).isEqualTo("Slovyansk");
        assertThat(skeleton("Київ")).isEqualTo(skeleton("Kyiv"));
        assertThat(skeleton("Ціханоўская")).isEqualTo(skeleton("Tsikhanouskaya"));
        assertThat(skeleton("Зеленський")).isEqualTo(skeleton("Zelensky"));
    }

    @Test
    void foldingKeepsLowerCaseAsciiLettersAndDigitsOnly() {
        assertThat(LatinFolding.fold("Wałęsa, Łódź")).isEqualTo("walesa  lodz");
        assertThat(LatinFolding.fold("O'Brien 2")).isEqualTo("obrien 2");
        assertThat(LatinFolding.fold("Αθήνα")).isEqualTo("athena");
        assertThat(LatinFolding.fold("Детский")).isEqualTo("detskiy");
    }

    @Test
    void concurrentFoldingGivesTheSameResultsAsOneThread() throws Exception {
        List<String> expected = NAMES.stream().map(LatinFolding::fold).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = pool.invokeAll(Collections.nCopies(16,
                    () -> NAMES.stream().map(LatinFolding::fold).toList()));
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
