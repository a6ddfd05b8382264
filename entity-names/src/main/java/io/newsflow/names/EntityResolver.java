package io.newsflow.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;

/**
 * Gives every entity mention of one article an identity: a {@code key} derived only from normalized names (so the
 * same entity gets the same key in every article, whatever the arrival order or process) and a {@code canonical}
 * display name (the most complete Latin spelling the article uses).
 *
 * <p>Keys, all built from {@link NameSkeleton spelling-variant-proof skeletons} of the Latin-folded name:
 * <ul>
 * <li>PERSON: {@code person:<surname>-<given>}, the given name in a form that transliterations of it share
 * ({@link NameSkeleton#givenKey}: Alexander = Oleksandr = Aleksandr = Александр), so one person agrees across
 * articles and scripts while namesakes with different given names (David and Noam Cohen) stay apart. Cyrillic
 * names are read in the nominative first (Путина, Путину, Путиным are Путин, see {@link CyrillicNames}). A bare
 * surname or an initial takes the full name its article gives it (the most mentioned one when there are
 * several); alone in its article it gets {@code person:<surname>}, an identity of its own that a reader of the
 * store may join to a full name only where that is unambiguous.</li>
 * <li>ORG, LOC and MISC: {@code name:<content words>} without articles, possessives or prepositions (a demonym
 * and its plural share a key), each word without a final a/e/o and Cyrillic words without their case ending, so
 * Москва = Москвы = Москве, Одеса = Odesa, Україна = Ukraine; Russian-derived spellings read the Ukrainian way
 * (Kiev = Kyiv, Grodno = Hrodna), and names of countries and cities in other languages take their English exonym
 * ({@link Exonyms}: Москвы = Moscow, Kijów = Kyiv). The three share one namespace because statistical taggers
 * disagree between them from one context to the next ("the Kremlin" as ORG here, LOC there), while a person's
 * surname and a place
 * ("Jordan", "Washington") must stay apart. Military units ("regiment", "battalion", "brigade", "legion", ...)
 * are keyed by their eponym, the last name before the unit word, plus any number, so "Kastus Kalinouski
 * Regiment" = "Kalinowski's battalion"; numbered units stay apart.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class EntityResolver {

    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "for", "a", "an", "in", "on", "at",
            "to", "s");
    /** Words that make "X Regiment", "X's battalion" the name of a military unit, lower-case. */
    public static final Set<String> MILITARY_UNIT_WORDS = Set.of("regiment", "regiments", "battalion", "battalions",
            "brigade", "brigades", "legion", "squadron", "detachment");
    /** Read from ICU once per process (about a second), when the recognizer loads its models, not on an article. */
    private static final Exonyms EXONYMS = new Exonyms(Name::lookupKey);
    private static final Pattern FINAL_VOWEL_BEFORE_V = Pattern.compile("i?[oe]v$");
    private static final Set<String> UNIT_WORDS = MILITARY_UNIT_WORDS.stream().map(NameSkeleton::of)
            .collect(Collectors.toSet());
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Resolves the mentions of one article; returns them in the same order with canonical and key set. */
    public List<EntityMention> resolve(List<EntityMention> mentions) {
        // the article's Cyrillic words: evidence for reading an inflected name ("Фридмана" next to "Фридман")
        Set<String> seen = mentions.stream().filter(m -> m.text() != null)
                .flatMap(m -> Arrays.stream(m.text().split("\\s+")))
                .filter(CyrillicNames::isCyrillicWord).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Name> names = mentions.stream().map(m -> Name.parse(m.text(), m.type(), seen))
                .collect(Collectors.toList());
        harmonizeTypes(names);
        String[] keys = new String[names.size()];
        for (EntityType type : EntityType.values()) {
            List<Integer> ofType = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).type == type) {
                    ofType.add(i);
                }
            }
            if (type == EntityType.PERSON) {
                personKeys(names, ofType, keys);
            } else {
                ofType.forEach(i -> keys[i] = otherKey(names.get(i)));
            }
        }
        Map<String, String> canonical = canonicalNames(names, keys);
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            out.add(new EntityMention(m.text(), m.start(), m.end(), names.get(i).type, canonical.get(keys[i]),
                    keys[i]));
        }
        return out;
    }

    /** Key of a name seen alone, e.g. a spelling a user searches for. */
    public String keyOf(String name, EntityType type) {
        return resolve(List.of(new EntityMention(name, 0, name.length(), type, null, null))).get(0).key();
    }

    /**
     * One name in one article gets one type: the statistical tagger sometimes types the same name differently in
     * two sentences, and a bare surname as ORG or LOC when the full name was tagged PERSON.
     */
    private static void harmonizeTypes(List<Name> names) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, EntityType> first = new HashMap<>();
        for (Name n : names) {
            votes.computeIfAbsent(n.joined(), k -> new EnumMap<>(EntityType.class)).merge(n.type, 1, Integer::sum);
            first.putIfAbsent(n.joined(), n.type);
        }
        Set<String> surnames = names.stream().filter(n -> n.type == EntityType.PERSON && n.words.size() > 1)
                .map(Name::surname).collect(Collectors.toSet());
        for (Name n : names) {
            if (n.words.isEmpty()) {
                continue;
            }
            if (n.words.size() == 1 && surnames.contains(n.words.get(0))) {
                n.type = EntityType.PERSON;
                continue;
            }
            Map<EntityType, Integer> v = votes.get(n.joined());
            int best = v.values().stream().max(Integer::compare).orElse(0);
            if (v.get(n.type) < best) {
                n.type = v.get(first.get(n.joined())) == best ? first.get(n.joined())
                        : v.entrySet().stream().filter(e -> e.getValue() == best).findFirst().orElseThrow().getKey();
            }
        }
    }

    private static void personKeys(List<Name> names, List<Integer> persons, String[] keys) {
        // full given names seen with each surname in this article, counted, in text order; initials ("A.") name
        // nobody new, they are matched to a full given name below
        Map<String, Map<String, Integer>> givenBySurname = new LinkedHashMap<>();
        Map<String, String> surnameOfFirstWord = new HashMap<>();
        for (int i : persons) {
            Name n = names.get(i);
            if (n.words.size() > 1) {
                if (n.given().length() > 1) {
                    givenBySurname.computeIfAbsent(n.surname(), k -> new LinkedHashMap<>()).merge(n.given(), 1,
                            Integer::sum);
                }
                surnameOfFirstWord.merge(n.words.get(0), n.surname(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        for (int i : persons) {
            Name n = names.get(i);
            if (n.words.isEmpty()) {
                keys[i] = "person:" + n.fallback();
                continue;
            }
            String surname = n.surname();
            String given = n.words.size() > 1 ? n.given() : null;
            if (given == null && !givenBySurname.containsKey(surname)) {
                // a bare word that is the first word of exactly one full name here, e.g. a family-name-first order
                String linked = surnameOfFirstWord.get(surname);
                if (linked != null && !linked.isEmpty()) {
                    surname = linked;
                }
            }
            Map<String, Integer> givens = givenBySurname.getOrDefault(surname, Map.of());
            String initials = given != null && given.length() == 1 ? n.initials() : null;
            if (given == null || initials != null) {
                // a bare surname or an initial is the full name this article gives it, if any
                given = mostMentioned(givens, given == null ? "" : given);
            }
            if (given == null && initials != null && initials.length() > 1) {
                // two initials no full name here explains (A.J. Green, G.C. Green) still tell people apart; one
                // alone (A. Green) says too little and stays with the surname
                keys[i] = personKey(surname) + "-" + initials;
            } else {
                keys[i] = given == null ? personKey(surname) : personKey(surname, given);
            }
        }
    }

    /** The key of a person known only by a surname: an identity of its own, never merged with a full name's. */
    public static String personKey(String surname) {
        return "person:" + surname;
    }

    /**
     * The key of a person with a given name: the surname's skeleton and the given name's
     * {@link NameSkeleton#givenKey transliteration-proof form}, so Alexander and Oleksandr Lukashenko are one
     * person and David and Noam Cohen are two.
     */
    static String personKey(String surname, String given) {
        return "person:" + surname + "-" + NameSkeleton.givenKey(given);
    }

    /**
     * The given name mentioned most often (first in text on a tie) among those starting with the prefix, or null when
     * none does.
     */
    private static String mostMentioned(Map<String, Integer> givens, String prefix) {
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : givens.entrySet()) {
            if (e.getKey().startsWith(prefix) && (best == null || e.getValue() > best.getValue())) {
                best = e;
            }
        }
        return best != null ? best.getKey() : null;
    }

    private static String otherKey(Name n) {
        String prefix = "name:";
        List<String> words = n.stems.stream().filter(w -> !STOP_WORDS.contains(w)).collect(Collectors.toList());
        if (words.isEmpty()) {
            return prefix + n.fallback();
        }
        int unit = words.size() - 1;
        if (unit > 0 && UNIT_WORDS.contains(words.get(unit))) {
            List<String> parts = new ArrayList<>();
            words.subList(0, unit).stream().filter(w -> w.chars().anyMatch(Character::isDigit)).forEach(parts::add);
            String eponym = words.get(unit - 1);
            if (!eponym.chars().anyMatch(Character::isDigit)) {
                parts.add(eponym);
            }
            parts.add("unit");
            return prefix + String.join("-", parts);
        }
        if (n.type == EntityType.MISC && words.size() == 1 && words.get(0).matches(".*[ae]ns")) {
            // a nationality and its people: "Belarusian" = "Belarusians"
            return prefix + words.get(0).substring(0, words.get(0).length() - 1);
        }
        // a final vowel is where Latin and Cyrillic spellings and the cases of one name differ most:
        // Odesa = Одеса, Ukraine = Украина
        return prefix + words.stream().map(EntityResolver::withoutFinalVowel).map(EntityResolver::ukrainianReading)
                .collect(Collectors.joining("-"));
    }

    private static String withoutFinalVowel(String word) {
        return word.length() > 3 && "aeo".indexOf(word.charAt(word.length() - 1)) >= 0
                ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Russian-derived and Ukrainian/Belarusian spellings of one place differ regularly: Russian g is h (Gomel = Homel,
     * Grodno = Hrodna), and o or e before a final v is i (Kharkov = Kharkiv, Lvov = Lviv, Kiev = Kyiv). Both
     * spellings go to the Ukrainian reading; names differing only there are rare.
     */
    private static String ukrainianReading(String word) {
        String h = word.replace('g', 'h');
        return h.length() > 2 ? FINAL_VOWEL_BEFORE_V.matcher(h).replaceFirst("iv") : h;
    }

    /** Per key: Latin spellings first, then the one with most words, most mentions, then alphabetical. */
    private static Map<String, String> canonicalNames(List<Name> names, String[] keys) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            spellings.computeIfAbsent(keys[i], k -> new HashMap<>()).merge(names.get(i).display, 1, Integer::sum);
        }
        Map<String, String> canonical = new HashMap<>();
        spellings.forEach((key, counts) -> {
            Comparator<Map.Entry<String, Integer>> order = Comparator
                    .comparing((Map.Entry<String, Integer> e) -> LatinFolding.hasCyrillic(e.getKey()))
                    .thenComparing(e -> -e.getKey().split(" ").length)
                    .thenComparing(e -> -e.getValue())
                    .thenComparing(Map.Entry::getKey);
            String best = counts.entrySet().stream().min(order).orElseThrow().getKey();
            canonical.put(key, LatinFolding.hasCyrillic(best) ? LatinFolding.toLatin(best) : best);
        });
        return canonical;
    }

    /**
     * A mention's name: display form and skeletons of its words, Cyrillic ones in the nominative for a person's
     * key ({@code words}) and stemmed for other names ({@code stems}).
     */
    private static final class Name {
        final String display;
        final List<String> words;
        final List<String> stems;
        EntityType type;

        private Name(String display, List<String> words, List<String> stems, EntityType type) {
            this.display = display;
            this.words = words;
            this.stems = stems;
            this.type = type;
        }

        static Name parse(String text, EntityType type, Set<String> seen) {
            Objects.requireNonNull(text, "mention text");
            Objects.requireNonNull(type, "mention type");
            String display = text.strip().replaceAll("\\s+", " ")
                    .replaceAll("(?<=\\p{L})['’](s|S)?(?=\\s|$)", "");
            if (type != EntityType.PERSON) {
                display = display.replaceFirst("^(?i:the)\\s+", "");
            }
            String[] raw = display.split(" ");
            boolean feminine = raw.length > 1 && CyrillicNames.isFeminineGivenName(raw[0]);
            StringBuilder nominative = new StringBuilder();
            StringBuilder stemmed = new StringBuilder();
            for (int i = 0; i < raw.length; i++) {
                String word = raw[i];
                boolean cyrillic = CyrillicNames.isCyrillicWord(word);
                nominative.append(cyrillic ? CyrillicNames.personWord(word, i == 0 && raw.length > 1, feminine, seen)
                        : word).append(' ');
                stemmed.append(stem(word)).append(' ');
            }
            if (type == EntityType.PERSON && LatinFolding.hasCyrillic(display)) {
                display = nominative.toString().strip();
            }
            List<String> words = skeletons(nominative.toString());
            List<String> stems = skeletons(stemmed.toString());
            String exonym = type == EntityType.PERSON ? null : EXONYMS.english(lookupKey(display));
            if (exonym != null) {
                display = exonym;
                stems = skeletons(exonym);
            }
            if (type == EntityType.PERSON) {
                while (words.size() > 1 && NAME_SUFFIXES.contains(words.get(words.size() - 1))) {
                    words.remove(words.size() - 1);
                }
                // family name first, as in lists and official documents: "Lukashenko Alexander"
                int last = words.size() - 1;
                if (last > 0 && NameSkeleton.givenName(words.get(last)) != null
                        && NameSkeleton.givenName(words.get(0)) == null) {
                    Collections.swap(words, 0, last);
                }
            }
            return new Name(display, words, stems, type);
        }

        private static String stem(String word) {
            return CyrillicNames.isCyrillicWord(word) ? CyrillicNames.stem(word) : word;
        }

        /**
         * How a Cyrillic name is looked up among the exonyms: its words stemmed twice, as skeletons, so that the
         * cases of one name meet whatever their ending (Китай, Китая; Германия, Германии).
         */
        static String lookupKey(String name) {
            return String.join(" ", skeletons(Arrays.stream(name.strip().split("\\s+")).map(Name::stem)
                    .map(Name::stem).collect(Collectors.joining(" "))));
        }

        private static List<String> skeletons(String name) {
            List<String> skeletons = new ArrayList<>();
            for (String folded : LatinFolding.fold(name).trim().split("\\s+")) {
                if (!folded.isEmpty()) {
                    skeletons.add(NameSkeleton.of(folded));
                }
            }
            return skeletons;
        }

        String joined() {
            return String.join(" ", words);
        }

        String surname() {
            return words.get(words.size() - 1);
        }

        String given() {
            String first = words.get(0);
            String group = NameSkeleton.givenName(first);
            return group != null ? group : first;
        }

        /** The single letters before the surname (a, j of A.J. Green), or null when there are none. */
        String initials() {
            StringBuilder initials = new StringBuilder();
            for (String word : words.subList(0, words.size() - 1)) {
                if (word.length() != 1) {
                    return null;
                }
                initials.append(word);
            }
            return initials.isEmpty() ? null : initials.toString();
        }

        /** For names without letters or digits (a tagged symbol): the text itself, lower-cased. */
        String fallback() {
            return display.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        }
    }
}
