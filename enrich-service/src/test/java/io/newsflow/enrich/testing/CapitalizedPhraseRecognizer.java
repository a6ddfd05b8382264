package io.newsflow.enrich.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.EntityMention;
import io.newsflow.contract.EntityType;
import io.newsflow.enrich.domain.entities.EntityRecognizer;

/**
 * TEST ONLY: stands in for the CoreNLP recognizer of {@code domain.entities}, which another branch builds. Marks runs
 * of two or more capitalized words as PERSON, keyed by their lower-cased spelling.
 */
public class CapitalizedPhraseRecognizer implements EntityRecognizer {

    private static final Pattern PHRASE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+");

    @Override
    public List<EntityMention> recognize(String text) {
        List<EntityMention> mentions = new ArrayList<>();
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            mentions.add(new EntityMention(m.group(), m.start(), m.end(), EntityType.PERSON, m.group(),
                    "person:" + m.group().toLowerCase(Locale.ROOT).replace(' ', '-')));
        }
        return mentions;
    }
}
