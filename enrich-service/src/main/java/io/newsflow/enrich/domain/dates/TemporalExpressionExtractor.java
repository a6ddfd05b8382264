package io.newsflow.enrich.domain.dates;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.newsflow.contract.DateMention;

/**
 * Finds temporal expressions with Stanford SUTime and normalizes them to TIMEX3 values.
 *
 * <p>Relative and partial expressions ("Friday", "last month", "February 24") are resolved against the reference
 * date passed in (the article's publication date). Without one, the unknown part stays unknown: {@code XXXX-02-24},
 * {@code XXXX-WXX-5}, {@code XXXX-XX} for "last month"; the wall clock is never used. The TIMEX3 reference tokens
 * {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF} ("now", "recently", "in the future") are kept as they are,
 * with or without a reference date: they name no calendar unit that could be resolved.
 *
 * <p>Speed: SUTime's rules cost time on every token, and most sentences of a news text hold no temporal expression.
 * Only sentences with a temporal cue (a digit, a month or weekday name, a calendar unit, a word such as "now" or
 * "yesterday") are tagged and given to SUTime; an expression always contains one of them.
 *
 * <p>Models load once, in the constructor (a few seconds). Instances are safe for concurrent use and every call
 * runs in parallel: tokenizer and POS tagger are shared (CoreNLP's own threads share them), while SUTime's rule
 * environment is mutable state, so each concurrent call borrows an SUTime instance of its own from a pool (one more
 * instance costs about 0.1 s and 1 MB once the first is loaded).
 *
 * <p>Results depend on the text and reference date only, never on the articles before (see {@link IsolatedSutime}).
 */
public final class TemporalExpressionExtractor {

    private static final String RULES = String.join(",",
            "edu/stanford/nlp/models/sutime/defs.sutime.txt",
            "edu/stanford/nlp/models/sutime/english.sutime.txt",
            "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt");

    /** A fully unknown-year value SUTime wrote into a composite, e.g. {@code XXXX-02-20} in "THIS P1Y INTERSECT XXXX-02-20". */
    private static final Pattern PARTIAL_VALUE = Pattern.compile("XXXX(?:-W[0-9X]{2}(?:-[1-7])?|-[0-9X]{2}(?:-[0-9X]{2})?)?");
    private static final Pattern PART_OF_DAY = Pattern.compile("\\bT?(MO|AF|EV|NI|DT)\\b");
    private static final Pattern WEEKEND = Pattern.compile("\\bWE\\b");
    private static final Pattern DATE_PERIOD = Pattern.compile("(?<![T\\w])P-?(?:\\d+|X)([YMWD])");
    private static final Pattern TIME_PERIOD = Pattern.compile("PT-?(?:\\d+|X)([HMS])");
    private static final Pattern AGO = Pattern.compile("\\b(day|week|month|year)s?\\s+(?:ago|earlier|before)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Words at least one of which every SUTime expression holds, when it holds no digit. Plural "s" allowed. */
    private static final Pattern TEMPORAL_CUE = Pattern.compile("\\d|\\b(?:"
            + "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september"
            + "|oct|october|nov|november|dec|december"
            + "|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday"
            + "|second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century|centuries"
            + "|secs?|mins?|hrs?|wks?|yrs?|daytime|nighttime"
            + "|millennium|millennia|spring|summer|autumn|fall|winter|season|semester|term|era|period|time"
            + "|today|tonight|yesterday|tomorrow|now|nowadays|current|currently|recent|recently|lately|present"
            + "|past|future|former|formerly|previous|previously|meantime|meanwhile|once|twice|then|while|ages?"
            + "|morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk|overnight|eve"
            + "|daily|weekly|biweekly|monthly|quarterly|annually|annual|yearly|hourly|nightly"
            + "|christmas|easter|thanksgiving|halloween|ramadan|hanukkah|passover|valentine|independence|memorial"
            + "|labor|labour|veterans|columbus|boxing|new year|holiday|holidays"
            + "|(?:twen|thir|for|fif|six|seven|eigh|nine)ties"
            + ")s?\\b", Pattern.CASE_INSENSITIVE);

    private final StanfordCoreNLP splitter;
    private final POSTaggerAnnotator tagger;
    private final Properties sutimeProperties = new Properties();
    /** Idle SUTime instances, last used first; grows to the number of concurrent callers. */
    private final ConcurrentLinkedDeque<IsolatedSutime> idle = new ConcurrentLinkedDeque<>();

    /** An extractor with one SUTime instance; more are made when calls overlap. */
    public TemporalExpressionExtractor() {
        this(1);
    }

    /**
     * @param instances SUTime instances to load now: the expected number of concurrent callers, so that none of
     *                  them waits for one to load on its first call
     */
    public TemporalExpressionExtractor(int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("at least one SUTime instance is needed, got " + instances);
        }
        Properties pipeline = new Properties();
        pipeline.setProperty("annotators", "tokenize,ssplit");
        pipeline.setProperty("tokenize.language", "en");
        pipeline.setProperty("ssplit.newlineIsSentenceBreak", "two");
        splitter = new StanfordCoreNLP(pipeline);
        Properties pos = new Properties();
        // Scraped text can hold very long "sentences"; tagging them is slow and adds nothing to dates.
        pos.setProperty("pos.maxlen", "150");
        // POS tags let SUTime read the tense: "said Friday" is the Friday before the reference date.
        tagger = new POSTaggerAnnotator("pos", pos);
        sutimeProperties.setProperty("sutime.rules", RULES);
        sutimeProperties.setProperty("sutime.includeRange", "false");
        sutimeProperties.setProperty("sutime.markTimeRanges", "false");
        for (int i = 0; i < instances; i++) {
            idle.push(new IsolatedSutime(sutimeProperties));
        }
    }

