package io.newsflow.cleaner.bench.pubdate;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits benchmark pages into k folds grouped by site, so no site has pages on both sides of a split: a rule that
 * learned one site's template would otherwise look general. The site is the host of the page URL without "www.", or
 * the file name when the page has no URL. Sites go, largest first, to the fold with the fewest pages so far, which
 * keeps the folds even and the split the same on every run.
 */
final class SiteFolds {

    private SiteFolds() {
    }

    /** @param urlByPage page name -> its URL, or null */
    static List<List<String>> split(Map<String, String> urlByPage, int k) {
        Map<String, List<String>> bySite = new TreeMap<>();
        urlByPage.forEach((page, url) -> bySite.computeIfAbsent(site(page, url), s -> new ArrayList<>()).add(page));
        List<List<String>> sites = new ArrayList<>(bySite.values());
        sites.sort(Comparator.<List<String>>comparingInt(List::size).reversed());
        List<List<String>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (List<String> pages : sites) {
            folds.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(pages);
        }
        return folds;
    }

    /** How many sites the pages come from. */
    static int siteCount(Map<String, String> urlByPage) {
        return (int) urlByPage.entrySet().stream().map(e -> site(e.getKey(), e.getValue())).distinct().count();
    }

    private static String site(String page, String url) {
        try {
            String host = url == null ? null : URI.create(url.strip()).getHost();
            if (host != null) {
                host = host.toLowerCase(Locale.ROOT);
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // an unparsable URL: the page is its own site
        }
        return page;
    }
}
