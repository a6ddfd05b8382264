package io.newsflow.cleaner.domain.metadata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the author out of a byline ("By Jane Doe • 3 March 2021", "Von Max Muster und Erika Musterfrau", "par Jean
 * Dupont", "Author: Ana Ruiz"). Only call it on text already known to be a byline or author field: the byline word is
 * looked for anywhere in it.
 */
public final class Bylines {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";

    /** Up to four name words, with the particles of family names between them. */
    private static final String NAME = NAME_WORD
            + "(?:[ \\t]+(?:(?:van|von|de|der|den|da|di|du|del|la|le|y|bin|al)[ \\t]+)*" + NAME_WORD + "){0,3}";

    private static final Pattern BYLINE = Pattern.compile(
            "(?:^|[\\s•|·,;:(–—-])(?iu:written by|by|von|par|por|di|door|av|от|author:|autor:|auteur:|text:)[ \\t]+("
                    + NAME + "(?:[ \\t]*(?:,|&|and|und|et|y|e|i)[ \\t]+" + NAME + ")?)");

    private Bylines() {
    }

    /** The name(s) after the byline word, or empty when the text names nobody. */
    public static Optional<String> author(String byline) {
        if (byline == null || byline.isBlank()) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(byline.strip());
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
