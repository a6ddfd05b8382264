package io.newsflow.enrich.domain.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsflow.contract.EntityType;
import io.newsflow.names.CyrillicNames;

/**
 * Repairs of the English taggers' reading of romanized Russian, Ukrainian and Belarusian, from facts of those
 * languages: only proper names are capitalized inside a sentence (not nationalities, months or titles), a given
 * name is followed by a patronymic and a surname, names of organizations capitalize their first word only
 * ("Министерство обороны") and companies and media are quoted in «guillemets», and a name after a locative
 * preposition ("в Стамбуле", "у Львові") is a place. Sentences without Cyrillic words are left alone.
 */
final class CyrillicEntityRules {

    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("в", "во", "из", "у", "до", "через", "под",
            "над", "от", "із", "від", "около", "біля", "возле");
    /** Stems of head nouns of multi-word organization names. */
    private static final Pattern ORG_HEAD = Pattern.compile("(министерств|міністерств|комисси|комісі|комитет"
            + "|комітет|суд|совет|рад[аиіуо]|дум[аыеуо]|служб|парти|банк|агентств|университет|університет|союз"
            + "|фонд|академи|академі|палат|парламент|прокуратур|компани|компані|правительств|уряд|федераци|федераці"
            + "|управлени|управлінн|инспекци|інспекці).*|сил[аиыі]?");
    /** Surname suffixes, in any case: a capitalized word before one is a given name the table lacks. */
    private static final Pattern SURNAME = Pattern.compile(".*(ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая"
            + "|ський|ська|енко|ук|юк|чук|ич|ян|швили|дзе)(а|у|ым|ом|ой|е|ого|ому|им)?");
    private static final int MAX_ADJECTIVES_IN_NAME = 2;
    private static final Pattern LOC_HEAD = Pattern.compile("(област|облас[тц]|район|кра[йяюе]|республик|округ).*");
    private static final Pattern ADJECTIVE = Pattern.compile(
            ".*(ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ей|ую|юю|ым|им|а|е|ої|ій|ім)");
    /** Endings only adjectives have, unlike ADJECTIVE (which admits the -а, -е of Ukrainian short forms). */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile(
            ".*(ого|его|ому|ему|ой|ей|ая|яя|ый|ий|ое|ее|ых|их|ую|юю|ої|ій|ім|ього)");
    /** Endings of a genitive complement ("обороны", "безопасности") and not of a verb ("заявило"). */
    private static final Pattern GENITIVE = Pattern.compile(".*(ы|и|і|а|я|ого|его|ой|ей|их|ых|ов|ев)");
    private static final Pattern LOCATIVE_ENDING = Pattern.compile(".*[еіїи]");
    /** All-capital abbreviations are mostly organizations (НАТО, МВД, ООН). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,6}");
    private static final int MAX_QUOTED_NAME = 4;
    private static final Set<String> CONJUNCTIONS = Set.of("и", "і", "та", "й", "или", "або");
    /** Oblique-case endings two words of one person's name agree in ("Анной Ивановой", "Дональдом Туском"). */
    private static final Pattern OBLIQUE_ENDING = Pattern.compile(".*(ом|ем|ой|ей|ым|им|ою|ею|ого|ому|ова|ева)");

    private CyrillicEntityRules() {
    }

    static boolean hasCyrillic(List<String> tokens) {
        return tokens.stream().anyMatch(CyrillicNames::isCyrillicWord);
    }

