package io.newsflow.enrich.domain.dates;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotator;

/**
 * One SUTime annotator whose results depend on the document alone. Not thread-safe: one caller at a time.
 *
 * <p>SUTime's tense rules ("said Friday", "will meet Monday") tag the value of the weekday or month that its rule
 * environment keeps for every document, and the tag outlives the document (CoreNLP issue 1061): "due Friday" in the
 * next article then resolved to the past Friday. After every document the tense tags of the environment's values
 * are put back as they were when the rules were loaded. The environment is private to SUTime, hence the
 * reflection; CoreNLP's version is pinned, and a change there fails at start-up, not silently.
 */
final class IsolatedSutime {

    /** The only tag SUTime's rules put on shared values (english.sutime.txt, VTag). */
    private static final String TENSE_TAG = "resolveTo";

    private final TimeAnnotator annotator;
    /** Each value of the rule environment with its tense tag at load time (null when it had none). */
    private final Map<Value<?>, Value<?>> loadedTags = new IdentityHashMap<>();

    IsolatedSutime(Properties properties) {
        annotator = new TimeAnnotator("sutime", properties);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> pending = new ArrayList<>(ruleEnvironment(annotator).getVariables().values());
        while (!pending.isEmpty()) {
            Object item = pending.remove(pending.size() - 1);
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof Value<?> value) {
                loadedTags.put(value, value.getTags() == null ? null : value.getTags().getTag(TENSE_TAG));
                pending.add(value.get());
            } else if (item instanceof Map<?, ?> map) {
                pending.addAll(map.values());
            } else if (item instanceof Collection<?> collection) {
                pending.addAll(collection);
            }
        }
    }

    void annotate(Annotation document) {
        try {
            annotator.annotate(document);
        } finally {
            loadedTags.forEach((value, tag) -> {
                Tags tags = value.getTags();
                if (tags == null) {
                    return;
                }
                if (tag == null) {
                    tags.removeTag(TENSE_TAG);
                } else {
                    tags.setTag(TENSE_TAG, tag);
                }
            });
        }
    }

    private static Env ruleEnvironment(TimeAnnotator annotator) {
        try {
            Object extractor = field(annotator, "timexExtractor");
            Object patterns = field(extractor, "timexPatterns");
            return (Env) field(patterns, "env");
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("SUTime's rule environment is not where CoreNLP 4.5 keeps it", e);
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
