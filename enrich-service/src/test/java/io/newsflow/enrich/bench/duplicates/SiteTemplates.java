package io.newsflow.enrich.bench.duplicates;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented news sites that republish a story inside their own page furniture: a fixed header and footer per site
 * (navigation, cookie notice, donation appeal, copyright) plus parts that change per page (date line, related
 * headlines). Copies of different stories on one site share the fixed part, as real syndicated pages do.
 */
final class SiteTemplates {

    private record Site(String name, List<String> header, List<String> footer) {
    }

    private static final List<Site> SITES = List.of(
            new Site("The Harbour Ledger",
                    List.of("Skip to main content", "Home | World | Business | Opinion | Sport | Culture",
                            "Subscribe for unlimited access"),
                    List.of("Share this article: Facebook Twitter Email Print",
                            "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept",
                            "Independent journalism needs your support. Donate today from as little as 3 dollars a month.",
                            "(c) 2024 The Harbour Ledger. All rights reserved.")),
            new Site("Northgate Daily",
                    List.of("Menu", "Search", "Sign in", "Northgate Daily - news you can trust"),
                    List.of("Enjoyed this story? Become a member and read without limits.",
                            "Comments are closed for this article.",
                            "Privacy policy | Terms of use | Contact us | Advertise with us",
                            "Copyright Northgate Media Group 2023")),
            new Site("Riverside Post",
                    List.of("Top of page", "News Local Politics Money Tech Weather", "Breaking: live coverage continues"),
                    List.of("This site uses cookies. Manage your preferences or accept all cookies to continue.",
                            "Tags: news, world, analysis",
                            "Bottom of page")),
            new Site("Meridian Review",
                    List.of("Meridian Review", "Latest | Analysis | Long reads | Podcasts | Newsletters"),
                    List.of("Support us: your contribution keeps our reporting free for everyone. Choose an amount: 5 10 25 other.",
                            "Leave a Reply. Your email address will not be published. Required fields are marked.",
                            "This site uses a spam filter to reduce spam. Learn how your comment data is processed.",
                            "All content copyright Meridian Review unless stated otherwise.")),
            new Site("Coastline Courier",
                    List.of("Skip to navigation", "Coastline Courier", "Home News Sport Lifestyle Jobs Classifieds"),
                    List.of("Read more:", "Follow us on social media for the latest updates.",
                            "Ad-free reading is available to subscribers. Log in or start your free trial.",
                            "(c) Coastline Courier Ltd")),
            new Site("Valley Tribune Online",
                    List.of("Valley Tribune Online", "Advertisement"),
                    List.of("Advertisement", "Got a story? Contact our newsroom by email or phone.",
                            "Cookie settings: we and our partners store and access information on your device.",
                            "Valley Tribune Online, 2022. Reproduction without permission prohibited.")),
            new Site("Capital Wire",
                    List.of("Capital Wire", "Politics | Economy | Security | Regions | Press releases", "Listen to this article"),
                    List.of("Was this article helpful? Yes No",
                            "Sign up for our morning briefing and get the top stories in your inbox.",
                            "Capital Wire is a nonprofit newsroom. Donations are tax deductible where permitted.")),
            new Site("Old Town Observer",
                    List.of("You are here: Home > News", "Old Town Observer"),
                    List.of("Photo: staff photographer", "Share | Tweet | Pin | Email",
                            "Please disable your ad blocker or subscribe to support local news.",
                            "Old Town Observer. Terms. Privacy. Cookies. Accessibility.")));

    static final int COUNT = SITES.size();

    private static final String[] HEADLINE_WORDS = {"council", "budget", "storm", "election", "market", "school",
        "bridge", "festival", "court", "hospital", "harbour", "train", "energy", "farmers", "museum", "police",
        "plans", "vote", "opens", "delayed", "rises", "falls", "debate", "report", "record", "new", "local", "season"};

    /** The text inside the site's furniture, with a date line and three related headlines of its own. */
    static String wrap(String text, int site, Random random) {
        Site s = SITES.get(site);
        StringBuilder out = new StringBuilder();
        s.header().forEach(line -> out.append(line).append('\n'));
        out.append(String.format(Locale.ROOT, "Published %d %s %d, %02d:%02d%n", 1 + random.nextInt(28),
                List.of("January", "March", "May", "July", "September", "November").get(random.nextInt(6)),
                2019 + random.nextInt(6), random.nextInt(24), random.nextInt(60)));
        out.append(text).append('\n');
        out.append("Related stories\n");
        for (int i = 0; i < 3; i++) {
            out.append(headline(random)).append('\n');
        }
        s.footer().forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String headline(Random random) {
        StringBuilder h = new StringBuilder();
        int words = 4 + random.nextInt(4);
        for (int i = 0; i < words; i++) {
            String w = HEADLINE_WORDS[random.nextInt(HEADLINE_WORDS.length)];
            h.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i < words - 1 ? " " : "");
        }
        return h.toString();
    }

    private SiteTemplates() {
    }
}
