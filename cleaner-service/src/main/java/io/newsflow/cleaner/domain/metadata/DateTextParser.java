package io.newsflow.cleaner.domain.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses calendar days written in text: ISO and numeric forms, month names of every ICU locale (see
 * {@link CalendarNames}) in day-month-year, month-day-year and year-month-day order, and CJK dates. Only full days
 * count (a month or a year alone is not a publication day). The page's language, when known, decides which month a
 * word names and whether 03/04/2024 is March or April; a weekday written before a numeric date decides it too. Shared
 * by the HTML metadata extractor and the scraped-text cleaner, so both read a byline the same way.
 */
public final class DateTextParser {

    /** Earliest day we accept as a web publication date: older values are template noise or birth dates. */
    public static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** One date found in a text, with its character range. */
    public record DateMatch(int start, int end, LocalDate date) {
    }

    private static final CalendarNames NAMES = CalendarNames.get();

    /** Any word: whether it names a month is looked up, so every language's names fit one pattern. */
    private static final String MONTH = "(?<!\\p{L})(\\p{L}{3,})(?!\\p{L})\\.?";

    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d])";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** 2021-03-03, 2021/03/03, 2021.03.03, also the date part of 2021-03-03T10:00:00+01:00. */
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d\\d)([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

    /** 03.03.2021, 3. 3. 2021, 03-03-2021, 03/03/2021. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:([.])\\s?|([-/]))(\\d{1,2})(?:\\.\\s?|[-/])((?:19|20)\\d\\d)(?!\\d)");

    /** 3. März 2021, 3 March 2021, 3rd of March, 2021, 1er mars 2021, 3 de marzo de 2021, 3 марта 2021 г. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°|-?го)?(?:\\s+(?:de|of))?[\\s-]+" + MONTH
                    + ",?(?:\\s+(?:de|del|of))?[\\s-]+" + YEAR, FLAGS);

    /** March 3, 2021, Mar. 3rd 2021. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+" + YEAR, FLAGS);

    /** 2021. március 3. (Hungarian), 2021 m. kovo 3 d. (Lithuanian), 2021 March 3. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)" + YEAR + "\\.?(?:\\s+m\\.)?\\s+" + MONTH + "\\s+(\\d{1,2})(?!\\d)", FLAGS);

    /** 2021年3月3日 and 2021년 3월 3일. */
    private static final Pattern CJK = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

    /** The word right before a date, to read a weekday from ("Mi., 03.04.2024", "Tuesday, 03/04/2024"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}{2,})\\.?,?\\s*$");

    private static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?<!\\p{L})(?:updated?|modified|aktualisiert|geändert|zuletzt|letzte änderung|mise? à jour"
                    + "|actualizad[oa]|atualizad[oa]|aggiornato|bijgewerkt|zaktualizowano|aktualizacja|обновлено"
                    + "|оновлено)(?!\\p{L})",
            FLAGS);

    /** Words that introduce a date as the publication. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?<!\\p{L})(published|posted|erschienen|veröffentlicht|publiziert|publié|publicado|publicada|pubblicato"
                    + "|gepubliceerd|opublikowano|data publikacji|publicerad|опубликовано|опубліковано|datum|date)"
                    + "(?:\\s+(?:on|am|le|el|il|op|den))?\\s*:?",
            FLAGS);

    private DateTextParser() {
    }

    /**
     * Parses a value that is meant to be one date (a meta tag content, a datetime attribute, a byline): the first day
     * written in it, read without knowing the language.
     */
    public static Optional<LocalDate> parse(String value) {
        return parse(value, null);
    }

    /** As {@link #parse(String)}, reading month names and numeric day/month order as {@code language} writes them. */
    public static Optional<LocalDate> parse(String value, Locale language) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<DateMatch> found = findAll(value, language);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).date());
    }

    /** Every full day written in the text, read without knowing the language. */
    public static List<DateMatch> findAll(String text) {
        return findAll(text, null);
    }

    /**
     * Every full day written in the text, in order of position, overlapping forms resolved to the longest.
     *
     * @param language the page's language (and region, for numeric order), or null when unknown
     */
    public static List<DateMatch> findAll(String text, Locale language) {
        List<DateMatch> all = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return all;
        }
        String lang = language == null ? null : language.getLanguage();
        collect(ISO.matcher(text), all, m -> day(m.group(1), m.group(3), m.group(4)));
        collect(NUMERIC.matcher(text), all, m -> numeric(text, m, language));
        collect(DAY_MONTH_YEAR.matcher(text), all, m -> monthDay(m.group(3), m.group(2), m.group(1), lang));
        collect(MONTH_DAY_YEAR.matcher(text), all, m -> monthDay(m.group(3), m.group(1), m.group(2), lang));
        collect(YEAR_MONTH_DAY.matcher(text), all, m -> monthDay(m.group(1), m.group(2), m.group(3), lang));
        collect(CJK.matcher(text), all, m -> day(m.group(1), m.group(2), m.group(3)));
        all.sort(Comparator.comparingInt(DateMatch::start).thenComparing(d -> -(d.end() - d.start())));
        List<DateMatch> result = new ArrayList<>();
        int lastEnd = -1;
        for (DateMatch d : all) {
            if (d.start() >= lastEnd) {
                result.add(d);
                lastEnd = d.end();
            }
        }
        return result;
    }

    /** A plausible publication day: not before {@link #EARLIEST} and not after {@code today}. */
    public static boolean isPlausible(LocalDate date, LocalDate today) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(today);
    }

    /** Whether the text introduces a date as the publication ("Published on", "Erschienen am", "Publié le"). */
    public static boolean hasPublicationLabel(String text) {
        return text != null && PUBLISHED_LABEL.matcher(text).find();
    }

    /** Where each publication label in the text ends, i.e. where its date should start. */
    public static List<Integer> publicationLabelEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        Matcher m = PUBLISHED_LABEL.matcher(text);
        while (m.find()) {
            ends.add(m.end());
        }
        return ends;
    }

    /** Whether the text names a later change ("Updated", "Aktualisiert am", "mis à jour le"). */
    public static boolean hasUpdateLabel(String text) {
        return text != null && UPDATE_LABEL.matcher(text).find();
    }

    /** Whether the date found in {@code text} is introduced as a later change rather than the publication. */
    public static boolean isLabelledUpdate(String text, DateMatch date) {
        return hasUpdateLabel(text.substring(Math.max(0, date.start() - 30), date.start()));
    }

    /**
     * Day and month of a numeric date: a number above 12 is the day; otherwise a weekday written before it, then the
     * language's custom (month first in en-US, with slashes), then day first as most of the world writes it.
     */
    private static Optional<LocalDate> numeric(String text, Matcher m, Locale language) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(4));
        Optional<LocalDate> dayFirst = day(m.group(5), m.group(4), m.group(1));
        Optional<LocalDate> monthFirst = day(m.group(5), m.group(1), m.group(4));
        if (a > 12 || b > 12 || a == b) {
            return dayFirst.or(() -> monthFirst);
        }
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
        int weekday = before.find()
                ? NAMES.weekday(before.group(1), language == null ? null : language.getLanguage())
                : 0;
        boolean dayFirstFits = weekday != 0 && dayFirst.get().getDayOfWeek().getValue() == weekday;
        boolean monthFirstFits = weekday != 0 && monthFirst.get().getDayOfWeek().getValue() == weekday;
        if (dayFirstFits != monthFirstFits) {
            return dayFirstFits ? dayFirst : monthFirst;
        }
        char separator = m.group(2) != null ? '.' : m.group(3).charAt(0);
        return NAMES.writesMonthFirst(language, separator) ? monthFirst : dayFirst;
    }

    private interface Reader {
        Optional<LocalDate> read(Matcher m);
    }

    private static void collect(Matcher m, List<DateMatch> into, Reader reader) {
        while (m.find()) {
            reader.read(m).ifPresent(d -> into.add(new DateMatch(m.start(), m.end(), d)));
        }
    }

    private static Optional<LocalDate> monthDay(String year, String monthName, String day, String language) {
        int month = NAMES.month(monthName, language);
        return month == 0 ? Optional.empty() : day(year, Integer.toString(month), day);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
