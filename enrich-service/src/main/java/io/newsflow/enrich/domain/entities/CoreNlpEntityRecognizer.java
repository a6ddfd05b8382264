package io.newsflow.enrich.domain.entities;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.names.EntityResolver;
import io.newsflow.names.LatinFolding;

/**
 * Named entities from Stanford CoreNLP's CRF models (CoNLL-2003 classes) with exact character offsets, resolved to
 * stable identities by an {@link EntityResolver}.
 *
 * <p>Only the tokenizer, the sentence splitter and the CRFs run (no parser, no full pipeline). The models load once
 * in the constructor (default pair: a few seconds and about 200 MB of heap). {@link #recognize} is thread-safe:
 * CoreNLP shares one CRF between its own NER threads, and every call here works on its own tokens.
 *
 * <p>The default models are English. Russian, Ukrainian and Belarusian sentences are tagged on their tokens
 * romanized by ICU's BGN/PCGN transforms (no statistical NER for those languages is available from the registries
 * this project uses), then repaired by {@link CyrillicEntityRules}; offsets and mention text stay those of the
 * original Cyrillic. German, Spanish and French articles get an instance with CoreNLP's model of their language
 * ({@link NativeNerModels}); {@link LanguageRoutedEntityRecognizer} chooses.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {

    /** CoNLL-2003 4-class model (PERSON, ORGANIZATION, LOCATION, MISC) from the stanford-corenlp models jar. */
    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /** 3-class model (PERSON, ORGANIZATION, LOCATION) trained on CoNLL, MUC, ACE and more. */
    public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Head nouns that make a name the name of an organization, however the model typed it (plus unit words). */
    private static final Set<String> ORG_HEADS = Set.of("centre", "center", "committee", "council", "party", "union",
            "ministry", "agency", "foundation", "institute", "university", "college", "association", "bank",
            "company", "corporation", "army", "navy", "court", "parliament", "assembly", "commission", "department",
            "federation", "organisation", "organization", "movement", "alliance", "coalition", "society", "club");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "our",
            "his", "her", "their", "its", "each", "every", "another", "one", "no");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final String TOKENIZER_OPTIONS = "invertible=true,untokenizable=noneKeep,tokenizeNLs=false";

    private final List<CRFClassifier<CoreLabel>> classifiers;
    private final EntityResolver resolver;

    /**
     * The best combination on wikigold (see NerBenchmark): the 3-class model for PERSON, ORG and LOC, the CoNLL
     * 4-class model for MISC only; default resolver.
     */
    public CoreNlpEntityRecognizer() {
        this(List.of(ALL_3CLASS, CONLL_4CLASS), new EntityResolver());
    }

    /**
     * @param models   classpath resources or files of serialized CRF models, in order of precedence: a later model
     *                 only adds entity types no earlier model knows (CoreNLP's own way of combining NER models),
     *                 and only on tokens where earlier ones found nothing
     * @param resolver gives each mention its canonical name and key
     */
    public CoreNlpEntityRecognizer(List<String> models, EntityResolver resolver) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("at least one NER model is needed");
        }
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.classifiers = new ArrayList<>();
        for (String model : models) {
            try {
                classifiers.add(CRFClassifier.getClassifier(model));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load NER model " + model, e);
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IllegalStateException("NER model " + model + " is not a CRF classifier", e);
            }
        }
    }

    @Override
    public List<EntityMention> recognize(String text) {
        Objects.requireNonNull(text, "text");
        List<List<CoreLabel>> sentences = new ArrayList<>();
        int paragraphStart = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        while (true) {
            int paragraphEnd = breaks.find() ? breaks.start() : text.length();
            sentences.addAll(sentences(text, paragraphStart, paragraphEnd));
            if (paragraphEnd == text.length()) {
                break;
            }
            paragraphStart = breaks.end();
        }
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (List<CoreLabel> sentence : sentences) {
            words.add(sentence.stream().map(CoreLabel::word).toList());
        }
        List<List<EntityType>> types = classifyDocument(words);
        List<EntityMention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> sentence = sentences.get(s);
            for (TokenRun run : TokenRun.of(types.get(s))) {
                int start = sentence.get(run.start()).beginPosition();
                int end = sentence.get(run.end() - 1).endPosition();
                mentions.add(new EntityMention(text.substring(start, end), start, end, run.type(), null, null));
            }
        }
        return resolver.resolve(mentions);
    }

    /**
     * Entity types of the tokens of a whole document, sentence by sentence, as {@link #recognize} sees them: each
     * sentence tagged alone, then a name tagged somewhere is tagged at its other occurrences the models missed
     * (one name, one reading per document).
     */
    public List<List<EntityType>> classifyDocument(List<List<String>> sentences) {
        List<List<EntityType>> types = new ArrayList<>(sentences.size());
        sentences.forEach(sentence -> types.add(classifyTokens(sentence)));
        propagateNames(sentences, types);
        CyrillicEntityRules.tagRemainingNames(sentences, types);
        return types;
    }

    /**
     * Entity type of each token (null outside entities) of one tokenized sentence tagged alone, with the unit and
     * organization repairs. Adjacent tokens of one type form one entity.
     */
    public List<EntityType> classifyTokens(List<String> tokens) {
        // the English CRFs read Cyrillic names once romanized: capitalization, word shape and the names in their
        // training data carry over; offsets stay with the original tokens
        List<Word> words = new ArrayList<>(tokens.size());
        tokens.forEach(t -> words.add(new Word(LatinFolding.toLatin(t))));
        List<EntityType> types = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            types.add(null);
        }
        Set<EntityType> typesOfEarlierModels = EnumSet.noneOf(EntityType.class);
        for (CRFClassifier<CoreLabel> classifier : classifiers) {
            List<CoreLabel> labeled = classifier.classifySentence(words);
            List<EntityType> found = new ArrayList<>(tokens.size());
            for (CoreLabel label : labeled) {
                EntityType type = typeOf(label.get(CoreAnnotations.AnswerAnnotation.class));
                found.add(typesOfEarlierModels.contains(type) ? null : type);
            }
            typesOfEarlierModels.addAll(typesOf(classifier));
            addWhereEmpty(types, found);
        }
        extendUnitNames(tokens, types);
        retypeOrganizationHeads(tokens, types);
        CyrillicEntityRules.repairSentence(tokens, types);
        return types;
    }

    /** Sentences of text[from, to) with character offsets into text. */
    private static List<List<CoreLabel>> sentences(String text, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text.substring(from, to)),
                new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
        List<CoreLabel> tokens = tokenizer.tokenize();
        for (CoreLabel token : tokens) {
            token.setBeginPosition(from + token.beginPosition());
            token.setEndPosition(from + token.endPosition());
        }
        return new WordToSentenceProcessor<CoreLabel>().process(tokens);
    }

    /**
     * Tags the untagged occurrences of names tagged elsewhere in the document, with the type most often given to
     * that name. Only capitalized names, matched case-sensitively on whole tokens that are all untagged.
     */
    static void propagateNames(List<List<String>> sentences, List<List<EntityType>> types) {
        Map<List<String>, Map<EntityType, Integer>> votes = new LinkedHashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (TokenRun run : TokenRun.of(types.get(s))) {
                List<String> name = sentences.get(s).subList(run.start(), run.end());
                if (Character.isUpperCase(name.get(0).codePointAt(0))
                        && name.stream().anyMatch(w -> w.codePoints().filter(Character::isLetter).count() > 1)) {
                    votes.computeIfAbsent(List.copyOf(name), k -> new EnumMap<>(EntityType.class))
                            .merge(run.type(), 1, Integer::sum);
                }
            }
        }
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        votes.keySet().forEach(name -> byFirstWord.computeIfAbsent(name.get(0), k -> new ArrayList<>()).add(name));
        byFirstWord.values().forEach(names -> names.sort(Comparator.comparingInt(n -> -n.size())));
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            List<EntityType> tags = types.get(s);
            for (int i = 0; i < words.size(); i++) {
                for (List<String> name : byFirstWord.getOrDefault(words.get(i), List.of())) {
                    int end = i + name.size();
                    if (end > words.size() || !words.subList(i, end).equals(name)
                            || !tags.subList(i, end).stream().allMatch(Objects::isNull)) {
                        continue;
                    }
                    EntityType type = majority(votes.get(name));
                    // IO tags would merge the name into a neighbouring entity of the same type; MISC names
                    // (nationalities, titles of works) and a lone capitalized first word are too often right as O
                    if ((i > 0 && tags.get(i - 1) == type) || (end < tags.size() && tags.get(end) == type)
                            || type == EntityType.MISC || (i == 0 && name.size() == 1)) {
                        continue;
                    }
                    for (int k = i; k < end; k++) {
                        tags.set(k, type);
                    }
                    i = end - 1;
                    break;
                }
            }
        }
    }

    private static EntityType majority(Map<EntityType, Integer> votes) {
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * "Kalinowski's battalion", "the Kalinovsky regiment": CoNLL-trained models tag the eponym as a person and leave
     * a lower-case unit word out; the whole is the name of an organization.
     */
    private static void extendUnitNames(List<String> words, List<EntityType> types) {
        for (int i = 1; i < words.size(); i++) {
            if (!EntityResolver.MILITARY_UNIT_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int last = i - 1;
            if (last > 0 && types.get(last) == null && isPossessive(words.get(last))) {
                last--;
            }
            // "a Ukrainian battalion" describes a unit, it does not name one
            if (types.get(last) == EntityType.MISC) {
                continue;
            }
            if (types.get(last) == null) {
                // an eponym the model missed: "in the Kalinovsky regiment"
                if (!isName(words.get(last))) {
                    continue;
                }
                types.set(last, EntityType.ORG);
            }
            int first = last;
            while (first > 0 && types.get(first - 1) != null && types.get(first - 1) != EntityType.MISC) {
                first--;
            }
            int end = i;
            while (end + 1 < types.size() && types.get(end + 1) == EntityType.ORG) {
                end++;
            }
            for (int k = first; k <= end; k++) {
                types.set(k, EntityType.ORG);
            }
        }
    }

    /**
     * "Belarusian Crisis Centre": the demonym misleads the models into MISC, or only "Belarusian" is tagged and
     * "Crisis Centre" left out; a capitalized organization head noun ("Centre", "Party", "Council") says the whole
     * name is an organization. A MISC run ending in such a head becomes ORG; untagged capitalized words ending in
     * one become ORG together with the entity right before them, when there is one.
     */
    private static void retypeOrganizationHeads(List<String> words, List<EntityType> types) {
        for (TokenRun run : TokenRun.of(types)) {
            if (run.type() == EntityType.MISC && run.end() - run.start() > 1
                    && isOrganizationHead(words.get(run.end() - 1).toLowerCase(Locale.ROOT))) {
                for (int k = run.start(); k < run.end(); k++) {
                    types.set(k, EntityType.ORG);
                }
            }
        }
        for (int i = 1; i < words.size(); i++) {
            if (types.get(i) != null || !isName(words.get(i))
                    || !isOrganizationHead(words.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = i;
            while (first > 0 && types.get(first - 1) == null && isName(words.get(first - 1))) {
                first--;
            }
            if (first > 0 && types.get(first - 1) != null) {
                EntityType before = types.get(first - 1);
                while (first > 0 && types.get(first - 1) == before) {
                    first--;
                }
            }
            if (first < i) {
                for (int k = first; k <= i; k++) {
                    types.set(k, EntityType.ORG);
                }
            }
        }
    }

    private static boolean isOrganizationHead(String word) {
        return ORG_HEADS.contains(word) || EntityResolver.MILITARY_UNIT_WORDS.contains(word);
    }

    /** A capitalized word that is not a determiner starting a sentence ("The regiment"). */
    private static boolean isName(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(Character::isLetter) && !DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’");
    }

    private static Set<EntityType> typesOf(CRFClassifier<CoreLabel> classifier) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (String label : classifier.classIndex) {
            EntityType type = typeOf(label);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    /** A later model's entity is kept only where no earlier model found anything on its tokens. */
    private static void addWhereEmpty(List<EntityType> types, List<EntityType> found) {
        for (TokenRun run : TokenRun.of(found)) {
            int i = run.start();
            int j = run.end();
            if (types.subList(i, j).stream().allMatch(Objects::isNull)
                    && (i == 0 || types.get(i - 1) != run.type()) && (j == types.size() || types.get(j) != run.type())) {
                for (int k = i; k < j; k++) {
                    types.set(k, run.type());
                }
            }
        }
    }

    /**
     * The entity type of a model's answer: CoNLL classes with or without a BIO prefix ("I-PER", "B-LOC"), CoreNLP's
     * English names ("PERSON"), and AnCora's Spanish ones ("PERS", "LUG", "OTROS").
     */
    private static EntityType typeOf(String answer) {
        if (answer == null) {
            return null;
        }
        String label = answer.length() > 2 && answer.charAt(1) == '-' ? answer.substring(2) : answer;
        switch (label) {
            case "PERSON":
            case "PER":
            case "PERS":
                return EntityType.PERSON;
            case "ORGANIZATION":
            case "ORG":
                return EntityType.ORG;
            case "LOCATION":
            case "LOC":
            case "LUG":
                return EntityType.LOC;
            case "MISC":
            case "OTROS":
                return EntityType.MISC;
            default:
                return null;
        }
    }
}
