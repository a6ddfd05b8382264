package io.newsflow.names.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * Real Russian, Ukrainian and Belarusian given names, surnames and city names, read from the locale files of the
 * datafaker package (Apache-2.0), not typed here. Its Russian and Belarusian lists are parallel: entry i of one is
 * the other language's form of the same name (Смирнов / Смірноў), which gives pairs of one person in two languages.
 */
final class CyrillicNameLists {

    /** One locale's lists. */
    record Locale(String language, List<String> maleGiven, List<String> maleSurnames, List<String> femaleGiven,
            List<String> femaleSurnames, List<String> cities) {
    }

    private CyrillicNameLists() {
    }

    static Locale load(String language) {
        String file = language + ".yml";
        try (InputStream in = CyrillicNameLists.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the class path: is datafaker a test dependency?");
            }
            Map<String, Object> root = new Yaml().load(in);
            Map<String, Object> faker = child(child(root, root.keySet().iterator().next()), "faker");
            Map<String, Object> name = child(faker, "name");
            return new Locale(language, names(name, "male_first_name"), names(name, "male_last_name"),
                    names(name, "female_first_name"), names(name, "female_last_name"),
                    names(child(faker, "address"), "city_name"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    /** The list's entries; an entry that is not one plain name (an initial, "(не признана)") becomes null. */
    private static List<String> names(Map<String, Object> map, String key) {
        List<String> names = new ArrayList<>();
        for (Object value : (List<?>) map.get(key)) {
            // the Belarusian city list writes "г. " (horad, town) before each name
            String text = String.valueOf(value).strip().replaceFirst("^г\\. ", "");
            names.add(text.matches("[\\p{IsCyrillic}ʼ’'-]+( [\\p{IsCyrillic}-]+)*") ? text : null);
        }
        return names;
    }
}
