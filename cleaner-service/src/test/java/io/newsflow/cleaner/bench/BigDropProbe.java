package io.newsflow.cleaner.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.newsflow.cleaner.domain.ArticleCleaner;
import io.newsflow.cleaner.domain.CleanedDocument;
import io.newsflow.cleaner.domain.html.HtmlArticleExtractor;
import io.newsflow.cleaner.domain.metadata.HtmlMetadataExtractor;
import io.newsflow.cleaner.domain.text.ScrapedTextCleaner;
import io.newsflow.cleaner.testing.BigDrops;

/**
 * Time and allocation of the cleaning stage on big or pathological drops, each on a fresh thread with the default
 * stack size (as a worker thread has). Run: {@code mvn -B -q -f cleaner-service/pom.xml test-compile
 * exec:java@probe-big-drops}.
 */
public final class BigDropProbe {

    private static final long TIMEOUT_SECONDS = Long.getLong("probe.timeout.seconds", 120);

    public static void main(String[] args) throws Exception {
        ArticleCleaner cleaner = new ArticleCleaner(new HtmlArticleExtractor(), new ScrapedTextCleaner()::clean,
                new HtmlMetadataExtractor()::extract, 2000);
        Map<String, String[]> drops = new LinkedHashMap<>();
        drops.put("html prose 5 MB", new String[] { BigDrops.proseHtml(5_000_000, 1), ArticleCleaner.HTML });
        drops.put("html 20,000 nested divs", new String[] { BigDrops.nestedDivs(20_000, 2), ArticleCleaner.HTML });
        for (int levels : new int[] { 10_000, 40_000 }) {
            drops.put(String.format("html %,d levels, p each", levels),
                    new String[] { BigDrops.paragraphPerLevel(levels, levels), ArticleCleaner.HTML });
        }
        drops.put("html one 5 MB paragraph",
                new String[] { "<html><body><p>" + BigDrops.oneLine(5_000_000, 3) + "</p></body></html>",
                        ArticleCleaner.HTML });
        drops.put("text prose 5 MB", new String[] { BigDrops.prose(5_000_000, 4), ArticleCleaner.PLAIN });
        drops.put("text 100,000 short lines", new String[] { BigDrops.shortLines(100_000, 5), ArticleCleaner.PLAIN });
        drops.put("text 400,000 short lines", new String[] { BigDrops.shortLines(400_000, 9), ArticleCleaner.PLAIN });
        drops.put("text one 5 MB line", new String[] { BigDrops.oneLine(5_000_000, 6), ArticleCleaner.PLAIN });
        for (Map.Entry<String, String[]> drop : drops.entrySet()) {
            System.out.println(measure(cleaner, drop.getKey(), drop.getValue()[0], drop.getValue()[1]));
        }
        System.exit(0);
    }

    private static String measure(ArticleCleaner cleaner, String name, String content, String mediaType)
            throws InterruptedException {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            try {
                CleanedDocument doc = cleaner.clean(content, mediaType, null);
                result.complete(String.format("%-28s %,11d chars in  %7d ms  %,7d MB allocated  -> %,d chars, %,d "
                        + "paragraphs, %,d removed", name, content.length(), (System.nanoTime() - start) / 1_000_000,
                        (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20, doc.text().length(),
                        doc.paragraphs().size(), doc.removed().size()));
            } catch (Throwable failure) {
                result.complete(String.format("%-28s %,11d chars in  %7d ms  FAILED: %s", name, content.length(),
                        (System.nanoTime() - start) / 1_000_000, failure));
            }
        }, "probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return String.format("%-28s %,11d chars in  > %d s: gave up", name, content.length(), TIMEOUT_SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
