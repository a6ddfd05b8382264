package io.newsflow.enrich.domain.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LshDuplicateIndexTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final LshDuplicateIndex index = new LshDuplicateIndex();

    private DuplicateVerdict register(String id, String text) {
        return index.register(id, fingerprinter.fingerprint(text));
    }

    @Test
    void firstArticleFoundsItsOwnStory() {
        assertThat(register("a1", SameTopicStories.EVACUATION)).isEqualTo(new DuplicateVerdict(null, null, "a1"));
    }

    @Test
    void exactCopiesPointAtTheFirstArticleWithThatHash() {
        register("a1", SameTopicStories.EVACUATION);

        assertThat(register("a2", SameTopicStories.EVACUATION)).isEqualTo(new DuplicateVerdict("a1", null, "a1"));
        assertThat(register("a3", "\uFEFF" + SameTopicStories.EVACUATION.replace("\n", "\r\n")))
                .isEqualTo(new DuplicateVerdict("a1", null, "a1"));
    }

    @Test
    void wrappedTruncatedAndUpdatedCopiesAreNearDuplicatesInTheOriginalsStory() {
        register("a1", SameTopicStories.EVACUATION);

        assertThat(register("wrapped", SameTopicStories.wrapped(SameTopicStories.EVACUATION)))
                .isEqualTo(new DuplicateVerdict(null, "a1", "a1"));
        assertThat(register("truncated", SameTopicStories.truncated(SameTopicStories.EVACUATION, 0.7)))
                .extracting(DuplicateVerdict::duplicateOf, DuplicateVerdict::storyId).containsExactly(null, "a1");
        assertThat(register("updated", SameTopicStories.updatedEvacuation()))
                .extracting(DuplicateVerdict::duplicateOf, DuplicateVerdict::storyId).containsExactly(null, "a1");
    }

    @Test
    void shortStoryInLongBoilerplateIsStillTheSameStory() {
        String brief = "Elmsford schools in the lower districts reopen on Monday after the flood, the council said, "
                + "and buses will follow their usual routes again.";
        register("brief", brief);

        assertThat(register("brief-wrapped", SameTopicStories.wrapped(brief)).storyId()).isEqualTo("brief");
    }

    @Test
    void copyOfACopyJoinsTheStoryOfTheFirstArticle() {
        register("a1", SameTopicStories.EVACUATION);
        register("a2", SameTopicStories.wrapped(SameTopicStories.EVACUATION));

        DuplicateVerdict verdict = register("a3", SameTopicStories.wrapped(SameTopicStories.updatedEvacuation()));

        assertThat(verdict.storyId()).isEqualTo("a1");
        assertThat(verdict.nearDuplicateOf()).isIn("a1", "a2");
    }

    @Test
    void distinctStoriesOnOneTopicStayApartEvenInOneSitesBoilerplate() {
        List<String> stories = SameTopicStories.ALL;
        for (int i = 0; i < stories.size(); i++) {
            assertThat(register("s" + i, stories.get(i))).isEqualTo(new DuplicateVerdict(null, null, "s" + i));
        }
        for (int i = 0; i < stories.size(); i++) {
            // Each wrapped copy finds its own story and no other one.
            assertThat(register("w" + i, SameTopicStories.wrapped(stories.get(i))).storyId()).isEqualTo("s" + i);
        }
    }

    @Test
    void distinctStoriesOnOneTopicScoreFarBelowEveryRule() {
        List<String> stories = SameTopicStories.ALL;
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                SignatureSimilarity similarity = SignatureSimilarity.of(
                        FingerprinterTest.ints(fingerprinter.fingerprint(stories.get(i))),
                        FingerprinterTest.ints(fingerprinter.fingerprint(stories.get(j))));
                assertThat(similarity.jaccard()).as("stories %d and %d", i, j).isLessThan(0.1);
                assertThat(index.sameStory(similarity)).isFalse();
            }
        }
    }

    @Test
    void registeringAnIdAgainReturnsItsFirstVerdict() {
        DuplicateVerdict first = register("a1", SameTopicStories.EVACUATION);
        register("a2", SameTopicStories.INSURANCE);
        DuplicateVerdict nearFirst = register("a3", SameTopicStories.wrapped(SameTopicStories.INSURANCE));

        assertThat(register("a1", SameTopicStories.EVACUATION)).isEqualTo(first);
        assertThat(register("a3", SameTopicStories.wrapped(SameTopicStories.INSURANCE))).isEqualTo(nearFirst);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void restoredArticlesClassifyLaterCopies() {
        Fingerprint original = fingerprinter.fingerprint(SameTopicStories.CLEANUP);
        Fingerprint wrapped = fingerprinter.fingerprint(SameTopicStories.wrapped(SameTopicStories.CLEANUP));
        // Replayed in another order than first seen: the copy's verdict names the original.
        index.restore("copy", original, new DuplicateVerdict("first", null, "first"));
        index.restore("first", original, new DuplicateVerdict(null, null, "first"));
        index.restore("near", wrapped, new DuplicateVerdict(null, "first", "first"));

        assertThat(register("again", SameTopicStories.CLEANUP)).isEqualTo(new DuplicateVerdict("first", null, "first"));
        assertThat(register("wrapped-again", SameTopicStories.wrapped(SameTopicStories.CLEANUP)).storyId())
                .isEqualTo("first");
        assertThat(register("near", SameTopicStories.EVACUATION)).isEqualTo(new DuplicateVerdict(null, "first", "first"));
    }

    @Test
    void anOriginalRedeliveredAfterItsRestoredCopiesStaysTheirOriginal() {
        // Parallel consumers: the copy's record was published, the original's was not before a restart.
        register("older", SameTopicStories.EVACUATION);
        Fingerprint wrapped = fingerprinter.fingerprint(SameTopicStories.wrapped(SameTopicStories.EVACUATION));
        index.restore("copy", wrapped, new DuplicateVerdict("original", null, "older"));

        assertThat(index.register("original", wrapped)).isEqualTo(new DuplicateVerdict(null, "older", "older"));
        assertThat(index.register("copy-2", wrapped)).isEqualTo(new DuplicateVerdict("original", null, "older"));
    }

    @Test
    void restoreKeepsTheFirstVerdictOfAnId() {
        Fingerprint fingerprint = fingerprinter.fingerprint(SameTopicStories.VOLUNTEERS);
        index.restore("v1", fingerprint, new DuplicateVerdict(null, null, "v1"));
        index.restore("v1", fingerprint, new DuplicateVerdict(null, null, "v1"));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.register("v1", fingerprint)).isEqualTo(new DuplicateVerdict(null, null, "v1"));
    }

    @Test
    void restoreOfARecordWithoutStoryIdTakesItsOwnId() {
        index.restore("old", fingerprinter.fingerprint(SameTopicStories.CRITICISM), new DuplicateVerdict(null, null, null));

        assertThat(register("copy", SameTopicStories.CRITICISM)).isEqualTo(new DuplicateVerdict("old", null, "old"));
    }

    @Test
    void textsWithoutWordsAreOnlyExactDuplicatesOfEachOther() {
        register("empty", "");
        register("dashes", " -- ");

        assertThat(register("empty2", "\r\n")).isEqualTo(new DuplicateVerdict("empty", null, "empty"));
        assertThat(register("other", "- - -")).isEqualTo(new DuplicateVerdict(null, null, "other"));
    }

    @Test
    void invalidInputIsRefusedWithAReason() {
        Fingerprint fingerprint = fingerprinter.fingerprint("text");

        assertThatThrownBy(() -> index.register(" ", fingerprint)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> index.register("x", new Fingerprint("h", "0000000000000000", List.of(1, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 slots, expected 128");
        assertThatThrownBy(() -> new LshDuplicateIndex(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentRegistrationsAgreeOnOneFirstArticlePerText() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String story : SameTopicStories.ALL) {
            texts.add(story);
            texts.add(SameTopicStories.wrapped(story));
        }
        int threads = 4;
        Map<String, DuplicateVerdict> verdicts = new ConcurrentHashMap<>();
        Map<String, String> textOf = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            List<String> order = new ArrayList<>(texts);
            Collections.shuffle(order, new java.util.Random(thread));
            futures.add(pool.submit(() -> {
                start.await();
                for (String text : order) {
                    String id = "t" + thread + "-" + texts.indexOf(text);
                    textOf.put(id, text);
                    verdicts.put(id, register(id, text));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Map<String, List<String>> idsByText = textOf.keySet().stream()
                .collect(Collectors.groupingBy(textOf::get));
        for (List<String> ids : idsByText.values()) {
            List<String> firsts = ids.stream().filter(id -> verdicts.get(id).duplicateOf() == null).toList();
            assertThat(firsts).hasSize(1);
            assertThat(ids).allSatisfy(id -> assertThat(verdicts.get(id).duplicateOf()).isIn(null, firsts.get(0)));
        }
        // Five stories, each with exactly one story id shared by all its copies.
        Map<Integer, java.util.Set<String>> storiesPerStory = textOf.keySet().stream().collect(Collectors.groupingBy(
                id -> texts.indexOf(textOf.get(id)) / 2, Collectors.mapping(id -> verdicts.get(id).storyId(),
                        Collectors.toSet())));
        assertThat(storiesPerStory).hasSize(5).allSatisfy((story, ids) -> assertThat(ids).hasSize(1));
    }
}
