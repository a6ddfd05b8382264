package io.newsflow.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * English names of countries and of the cities the time-zone database is named after, found by their Russian,
 * Ukrainian or Belarusian name, from ICU's locale data: Москва = Moscow, Германии = Germany, Варшава = Warsaw. These
 * exonyms are what no transliteration reaches.
 */
final class Exonyms {

    private static final List<ULocale> CYRILLIC_LOCALES = List.of(new ULocale("ru"), new ULocale("uk"),
            new ULocale("be"));
    private static final Set<String> CITY_REGIONS = Set.of("Africa", "America", "Asia", "Atlantic", "Australia",
            "Europe", "Indian", "Pacific");

    private final Map<String, String> englishByKey = new HashMap<>();

    /**
     * @param keyOf the lookup key of a name as the resolver forms it (stemmed skeletons), so that any case of the
     *              Cyrillic name finds the entry
     */
    Exonyms(Function<String, String> keyOf) {
        Set<String> ambiguous = new HashSet<>();
        for (String country : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", country);
            String english = region.getDisplayCountry(ULocale.ENGLISH);
            for (ULocale locale : CYRILLIC_LOCALES) {
                add(region.getDisplayCountry(locale), english, keyOf, ambiguous);
            }
        }
        TimeZoneNames englishZones = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (ULocale locale : CYRILLIC_LOCALES) {
            TimeZoneNames zones = TimeZoneNames.getInstance(locale);
            for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.ANY, null, null)) {
                String english = englishZones.getExemplarLocationName(id);
                String local = zones.getExemplarLocationName(id);
                if (CITY_REGIONS.contains(id.split("/")[0]) && english != null && local != null) {
                    add(local, english, keyOf, ambiguous);
                }
            }
        }
        ambiguous.forEach(englishByKey::remove);
    }

    private void add(String local, String english, Function<String, String> keyOf, Set<String> ambiguous) {
        if (!LatinFolding.hasCyrillic(local)) {
            return; // no name in that language: ICU fell back to the English one
        }
        String key = keyOf.apply(local);
        String earlier = englishByKey.putIfAbsent(key, english);
        if (earlier != null && !earlier.equals(english)) {
            ambiguous.add(key);
        }
    }

    /** The English name for a Cyrillic name's lookup key, or null. */
    String english(String key) {
        return englishByKey.get(key);
    }
}
