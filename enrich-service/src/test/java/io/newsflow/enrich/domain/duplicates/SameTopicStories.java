package io.newsflow.enrich.domain.duplicates;

import java.util.List;

/**
 * Five distinct invented news stories on one topic (a river flood in one town), sharing names, places and
 * vocabulary as real coverage of one event does, plus the kinds of copies a news pipeline receives of them.
 */
public final class SameTopicStories {

    public static final String EVACUATION = """
            Residents of the lower districts of Elmsford were told to leave their homes on Tuesday night as the Elm \
            River rose above its banks for the second time this spring. Mayor Karin Holt said buses would run from \
            the market square every half hour until midnight and that the sports hall on Mill Road had been opened \
            as a shelter with beds for four hundred people.

            Firefighters went from door to door in the streets closest to the water. Many older residents refused \
            to go, saying they had seen worse floods and would move their furniture upstairs instead. The regional \
            water authority expects the river to peak on Wednesday afternoon, about a metre above the level of March.

            Schools in the lower districts will stay closed until Friday, the town council said.""";

    public static final String INSURANCE = """
            Insurers are bracing for a wave of claims from Elmsford after the Elm River flooded hundreds of homes \
            and shops this week. Brokers in the region said many small businesses on the riverside had dropped \
            their flood cover after premiums doubled following last year's storms.

            Karin Holt, the town's mayor, asked the national government to set up an emergency fund for owners who \
            are not insured. The chamber of commerce estimates that the damage to the old town alone could exceed \
            twelve million euros, not counting lost trade during the weeks of cleaning that lie ahead.

            An association of insurers said assessors would arrive on Monday and urged owners to photograph the \
            damage before throwing anything away.""";

    public static final String VOLUNTEERS = """
            More than six hundred volunteers filled sandbags through the night along the Elm River embankment, \
            many of them students from the technical college who arrived after classes were cancelled. The Red \
            Cross set up a field kitchen near the old bridge and served soup and tea until dawn.

            Organisers used a messaging group to send people where the walls were weakest. Mayor Karin Holt \
            thanked the volunteers on the radio and said their work had probably saved the hospital's basement, \
            where generators and medicine stores are kept.

            By morning the embankment near the brewery had held, although water still seeped into gardens on \
            the eastern side of Elmsford.""";

    public static final String CRITICISM = """
            Opposition councillors in Elmsford accused the town hall of ignoring warnings about the state of the \
            Elm River defences. A report commissioned four years ago recommended raising the embankment by half \
            a metre and replacing two pumping stations, but the work was postponed twice for lack of money.

            Councillor Tomas Berg said the flood was a disaster foretold and demanded an independent inquiry. \
            Mayor Karin Holt replied that the town had applied for national funding three times and had been \
            refused each time, and that the embankment works were now scheduled to begin next year.

            The regional water authority declined to comment on the report.""";

    public static final String CLEANUP = """
            As the Elm River fell back within its banks on Saturday, Elmsford began the long work of pumping out \
            cellars and clearing mud from the streets. The army sent forty soldiers with trucks and pumps, and the \
            town council hired skips for ruined furniture, which lined the pavements of the lower districts.

            Health officials warned residents not to eat vegetables from flooded gardens and to boil tap water \
            until tests are complete. Mayor Karin Holt said the sports hall shelter would close on Monday, when \
            the last families expect to return home.

            Shops in the old town hope to reopen within two weeks.""";

    public static final List<String> ALL = List.of(EVACUATION, INSURANCE, VOLUNTEERS, CRITICISM, CLEANUP);

    /** The story inside another site's page furniture. */
    public static String wrapped(String story) {
        return """
                Skip to main content
                Home | Regional | Weather | Sport | Opinion
                Published 14 April, 09:12
                """ + story + """

                Share this article: Facebook X Email
                We use cookies to give you the best experience. Accept all cookies or manage your settings.
                Support independent local news: become a member from two euros a month.
                Copyright 2024 The Valley Herald. All rights reserved.
                """;
    }

    /** The first {@code share} of the story's characters, cut at a word boundary. */
    public static String truncated(String story, double share) {
        int cut = story.lastIndexOf(' ', (int) (story.length() * share));
        return story.substring(0, cut);
    }

    /** A later edition of {@link #EVACUATION}: a few words changed and a sentence added. */
    public static String updatedEvacuation() {
        return EVACUATION.replace("Tuesday night", "Tuesday evening")
                .replace("were told to", "were ordered to")
                .replace("every half hour", "every thirty minutes")
                .replace("Firefighters went", "Police and firefighters went")
                .replace("will stay closed", "will remain closed")
                + "\n\nThis article was updated on Wednesday with the river's latest level.";
    }

    private SameTopicStories() {
    }
}
