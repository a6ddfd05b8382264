package io.newsflow.cleaner.domain.metadata;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;

/**
 * Gregorian month and weekday names of every ICU locale (wide and abbreviated, format and standalone forms, so the
 * genitive "marca"/"марта" as well as the nominative "marzec"/"март"), and which locales write the month before the
 * day. Names are keyed in lower case, also without diacritics and with German umlauts spelled out ("maerz"), as
 * pages write them. One word can name different months in different languages (Polish "listopad" is November,
 * Croatian October): the page's language decides, else the month most languages mean.
 */
final class CalendarNames {

    /** Shorter month abbreviations would be ordinary words in too many languages to find dates by. */
    private static final int MONTH_MIN_LENGTH = 3;

    /** Weekdays only confirm a reading of a date already found, so two-letter forms ("Mi", "Di") are safe. */
    private static final int WEEKDAY_MIN_LENGTH = 2;

    /** Names this short that only one language uses are read only on pages in that language. */
    private static final int SHORT_NAME = 3;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final int[] CONTEXTS = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};

    private static final int[] WIDTHS = {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED};

    /** Marks a locale that writes numeric dates day first (or year first). */
    private static final char DAY_FIRST = 0;

    private static final CalendarNames INSTANCE = new CalendarNames();

    /** word -> language -> month (1-12); the "" language holds the month most languages mean. */
    private final Map<String, Map<String, Integer>> months = new HashMap<>();

    /** word -> language -> ISO day of week (1 = Monday); "" as for months. */
    private final Map<String, Map<String, Integer>> weekdays = new HashMap<>();

    /**
     * language or language-region tag -> the separator its short date pattern writes month-day-year with ("M/d/yy":
     * '/'), or {@link #DAY_FIRST} when it puts the day first or the year first.
     */
    private final Map<String, Character> monthFirstSeparators = new HashMap<>();

    private CalendarNames() {
        Map<String, Map<Integer, Integer>> monthVotes = new HashMap<>();
        Map<String, Map<Integer, Integer>> weekdayVotes = new HashMap<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            String language = locale.getLanguage();
            if (language.isEmpty()) {
                continue; // the root locale: its names are English placeholders, and "" holds the votes
            }
            DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, locale);
            for (int context : CONTEXTS) {
                for (int width : WIDTHS) {
                    String[] names = symbols.getMonths(context, width);
                    for (int m = 0; m < 12; m++) {
                        add(months, monthVotes, MONTH_MIN_LENGTH, names[m], language, m + 1);
                    }
                    String[] days = symbols.getWeekdays(context, width);
                    for (int d = 1; d <= 7; d++) { // ICU: 1 = Sunday
                        add(weekdays, weekdayVotes, WEEKDAY_MIN_LENGTH, days[d], language, d == 1 ? 7 : d - 1);
                    }
                }
            }
            DateFormat format = DateFormat.getDateInstance(DateFormat.SHORT, locale);
            if (format instanceof SimpleDateFormat simple) {
                monthFirstSeparators.put(locale.toLanguageTag().toLowerCase(Locale.ROOT),
                        monthFirstSeparator(simple.toPattern()));
            }
        }
        settleVotes(months, monthVotes);
        settleVotes(weekdays, weekdayVotes);
    }

    static CalendarNames get() {
        return INSTANCE;
    }

    /** The month a word names (1-12) in the given language, or in most languages when that is null; 0 if none. */
    int month(String word, String language) {
        return lookup(months, word, language);
    }

    /** The ISO day of week (1 = Monday) a word names, like {@link #month}; 0 if none. */
    int weekday(String word, String language) {
        return lookup(weekdays, word, language);
    }

    /**
     * Whether pages in this locale write a numeric date with this separator month first (03/04/2024 = March 4): "en",
     * "en-US" with '/' yes; "en-GB", "de", "pl", and every locale with '.' or '-', no (no locale writes those month
     * first, so a German page mislabelled "en-US" keeps its 03.04.2024). A region without data falls back to its
     * language; unknown locales are day first.
     */
    boolean writesMonthFirst(Locale locale, char separator) {
        if (locale == null) {
            return false;
        }
        Character exact = monthFirstSeparators.get(locale.toLanguageTag().toLowerCase(Locale.ROOT));
        char written = exact != null ? exact : monthFirstSeparators.getOrDefault(locale.getLanguage(), DAY_FIRST);
        return written != DAY_FIRST && written == separator;
    }

    /** The separator after the month field of a month-day-year pattern, else {@link #DAY_FIRST}. */
    private static char monthFirstSeparator(String pattern) {
        int month = pattern.indexOf('M');
        int day = pattern.indexOf('d');
        int year = pattern.indexOf('y');
        if (month < 0 || day < 0 || year < 0 || month > day || day > year) {
            return DAY_FIRST;
        }
        int after = month;
        while (after < pattern.length() && pattern.charAt(after) == 'M') {
            after++;
        }
        return after < pattern.length() ? pattern.charAt(after) : DAY_FIRST;
    }

    private static int lookup(Map<String, Map<String, Integer>> names, String word, String language) {
        Map<String, Integer> byLanguage = names.get(key(word));
        if (byLanguage == null) {
            return 0;
        }
        Integer value = language == null ? null : byLanguage.get(language);
        if (value != null) {
            return value;
        }
        // outside its own language a short name must be shared to count: Sardinian "aus" is German "from"
        boolean shortAndRare = key(word).length() <= SHORT_NAME && byLanguage.size() - 1 < 2;
        return shortAndRare ? 0 : byLanguage.get("");
    }

    private static void add(Map<String, Map<String, Integer>> names, Map<String, Map<Integer, Integer>> votes,
            int minLength, String name, String language, int value) {
        if (name == null) {
            return;
        }
        String base = key(name);
        String folded = MARKS.matcher(Normalizer.normalize(base, Normalizer.Form.NFD)).replaceAll("");
        String spelledOut = base.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        for (String word : List.of(base, folded, spelledOut)) {
            if (word.length() < minLength || !WORD.matcher(word).matches()) {
                continue;
            }
            Map<String, Integer> byLanguage = names.computeIfAbsent(word, w -> new HashMap<>());
            // count each language once per word, however many of its locales and forms repeat it
            if (byLanguage.putIfAbsent(language, value) == null) {
                votes.computeIfAbsent(word, w -> new HashMap<>()).merge(value, 1, Integer::sum);
            }
        }
    }

    /** Stores under "" the value most languages give a word; ties go to the lower value, so it is stable. */
    private static void settleVotes(Map<String, Map<String, Integer>> names, Map<String, Map<Integer, Integer>> votes) {
        votes.forEach((word, counts) -> {
            int best = counts.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .findFirst().orElseThrow().getKey();
            names.get(word).put("", best);
        });
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
