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
 * English names of places found by their name in another language: countries and the cities the time-zone database
 * is named after by their Russian, Ukrainian or Belarusian name, from ICU's locale data (Москва = Moscow, Германии =
 * Germany), and the {@link Gazetteer}'s cities by any of their names (Kiew = Kijów = Київ = Kyiv). These exonyms are
 * what no transliteration reaches.
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
        addGazetteer(keyOf);
    }

    /**
     * The gazetteer's places, in every script: an English name stands for itself whatever a locale calls another
     * place, and a local name two places share (or that is another place's English name) stands for neither.
     */
    private void addGazetteer(Function<String, String> keyOf) {
        Map<String, String> english = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Gazetteer.Place place : Gazetteer.packaged().places()) {
            english.put(keyOf.apply(place.english()), place.english());
        }
        Map<String, String> local = new HashMap<>();
        for (Gazetteer.Place place : Gazetteer.packaged().places()) {
            for (String name : place.names()) {
                String key = keyOf.apply(name);
                String earlier = local.putIfAbsent(key, place.english());
                if (earlier != null && !earlier.equals(place.english())
                        || english.containsKey(key) && !english.get(key).equals(place.english())) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(local::remove);
        local.putAll(english);
        local.forEach(englishByKey::putIfAbsent);
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

    /** The English name for a place name's lookup key, or null. */
    String english(String key) {
        return englishByKey.get(key);
    }
}