    /**
     * Temporal expressions in text order.
     *
     * @param text      the article text; offsets refer to it
     * @param reference the publication date to resolve relative expressions against, or null when unknown
     */
    public List<DateMention> extract(String text, LocalDate reference) {
        List<DateMention> mentions = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return mentions;
        }
        for (Raw raw : analyze(text, reference)) {
            List<Raw> parts = text.substring(raw.start, raw.end).indexOf(',') >= 0
                    ? splitRelativeList(text, raw, reference)
                    : List.of(raw);
            for (Raw part : parts) {
                String value = normalize(text.substring(part.start, part.end), part, reference);
                if (value != null) {
                    mentions.add(new DateMention(text.substring(part.start, part.end), part.start, part.end, value));
                }
            }
        }
        return mentions;
    }

    private List<Raw> analyze(String text, LocalDate reference) {
        Annotation document = new Annotation(text);
        if (reference != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
        }
        splitter.annotate(document);
        List<Raw> found = new ArrayList<>();
        List<CoreMap> candidates = document.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .filter(sentence -> TEMPORAL_CUE.matcher(sentence.get(CoreAnnotations.TextAnnotation.class)).find())
                .toList();
        if (candidates.isEmpty()) {
            return found;
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, candidates);
        tagger.annotate(document);
        IsolatedSutime sutime = idle.poll();
        if (sutime == null) {
            sutime = new IsolatedSutime(sutimeProperties);
        }
        try {
            sutime.annotate(document);
        } finally {
            idle.push(sutime);
        }
        List<CoreMap> timexes = document.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return found;
        }
        for (CoreMap expression : timexes) {
            Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
            found.add(new Raw(expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    timex.value(), timex.altVal()));
        }
        return found;
    }

    /**
     * SUTime joins comma-separated expressions into one intersection, which for two relative ones ("last month,
     * about a month ago") shifts twice. Such a list is split back into its items; "Tuesday, March 7" or
     * "Feb. 3, 2021" stay whole because their items carry calendar values of their own.
     */
    private List<Raw> splitRelativeList(String text, Raw joined, LocalDate reference) {
        List<Raw> items = new ArrayList<>();
        int pieceStart = joined.start;
        for (int i = joined.start; i <= joined.end; i++) {
            if (i == joined.end || text.charAt(i) == ',') {
                String piece = text.substring(pieceStart, i);
                List<Raw> alone = analyze(piece, null);
                if (alone.size() != 1 || alone.get(0).value != null) {
                    return List.of(joined);
                }
                List<Raw> resolved = reference == null ? alone : analyze(piece, reference);
                if (resolved.size() != 1) {
                    return List.of(joined);
                }
                Raw item = resolved.get(0);
                items.add(new Raw(pieceStart + item.start, pieceStart + item.end, item.value, item.alt));
                pieceStart = i + 1;
            }
        }
        return items;
    }

    private static String normalize(String expression, Raw raw, LocalDate reference) {
        if (raw.value == null) {
            return unknownValue(raw.alt);
        }
        Matcher ago = AGO.matcher(expression);
        if (reference != null && ago.find() && FULL_DATE.matcher(raw.value).matches()) {
            // "about a month ago" names a month, not the day SUTime computed by subtraction.
            return coarsen(LocalDate.parse(raw.value), ago.group(1).toLowerCase());
        }
        return raw.value;
    }

    private static String coarsen(LocalDate day, String unit) {
        return switch (unit) {
            case "year" -> String.valueOf(day.getYear());
            case "month" -> day.toString().substring(0, 7);
            case "week" -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            default -> day.toString();
        };
    }

    /**
     * The TIMEX3 value of an expression that needs a reference date nobody gave: its own partial value if SUTime
     * wrote one, else the placeholder of its finest unit ("yesterday" {@code XXXX-XX-XX}, "last month"
     * {@code XXXX-XX}, "two weeks ago" {@code XXXX-WXX}, "this morning" {@code XXXX-XX-XXTMO}, "last weekend"
     * {@code XXXX-WXX-WE}).
     */
    static String unknownValue(String alt) {
        if (alt == null) {
            return null;
        }
        Matcher partial = PARTIAL_VALUE.matcher(alt);
        if (partial.find()) {
            return partial.group();
        }
        Matcher partOfDay = PART_OF_DAY.matcher(alt);
        if (partOfDay.find()) {
            return "XXXX-XX-XXT" + partOfDay.group(1);
        }
        if (WEEKEND.matcher(alt).find()) {
            return "XXXX-WXX-WE";
        }
        if (TIME_PERIOD.matcher(alt).find()) {
            return "XXXX-XX-XXTXX:XX";
        }
        String finest = null;
        Matcher period = DATE_PERIOD.matcher(alt);
        while (period.find()) {
            String unit = period.group(1);
            if (finest == null || "YMWD".indexOf(unit) > "YMWD".indexOf(finest)) {
                finest = unit;
            }
        }
        if (finest == null) {
            return null;
        }
        return switch (finest) {
            case "Y" -> "XXXX";
            case "M" -> "XXXX-XX";
            case "W" -> "XXXX-WXX";
            default -> "XXXX-XX-XX";
        };
    }

    private record Raw(int start, int end, String value, String alt) {
    }
}
