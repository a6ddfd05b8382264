package io.newsflow.cleaner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;
import io.newsflow.cleaner.domain.metadata.HtmlMetadataExtractor;
import io.newsflow.cleaner.domain.text.ScrapedTextCleaner;
import io.newsflow.cleaner.testing.BigDrops;

/**
 * Big or deeply nested drops are cleaned on a worker-sized stack in a time linear in their size. Budgets are
 * generous (the measured figures are in README.md): they catch a quadratic path or a recursion, not a slow machine.
 */
class BigDropsCleaningTest {

    /** Smaller than a default worker thread's stack, so a recursion per nesting level cannot pass by luck. */
    private static final long WORKER_STACK_BYTES = 512 * 1024;

    private final ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(),
            new ScrapedTextCleaner()::clean, new HtmlMetadataExtractor()::extract, 2000);

    @Test
    void twentyThousandNestedDivsAreExtractedOnAWorkerSizedStack() throws Exception {
        String page = BigDrops.nestedDivs(20_000, 2);

        CleanedDocument doc = cleanOnWorkerStack(page, ArticleCleaner.HTML, Duration.ofSeconds(20));

        assertThat(doc.title()).isEqualTo("Deep page");
        assertThat(doc.text()).startsWith(BigDrops.prose(3000, 2).substring(0, 200));
    }

    @Test
    void aParagraphAtEachOfFortyThousandLevelsIsKeptInLinearTime() throws Exception {
        String page = BigDrops.paragraphPerLevel(40_000, 3);

        CleanedDocument doc = cleanOnWorkerStack(page, ArticleCleaner.HTML, Duration.ofSeconds(20));

        assertThat(doc.paragraphs()).hasSize(40_000);
    }

    @Test
    void aHundredThousandShortLinesAreCleanedInLinearTime() throws Exception {
        String text = BigDrops.shortLines(100_000, 5);

        CleanedDocument doc = cleanOnWorkerStack(text, ArticleCleaner.PLAIN, Duration.ofSeconds(20));

        assertThat(doc.paragraphs()).hasSizeGreaterThan(99_000);
    }

    @Test
    void aFiveMegabyteLineIsKeptWhole() throws Exception {
        String text = BigDrops.oneLine(5_000_000, 6);

        CleanedDocument doc = cleanOnWorkerStack(text, ArticleCleaner.PLAIN, Duration.ofSeconds(30));

        assertThat(doc.text()).isEqualTo(text);
    }

    private CleanedDocument cleanOnWorkerStack(String content, String mediaType, Duration budget) throws Exception {
        CompletableFuture<CleanedDocument> result = new CompletableFuture<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.complete(cleaner.clean(content, mediaType, null));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "big-drop-worker", WORKER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        return result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    }
}
