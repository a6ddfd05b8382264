package io.newsflow.cleaner.domain.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds and parses calendar days written in text: ISO and numeric forms and month names in English, German, French,
 * Spanish, Italian, Portuguese, Dutch, Polish, Romanian, Swedish/Danish/Norwegian and Russian/Ukrainian. Only full
 * days count (a month or a year alone is not a publication day). Shared by the HTML metadata extractor and the
 * scraped-text cleaner, so both read a byline the same way.
 */
public final class DateTextParser {

    /** Earliest day we accept as a web publication date: older values are template noise or birth dates. */
    public static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** One date found in a text, with its character range. */
    public record DateMatch(int start, int end, LocalDate date) {
    }

    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).collect(Collectors.joining("|", "(?<!\\p{L})(", ")(?!\\p{L})\\.?"));

    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d])";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** 2021-03-03, 2021/03/03, 2021.03.03, also the date part of 2021-03-03T10:00:00+01:00. */
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d\\d)([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

    /** 03.03.2021, 3. 3. 2021, 03-03-2021, 03/03/2021. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:([.])\\s?|([-/]))(\\d{1,2})(?:\\.\\s?|[-/])((?:19|20)\\d\\d)(?!\\d)");

    /** 3. März 2021, 3 March 2021, 3rd of March, 2021, 1er mars 2021, 3 de marzo de 2021. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°|-?го)?(?:\\s+(?:de|of))?[\\s-]+" + MONTH
                    + ",?(?:\\s+(?:de|del|of))?[\\s-]+" + YEAR, FLAGS);

    /** March 3, 2021, Mar. 3rd 2021. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+" + YEAR, FLAGS);

    /** 2021年3月3日 and 2021년 3월 3일. */
    private static final Pattern CJK = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

    private static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?<!\\p{L})(?:updated?|modified|aktualisiert|geändert|zuletzt|letzte änderung|mis à jour|actualizado"
                    + "|aggiornato|bijgewerkt|обновлено)(?!\\p{L})",
            FLAGS);

    /** Words that introduce a date as the publication. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?<!\\p{L})(published|posted|erschienen|veröffentlicht|publiziert|publié|publicado|publicada|pubblicato"
                    + "|gepubliceerd|opublikowano|publicerad|опубликовано|datum|date)(?:\\s+(?:on|am|le|el|il|op|den))?"
                    + "\\s*:?",
            FLAGS);

    private DateTextParser() {
    }

    /**
     * Parses a value that is meant to be one date (a meta tag content, a datetime attribute, a byline): the first day
     * written in it.
     */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<DateMatch> found = findAll(value);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).date());
    }

    /** Every full day written in the text, in order of position, overlapping forms resolved to the longest. */
    public static List<DateMatch> findAll(String text) {
        List<DateMatch> all = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return all;
        }
        collect(ISO.matcher(text), all, m -> day(m.group(1), m.group(3), m.group(4)));
        collect(NUMERIC.matcher(text), all, m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(4));
            // day first as most of the world writes it; month first only when the second number cannot be a month
            boolean monthFirst = a <= 12 && b > 12;
            return monthFirst ? day(m.group(5), m.group(1), m.group(4)) : day(m.group(5), m.group(4), m.group(1));
        });
        collect(DAY_MONTH_YEAR.matcher(text), all, m -> monthDay(m.group(3), m.group(2), m.group(1)));
        collect(MONTH_DAY_YEAR.matcher(text), all, m -> monthDay(m.group(3), m.group(1), m.group(2)));
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

    /** Month number for a month name or abbreviation in one of the known languages, or 0. */
    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    private interface Reader {
        Optional<LocalDate> read(Matcher m);
    }

    private static void collect(Matcher m, List<DateMatch> into, Reader reader) {
        while (m.find()) {
            reader.read(m).ifPresent(d -> into.add(new DateMatch(m.start(), m.end(), d)));
        }
    }

    private static Optional<LocalDate> monthDay(String year, String monthName, String day) {
        int month = month(monthName);
        return month == 0 ? Optional.empty() : day(year, Integer.toString(month), day);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            // en, de, fr, es, it, pt, nl, pl (nominative and genitive), ro, sv/da/no, ru/uk (genitive)
            {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                "janeiro", "januari", "styczeń", "stycznia", "sty", "ianuarie", "января", "січня", "январь"},
            {"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
                "fevereiro", "fev", "februari", "luty", "lutego", "lut", "februarie", "февраля", "лютого", "февраль"},
            {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec",
                "marca", "martie", "марта", "березня", "март"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi", "aprilie",
                "апреля", "квітня", "апрель"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "мая", "травня", "май"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze", "iunie",
                "июня", "червня", "июнь"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip",
                "iulie", "июля", "липня", "июль"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "augusti", "августа",
                "серпня", "август"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
                "septembrie", "wrzesień", "września", "wrz", "сентября", "вересня", "сентябрь"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                "październik", "października", "paź", "octombrie", "октября", "жовтня", "октябрь"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis", "noiembrie",
                "ноября", "листопада", "ноябрь"},
            {"december", "dec", "dez", "dezember", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro", "grudzień", "grudnia", "gru", "decembrie", "декабря", "грудня", "декабрь"},
        };
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.putIfAbsent(n, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
