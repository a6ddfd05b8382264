package io.newsflow.query.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of request parameters that arrive as text, with messages that name the parameter and the expected form. */
final class QueryParams {

    private QueryParams() {
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Longest name a search accepts: longer ones are not names, and matching them costs for nothing. */
    static final int MAX_NAME_LENGTH = 200;

    /** A searched name: trimmed, at most {@link #MAX_NAME_LENGTH} characters, without control characters. */
    static String name(String parameter, String value) {
        String text = trimToNull(value);
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_NAME_LENGTH) {
            throw new InvalidQueryException("'" + parameter + "' is " + text.length() + " characters long; a name "
                    + "has at most " + MAX_NAME_LENGTH);
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE)) {
            throw new InvalidQueryException("'" + parameter + "' contains a control character");
        }
        return text;
    }

    static LocalDate date(String name, String value) {
        String text = trimToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(
                    "'" + name + "' must be an ISO date (yyyy-MM-dd), got '" + value + "'");
        }
    }

    static int integer(String name, String value, int fallback, int min) {
        String text = trimToNull(value);
        if (text == null) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("'" + name + "' must be an integer, got '" + value + "'");
        }
        if (parsed < min) {
            throw new InvalidQueryException("'" + name + "' must be at least " + min + ", got " + parsed);
        }
        return parsed;
    }

    static boolean bool(String name, String value) {
        String text = trimToNull(value);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidQueryException("'" + name + "' must be true or false, got '" + value + "'");
        };
    }

    /** One of an enum's constants, named in any case. */
    static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        String text = trimToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("'" + name + "' must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", got '" + value + "'");
        }
    }
}