    /** Sentence-level repairs, after the models tagged the romanized tokens. */
    static void repairSentence(List<String> tokens, List<EntityType> types) {
        if (!hasCyrillic(tokens)) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            // a person's name is capitalized throughout: the models sometimes run on into a verb
            if (types.get(i) == EntityType.PERSON && CyrillicNames.isCyrillicWord(tokens.get(i))
                    && !CyrillicNames.isCapitalized(tokens.get(i))) {
                types.set(i, null);
                // "За словами Терехова": the opening word was only capitalized by its position
                if (i > 0 && isSentenceStart(tokens, i - 1) && types.get(i - 1) == EntityType.PERSON
                        && CyrillicNames.givenName(tokens.get(i - 1)) == null) {
                    types.set(i - 1, null);
                }
            }
        }
        tagPeople(tokens, types);
        tagQuotedNames(tokens, types);
        tagMultiWordNames(tokens, types);
        tagAfterLocativePrepositions(tokens, types);
        splitAtConjunctions(tokens, types);
        retypeDateline(tokens, types);
    }

    /** "в Россию и Китай": a conjunction joins two names, it is in neither; the second is typed like the first. */
    private static void splitAtConjunctions(List<String> tokens, List<EntityType> types) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!CONJUNCTIONS.contains(tokens.get(i))) {
                continue;
            }
            types.set(i, null);
            EntityType before = types.get(i - 1);
            if (before != null && types.get(i + 1) != null && before != types.get(i + 1) && singleWord(types, i - 1)
                    && singleWord(types, i + 1) && CyrillicNames.isCapitalized(tokens.get(i + 1))) {
                types.set(i + 1, before);
            }
        }
    }

    /** "Київ, 15 березня.": a name opening the sentence before a comma and a date is the dateline's place. */
    private static void retypeDateline(List<String> tokens, List<EntityType> types) {
        if (tokens.size() > 2 && types.get(0) == EntityType.PERSON && singleWord(types, 0)
                && CyrillicNames.isCapitalized(tokens.get(0)) && tokens.get(1).equals(",")
                && tokens.get(2).chars().allMatch(Character::isDigit)) {
            types.set(0, EntityType.LOC);
        }
    }

    /**
     * Document-level: every capitalized Cyrillic word inside a sentence still untagged is a name. It is a person's
     * when a person's name of the article shares its stem ("Путину" after "Владимир Путин"), an abbreviation is an
     * organization, else it is a place, the commonest bare name in news.
     */
    static void tagRemainingNames(List<List<String>> sentences, List<List<EntityType>> types) {
        Map<String, Integer> personStems = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (TokenRun run : TokenRun.of(types.get(s))) {
                if (run.type() == EntityType.PERSON) {
                    sentences.get(s).subList(run.start(), run.end()).stream().filter(CyrillicNames::isCyrillicWord)
                            .forEach(w -> personStems.merge(stemKey(w), 1, Integer::sum));
                }
            }
        }
        Set<String> capitalizedInside = new HashSet<>();
        for (List<String> tokens : sentences) {
            for (int i = 0; i < tokens.size(); i++) {
                if (CyrillicNames.isCapitalized(tokens.get(i)) && !isSentenceStart(tokens, i)) {
                    capitalizedInside.add(stemKey(tokens.get(i)));
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            dropSentenceInitialNoun(sentences.get(s), types.get(s), personStems);
            dropUnsupportedOpeningWord(sentences.get(s), types.get(s), capitalizedInside);
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<String> tokens = sentences.get(s);
            List<EntityType> tags = types.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (tags.get(i) != null || !CyrillicNames.isCapitalized(tokens.get(i)) || isSentenceStart(tokens, i)) {
                    continue;
                }
                EntityType type = personStems.containsKey(stemKey(tokens.get(i))) ? EntityType.PERSON
                        : ABBREVIATION.matcher(tokens.get(i)).matches() ? EntityType.ORG : EntityType.LOC;
                // an adjective and its noun are one name ("Червоного Хреста", "Южной Кореи")
                EntityType left = i > 0 && isAdjective(tokens.get(i - 1)) ? tags.get(i - 1) : null;
                EntityType right = i + 1 < tags.size() && isAdjective(tokens.get(i)) ? tags.get(i + 1) : null;
                EntityType joined = left != null ? left : right;
                if (joined != null && joined != EntityType.PERSON) {
                    tags.set(i, joined);
                    continue;
                }
                // IO tags would merge it into a neighbouring name of the same type: leave it out instead
                if ((i > 0 && tags.get(i - 1) == type) || (i + 1 < tags.size() && tags.get(i + 1) == type)) {
                    continue;
                }
                tags.set(i, type);
            }
            joinHyphenatedNames(tokens, tags);
        }
    }

    /** "Санкт-Петербурге": the tokenizer splits at the hyphen; two tagged halves are one name. */
    private static void joinHyphenatedNames(List<String> tokens, List<EntityType> tags) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i + 1).equals("-") && tags.get(i) != null && tags.get(i + 2) != null
                    && CyrillicNames.isCapitalized(tokens.get(i)) && CyrillicNames.isCapitalized(tokens.get(i + 2))) {
                tags.set(i + 1, tags.get(i));
                tags.set(i + 2, tags.get(i));
            }
        }
    }

    /**
     * "Накануне ...", "Посол Німеччини ...": the models take many a sentence's first word, capitalized only by
     * position, for a name. It stays a name when the article also capitalizes it inside a sentence, when it is a
     * given name, an abbreviation or a dateline ("Київ, 15 березня").
     */
    private static void dropUnsupportedOpeningWord(List<String> tokens, List<EntityType> types,
            Set<String> capitalizedInside) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).codePoints().noneMatch(Character::isLetter)) {
            first++;
        }
        if (first + 1 >= tokens.size() || types.get(first) == null) {
            return;
        }
        String word = tokens.get(first);
        if (CyrillicNames.isCapitalized(word) && !ABBREVIATION.matcher(word).matches()
                && CyrillicNames.givenName(word) == null && !capitalizedInside.contains(stemKey(word))
                && (types.get(first + 1) != null || isLowerCaseCyrillic(tokens.get(first + 1)))) {
            types.set(first, null);
        }
    }

    /**
     * "Встреча Путина": a sentence's first word, capitalized only by position, taken into a person's name whose
     * surname the article names elsewhere; no given name or patronymic vouches for it.
     */
    private static void dropSentenceInitialNoun(List<String> tokens, List<EntityType> types,
            Map<String, Integer> personStems) {
        for (TokenRun run : TokenRun.of(types)) {
            String first = tokens.get(run.start());
            if (run.type() == EntityType.PERSON && run.end() - run.start() > 1 && isSentenceStart(tokens, run.start())
                    && CyrillicNames.isCapitalized(first) && CyrillicNames.givenName(first) == null
                    && !CyrillicNames.isPatronymic(tokens.get(run.start() + 1))
                    && personStems.getOrDefault(stemKey(first), 0) == 1
                    && personStems.getOrDefault(stemKey(tokens.get(run.end() - 1)), 0) > 1) {
                types.set(run.start(), null);
            }
        }
    }

    /**
     * Given name (in any case), optional patronymic, then a capitalized surname: a person, cut from whatever the
     * models ran it into ("Политолог Александр Фридман", "России Владимир Путин").
     */
    private static void tagPeople(List<String> tokens, List<EntityType> types) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i);
            String next = tokens.get(i + 1);
            if (!CyrillicNames.isCapitalized(word) || !CyrillicNames.isCapitalized(next)
                    || CyrillicNames.givenName(word) == null) {
                continue;
            }
            int end = i + 2;
            if (CyrillicNames.isPatronymic(next) && end < tokens.size()
                    && CyrillicNames.isCapitalized(tokens.get(end))) {
                end++;
            }
            for (int k = i - 1; k >= 0 && types.get(k) == EntityType.PERSON; k--) {
                types.set(k, null);
            }
            // the name before it is its own entity, mostly the country of an office ("президент России")
            if (i > 0 && types.get(i - 1) == null && CyrillicNames.isCapitalized(tokens.get(i - 1))
                    && !isSentenceStart(tokens, i - 1) && (i < 2 || types.get(i - 2) != EntityType.LOC)) {
                types.set(i - 1, EntityType.LOC);
            }
            for (int k = i; k < end; k++) {
                types.set(k, EntityType.PERSON);
            }
            for (int k = end; k < tokens.size() && types.get(k) == EntityType.PERSON; k++) {
                types.set(k, null);
            }
            i = end - 1;
        }
        // a capitalized noun before a capitalized surname: a given name the table lacks ("Серик Жумангарин"),
        // with the first half of a hyphenated one ("Касым-Жомарт Токаев")
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i);
            String next = tokens.get(i + 1);
            if (!CyrillicNames.isCapitalized(word) || !CyrillicNames.isCapitalized(next) || word.length() < 3
                    || ADJECTIVE_ENDING.matcher(word.toLowerCase(Locale.ROOT)).matches()
                    || !SURNAME.matcher(next.toLowerCase(Locale.ROOT)).matches()
                    || (i > 0 && LOCATIVE_PREPOSITIONS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT)))
                    || (types.get(i) != null && types.get(i) != EntityType.PERSON)
                    || (types.get(i + 1) != null && types.get(i + 1) != EntityType.PERSON)
                    || (i + 2 < tokens.size() && CyrillicNames.isCapitalized(tokens.get(i + 2)))) {
                continue;
            }
            int first = i;
            if (i > 1 && tokens.get(i - 1).equals("-") && CyrillicNames.isCapitalized(tokens.get(i - 2))) {
                first = i - 2;
            }
            if (isSentenceStart(tokens, first) && types.get(i) == null) {
                continue;
            }
            for (int k = first; k <= i + 1; k++) {
                types.set(k, EntityType.PERSON);
            }
            i++;
        }
        // two capitalized words in one oblique case: a given name the table lacks and a surname
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i);
            String next = tokens.get(i + 1);
            if (CyrillicNames.isCapitalized(word) && CyrillicNames.isCapitalized(next) && word.length() > 3
                    && next.length() > 3 && OBLIQUE_ENDING.matcher(word).matches()
                    && word.endsWith(next.substring(next.length() - 2))
                    && (types.get(i) == null || types.get(i) == EntityType.PERSON)
                    && (types.get(i + 1) == null || types.get(i + 1) == EntityType.PERSON)
                    && (i + 2 == tokens.size() || !CyrillicNames.isCapitalized(tokens.get(i + 2)))) {
                types.set(i, EntityType.PERSON);
                types.set(i + 1, EntityType.PERSON);
                i++;
            }
        }
        // a lone patronymic between capitalized words still makes a person (a given name the table lacks)
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (CyrillicNames.isPatronymic(tokens.get(i)) && CyrillicNames.isCapitalized(tokens.get(i - 1))
                    && CyrillicNames.isCapitalized(tokens.get(i + 1)) && types.get(i) != EntityType.PERSON) {
                for (int k = i - 1; k <= i + 1; k++) {
                    types.set(k, EntityType.PERSON);
                }
            }
        }
    }

    /** «Газпром», газета «Новая газета»: a short capitalized name in guillemets is an organization. */
    private static void tagQuotedNames(List<String> tokens, List<EntityType> types) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!isOpeningQuote(tokens.get(i)) || !CyrillicNames.isCapitalized(tokens.get(i + 1))) {
                continue;
            }
            int close = i + 1;
            while (close < tokens.size() && close - i <= MAX_QUOTED_NAME + 1 && !isClosingQuote(tokens.get(close))) {
                close++;
            }
            if (close < tokens.size() && close - i <= MAX_QUOTED_NAME + 1 && isClosingQuote(tokens.get(close))
                    && tokens.subList(i + 1, close).stream().allMatch(t -> t.codePoints().allMatch(Character::isLetter))
                    && types.subList(i + 1, close).stream().allMatch(t -> t == null || t != EntityType.PERSON)) {
                for (int k = i + 1; k < close; k++) {
                    types.set(k, EntityType.ORG);
                }
                i = close;
            }
        }
    }

    /**
     * "Европейской комиссии", "Волинської обласної ради" (capitalized adjective, lower-case adjectives, head noun),
     * "Министерства обороны", "Агентства по атомной энергии" (capitalized head noun, genitive or "по" complement):
     * the lower-case words belong to the name.
     */
    private static void tagMultiWordNames(List<String> tokens, List<EntityType> types) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i);
            if (!CyrillicNames.isCapitalized(word) || (types.get(i) == null && isSentenceStart(tokens, i))) {
                continue;
            }
            String lowerWord = word.toLowerCase(Locale.ROOT);
            String next = tokens.get(i + 1);
            int head = i + 1;
            while (head < tokens.size() && head - i <= MAX_ADJECTIVES_IN_NAME && isLowerCaseCyrillic(tokens.get(head))
                    && ADJECTIVE_ENDING.matcher(tokens.get(head)).matches()) {
                head++;
            }
            int end;
            EntityType type;
            if (CyrillicNames.isCapitalized(next) && ORG_HEAD.matcher(next.toLowerCase(Locale.ROOT)).matches()
                    && ADJECTIVE.matcher(lowerWord).matches()) {
                type = EntityType.ORG;
                end = complementEnd(tokens, i + 2);
            } else if (types.get(i) == EntityType.PERSON) {
                continue;
            } else if (head < tokens.size() && isLowerCaseCyrillic(tokens.get(head))
                    && ADJECTIVE.matcher(lowerWord).matches() && ORG_HEAD.matcher(tokens.get(head)).matches()) {
                type = EntityType.ORG;
                end = complementEnd(tokens, head + 1);
            } else if (head < tokens.size() && isLowerCaseCyrillic(tokens.get(head))
                    && ADJECTIVE.matcher(lowerWord).matches() && LOC_HEAD.matcher(tokens.get(head)).matches()) {
                type = EntityType.LOC;
                end = head + 1;
            } else if (ORG_HEAD.matcher(lowerWord).matches() && complementEnd(tokens, i + 1) > i + 1) {
                type = EntityType.ORG;
                end = complementEnd(tokens, i + 1);
            } else {
                continue;
            }
            int first = i;
            while (first > 0 && types.get(first - 1) != null && types.get(first - 1) != EntityType.PERSON
                    && CyrillicNames.isCapitalized(tokens.get(first - 1))) {
                first--;
            }
            for (int k = first; k < end; k++) {
                types.set(k, type);
            }
            i = end - 1;
        }
    }

    /** End of the complement of an organization's head noun at {@code from}: "обороны", "по атомной энергии". */
    private static int complementEnd(List<String> tokens, int from) {
        int k = from;
        if (k + 1 < tokens.size() && tokens.get(k).equals("по")) {
            int noun = k + 1;
            while (noun < tokens.size() && noun - k <= MAX_ADJECTIVES_IN_NAME && isLowerCaseCyrillic(tokens.get(noun))
                    && ADJECTIVE_ENDING.matcher(tokens.get(noun)).matches()) {
                noun++;
            }
            return noun < tokens.size() && isLowerCaseCyrillic(tokens.get(noun)) ? noun + 1 : from;
        }
        while (k < tokens.size() && k - from < 2 && isLowerCaseCyrillic(tokens.get(k))
                && GENITIVE.matcher(tokens.get(k)).matches()) {
            k++;
        }
        return k;
    }

    private static boolean isLowerCaseCyrillic(String word) {
        return CyrillicNames.isCyrillicWord(word) && word.equals(word.toLowerCase(Locale.ROOT));
    }

    /** "в Стамбуле", "из Китая", "у Львові": a name right after a locative preposition is a place. */
    private static void tagAfterLocativePrepositions(List<String> tokens, List<EntityType> types) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!LOCATIVE_PREPOSITIONS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT))
                    || !CyrillicNames.isCapitalized(tokens.get(i))) {
                continue;
            }
            EntityType type = types.get(i);
            String preposition = tokens.get(i - 1).toLowerCase(Locale.ROOT);
            String lower = tokens.get(i).toLowerCase(Locale.ROOT);
            // "у Путина", "от Путина", "до Зеленського" are about people: only "in" makes a person's name a place
            boolean in = preposition.startsWith("в") && preposition.length() <= 2
                    || preposition.equals("у") && LOCATIVE_ENDING.matcher(lower).matches();
            if (type == null || (type == EntityType.ORG && singleWord(types, i))
                    || (type == EntityType.PERSON && in && singleWord(types, i))) {
                types.set(i, EntityType.LOC);
            }
        }
    }

    private static boolean isAdjective(String word) {
        return CyrillicNames.isCapitalized(word) && ADJECTIVE_ENDING.matcher(word).matches();
    }

    private static boolean singleWord(List<EntityType> types, int i) {
        return (i == 0 || types.get(i - 1) != types.get(i))
                && (i + 1 == types.size() || types.get(i + 1) != types.get(i));
    }

    /** No letter before it in the sentence: its capital says nothing. */
    private static boolean isSentenceStart(List<String> tokens, int i) {
        return tokens.subList(0, i).stream().noneMatch(t -> t.codePoints().anyMatch(Character::isLetter));
    }

    private static boolean isOpeningQuote(String token) {
        return token.equals("«") || token.equals("„") || token.equals("``") || token.equals("“");
    }

    private static boolean isClosingQuote(String token) {
        return token.equals("»") || token.equals("“") || token.equals("''") || token.equals("”");
    }

    private static String stemKey(String word) {
        return CyrillicNames.stem(word).toLowerCase(Locale.ROOT);
    }
}
