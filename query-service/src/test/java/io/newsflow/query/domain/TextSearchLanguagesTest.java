package io.newsflow.query.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TextSearchLanguagesTest {

    @Test
    void searchColumnStemsExactlyTheLanguagesTheQueriesStem() throws IOException {
        String migration;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/V1__articles.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher when = Pattern.compile("WHEN '([a-z]+)' THEN '([a-z]+)'::regconfig").matcher(migration);
        Map<String, String> indexed = new HashMap<>();
        while (when.find()) {
            indexed.put(when.group(1), when.group(2));
        }
        assertThat(indexed).isEqualTo(TextSearchLanguages.STEMMED);
    }
}
