package io.newsflow.query;

import static io.newsflow.query.TestArticles.article;
import static io.newsflow.query.TestArticles.date;
import static io.newsflow.query.TestArticles.mention;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.RemovedBlock;
import io.newsflow.contract.Topics;
import io.newsflow.infra.kafka.PipelineTopics;
import io.newsflow.names.EntityResolver;
import io.newsflow.infra.testing.EmbeddedKafkaResource;
import io.newsflow.infra.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Records produced to articles.enriched on a real broker, stored in a real PostgreSQL, read back over REST. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class QueryServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Keys mentions as enrich-service does, so the test stores what the pipeline would. */
    private static final EntityResolver RESOLVER = new EntityResolver();

    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void startProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, PipelineTopics.MAX_MESSAGE_BYTES);
        producer = new KafkaProducer<>(props);
    }

    @AfterAll
    static void stopProducer() {
        producer.close();
    }

    @Test
    void storedArticleIsServedByIdWithProvenanceDatesEntitiesHashesAndRemovedBlocks() {
        String id = uniqueId();
        String text = "Mayor Ada Okafor opened the Harbour Museum on 1 April 2023 in Portvale.";
        EnrichedArticle sent = article(id).text(text).modifiedAt(LocalDate.of(2023, 4, 3))
                .dates(date("1 April 2023", text, "2023-04-01"))
                .entities(mention("Ada Okafor", text, EntityType.PERSON, "Ada Okafor", "person:ada-okafor-" + id),
                        mention("Portvale", text, EntityType.LOC, "Portvale", "loc:portvale-" + id))
                .build();
        send(sent);

        JsonPath got = awaitArticle(id);
        assertThat(got.getString("title")).isEqualTo(sent.title());
        assertThat(got.getString("author")).isEqualTo("Jane Roe");
        assertThat(got.getString("publishedAt")).isEqualTo("2023-04-01");
        assertThat(got.getString("modifiedAt")).isEqualTo("2023-04-03");
        assertThat(got.getString("language")).isEqualTo("en");
        assertThat(got.getString("text")).isEqualTo(text);
        assertThat(got.getString("source.fileName")).isEqualTo(id + ".txt");
        assertThat(got.getString("source.relativePath")).isEqualTo("drops/" + id + ".txt");
        assertThat(got.getLong("source.sizeBytes")).isEqualTo(sent.source().sizeBytes());
        assertThat(got.getString("source.sha256")).isEqualTo(sent.source().sha256());
        assertThat(got.getString("source.charset")).isEqualTo("UTF-8");
        assertThat(got.getString("source.mediaType")).isEqualTo("text/plain");
        assertThat(got.getString("source.receivedAt")).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(got.getList("dates", Map.class)).containsExactly(Map.of(
                "text", "1 April 2023", "start", 46, "end", 58, "value", "2023-04-01"));
        assertThat(got.getList("entities.text")).containsExactly("Ada Okafor", "Portvale");
        assertThat(got.getList("entities.type")).containsExactly("PERSON", "LOC");
        assertThat(got.getList("entities.key")).containsExactly("person:ada-okafor-" + id, "loc:portvale-" + id);
        assertThat(got.getList("entities.start", Integer.class)).containsExactly(6, 62);
        assertThat(got.getString("contentHash")).isEqualTo(sent.contentHash());
        assertThat(got.getString("simhash")).isEqualTo(sent.simhash());
        assertThat(got.getString("duplicateOf")).isNull();
        assertThat(got.getString("nearDuplicateOf")).isNull();
        assertThat(got.getString("storyId")).isEqualTo(id);
        assertThat(got.getList("removed", Map.class))
                .containsExactly(Map.of("text", "Support us with a donation", "reason", "donation-appeal"));
    }

    @Test
    void servesThePublishedSchemasAndNothingElseUnderSchemas() {
        given().get("/schemas/articles.enriched.v1.json").then().statusCode(200)
                .contentType("application/schema+json")
                .body("$id", endsWith("articles.enriched.v1.json"))
                .body("required", hasItems("id", "contentHash", "storyId"));
        given().get("/schemas/articles.enriched.v9.json").then().statusCode(404);
        given().get("/schemas/..%2Fapplication.properties").then().statusCode(404);
    }

    @Test
    void textWithANulCharacterIsStoredWithItsOffsetsIntact() {
        String id = uniqueId();
        String text = "Line one\u0000 and Portvale after it.";
        send(article(id).text(text)
                .entities(mention("Portvale", text, EntityType.LOC, "Portvale", "loc:portvale-" + id))
                .removed(new RemovedBlock("Share\u0000 this", "share-bar"))
                .build());

        JsonPath got = awaitArticle(id);
        assertThat(got.getString("text")).isEqualTo("Line one\uFFFD and Portvale after it.");
        int start = got.getInt("entities[0].start");
        assertThat(got.getString("text").substring(start, got.getInt("entities[0].end"))).isEqualTo("Portvale");
        assertThat(got.getString("removed[0].text")).isEqualTo("Share\uFFFD this");
    }

    @Test
    void redeliveredIdUpdatesItsRowInsteadOfAddingOne() {
        String id = uniqueId();
        String word = uniqueWord();
        String text = "The " + word + " bridge reopened.";
        send(article(id).title("First version").text(text)
                .entities(mention("bridge", text, EntityType.MISC, "Bridge", "misc:" + word)).build());
        awaitArticle(id);
        String updated = "The " + word + " bridge reopened after repairs.";
        send(article(id).title("Second version").text(updated).build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(getArticle(id).getString("title")).isEqualTo("Second version"));
        JsonPath got = getArticle(id);
        assertThat(got.getString("text")).isEqualTo(updated);
        assertThat(got.getList("entities")).isEmpty();
        JsonPath search = search(Map.of("q", word, "includeDuplicates", "true"));
        assertThat(search.getLong("total")).isEqualTo(1);
        assertThat(search.getList("items.id")).containsExactly(id);
        assertThat(identities(Map.of("q", "misc:" + word)).getList("$")).isEmpty();
    }

    @Test
    void fullTextSearchMatchesTitleAndStemmedWordsBestMatchFirst() {
        String word = uniqueWord();
        String inTitle = uniqueId();
        String inText = uniqueId();
        String other = uniqueId();
        send(article(inTitle).title("Elections in " + word).text("Voters queued for hours at the polls.").build());
        send(article(inText).title("Local news").text("The " + word + " council held elections on Sunday.").build());
        send(article(other).title("Weather").text("Rain is expected over the " + uniqueWord() + " hills.").build());
        awaitArticle(inTitle);
        awaitArticle(inText);
        awaitArticle(other);

        JsonPath both = search(Map.of("q", word));
        assertThat(both.getLong("total")).isEqualTo(2);
        assertThat(both.getList("items.id")).containsExactly(inTitle, inText);
        assertThat(both.getString("items[1].snippet")).contains(word);
        assertThat(both.getString("items[1].source.fileName")).isEqualTo(inText + ".txt");

        // "election" (singular) finds "elections" through the English stemmed copy of the text.
        JsonPath stemmed = search(Map.of("q", word + " election"));
        assertThat(stemmed.getList("items.id")).containsExactlyInAnyOrder(inTitle, inText);
        JsonPath phrase = search(Map.of("q", "\"" + word + " council\""));
        assertThat(phrase.getList("items.id")).containsExactly(inText);
    }

    @Test
    void entityFilterFindsAnIdentityByAnySpellingTheDataUsedByItsKeyAndWithTheFamilyNameFirst() {
        String surname = uniqueSurname();
        String key = person("Alexander " + surname);
        String first = uniqueId();
        String second = uniqueId();
        String unrelated = uniqueId();
        String text1 = "Aleksandr " + surname + " visited the plant.";
        String text2 = "Oleksandr " + surname + " met the workers. " + surname + " left at noon.";
        send(article(first).text(text1).entities(mention("Aleksandr " + surname, text1, EntityType.PERSON,
                "Alexander " + surname, key)).build());
        send(article(second).text(text2)
                .entities(mention("Oleksandr " + surname, text2, EntityType.PERSON, "Alexander " + surname, key),
                        mention(surname, text2, EntityType.PERSON, "Alexander " + surname, key))
                .build());
        String text3 = "Alexander Brandt opened the fair.";
        send(article(unrelated).text(text3).entities(mention("Alexander Brandt", text3, EntityType.PERSON,
                "Alexander Brandt", person("Alexander Brandt"))).build());
        awaitArticle(first);
        awaitArticle(second);
        awaitArticle(unrelated);

        for (String spelling : List.of(key, "Aleksandr " + surname, "oleksandr " + surname.toLowerCase(),
                surname.toUpperCase(), "Alexander " + surname, "  Oleksandr   " + surname + " ",
                surname + " Aleksandr")) {
            JsonPath found = search(Map.of("entity", spelling));
            assertThat(found.getList("items.id", String.class)).as("entity=%s", spelling)
                    .containsExactlyInAnyOrder(first, second);
            assertThat(found.getString("entities[0].key")).as("echoed identity of %s", spelling).isEqualTo(key);
        }
        assertThat(search(Map.of("entity", "Alexander")).getList("items.id", String.class))
                .as("a given name alone is no identity").doesNotContain(first, second, unrelated);

        JsonPath identities = identities(Map.of("q", surname.toLowerCase()));
        assertThat(identities.getList("key")).containsExactly(key);
        assertThat(identities.getString("[0].canonical")).isEqualTo("Alexander " + surname);
        assertThat(identities.getString("[0].type")).isEqualTo("PERSON");
        assertThat(identities.getList("[0].spellings"))
                .containsExactlyInAnyOrder("Aleksandr " + surname, "Oleksandr " + surname, surname);
        assertThat(identities.getLong("[0].articleCount")).isEqualTo(2);
        assertThat(identities.getDouble("[0].score")).isEqualTo(1.0);
        assertThat(identities.getString("[0].matchedBy")).isEqualTo("spelling");
        assertThat(identities(Map.of("q", surname, "type", "loc")).getList("$")).isEmpty();
    }

    @Test
    void aNameInATransliterationOrScriptTheDataNeverUsedFindsTheIdentityByFuzzyMatch() {
        String id = uniqueId();
        String text = "Sviatlana Tsikhanouskaya spoke in Vilnius, and Kalinouski's regiment was named.";
        send(article(id).text(text).entities(
                mention("Sviatlana Tsikhanouskaya", text, EntityType.PERSON, "Sviatlana Tsikhanouskaya",
                        person("Sviatlana Tsikhanouskaya")),
                mention("Kalinouski", text, EntityType.PERSON, "Kalinouski", person("Kalinouski"))).build());
        awaitArticle(id);

        for (String spelling : List.of("Svetlana Tikhanovskaya", "Тихановская", "Святлана Ціханоўская",
                "Kalinowski", "Калиновский", "Kalinowski's")) {
            JsonPath found = search(Map.of("entity", spelling));
            assertThat(found.getList("items.id", String.class)).as("entity=%s", spelling).contains(id);
            assertThat(found.getDouble("entities[0].score")).as("score of %s", spelling).isBetween(0.6, 1.0);
            assertThat(found.getString("entities[0].matchedBy")).isIn("key", "fuzzy", "spelling");
        }
        JsonPath ranked = identities(Map.of("q", "Tikhanovskaya"));
        assertThat(ranked.getString("[0].key")).isEqualTo(person("Sviatlana Tsikhanouskaya"));
        assertThat(ranked.getString("[0].matchedBy")).isIn("key", "fuzzy");
        assertThat(search(Map.of("entity", "Tarkovsky")).getLong("total")).as("a different surname").isZero();
        assertThat(search(Map.of("entity", "Tarkovsky")).getString("entities[0].key")).isNull();
    }

    @Test
    void namesakesWithDifferentGivenNamesStayApartAndTheSurnameAloneListsBoth() {
        String surname = uniqueSurname();
        String david = storeMentioning("David " + surname + " wrote the report.", "David " + surname);
        String noam = storeMentioning("Noam " + surname + " read it.", "Noam " + surname);

        assertThat(search(Map.of("entity", "David " + surname)).getList("items.id", String.class))
                .containsExactly(david);
        assertThat(search(Map.of("entity", "Noam " + surname)).getList("items.id", String.class))
                .containsExactly(noam);
        assertThat(identities(Map.of("q", surname)).getList("key", String.class))
                .containsExactlyInAnyOrder(person("David " + surname), person("Noam " + surname));
    }

    @Test
    void aSurnameOnlyMentionJoinsTheOnlyFullNameOfThatSurname() {
        String surname = uniqueSurname();
        String full = storeMentioning("Maria " + surname + " won the vote.", "Maria " + surname);
        String bare = storeMentioning("Later " + surname + " thanked the voters.", surname);

        JsonPath found = search(Map.of("entity", "Maria " + surname));
        assertThat(found.getList("items.id", String.class)).containsExactlyInAnyOrder(full, bare);
        assertThat(found.getList("entities[0].keys", String.class))
                .containsExactlyInAnyOrder(person("Maria " + surname), person(surname));
        JsonPath identity = identities(Map.of("q", surname));
        assertThat(identity.getList("key")).containsExactly(person("Maria " + surname));
        assertThat(identity.getLong("[0].articleCount")).isEqualTo(2);
    }

    @Test
    void entityKeyIsExactAndNamesThatAreNotNamesAnswer400() {
        String surname = uniqueSurname();
        String id = storeMentioning("Ivan " + surname + " arrived.", "Ivan " + surname);

        assertThat(search(Map.of("entityKey", person("Ivan " + surname))).getList("items.id", String.class))
                .containsExactly(id);
        assertThat(search(Map.of("entityKey", "Ivan " + surname)).getLong("total")).as("a name is no key").isZero();

        for (String parameter : List.of("entity", "entityKey")) {
            given().queryParam(parameter, "x".repeat(10_000)).get("/api/articles").then().statusCode(400)
                    .contentType(ContentType.JSON).body("message", containsString("'" + parameter + "'"))
                    .body("message", containsString("at most 200"));
        }
        given().queryParam("q", "Ivan\u0000" + surname).get("/api/entities").then().statusCode(400)
                .body("message", containsString("control character"));
        given().queryParam("q", "k".repeat(10_000)).get("/api/entities").then().statusCode(400)
                .body("message", containsString("'q'"));
        assertThat(identities(Map.of("q", "a", "limit", "5")).getList("$")).as("a one-letter query is bounded")
                .hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void languageAndPublicationDateFiltersNarrowTheList() {
        String word = uniqueWord();
        String january = uniqueId();
        String june = uniqueId();
        String undated = uniqueId();
        String russian = uniqueId();
        send(article(january).publishedAt(LocalDate.of(2021, 1, 10)).text("Snow in " + word + " today.").build());
        send(article(june).publishedAt(LocalDate.of(2021, 6, 1)).text("Heat in " + word + " today.").build());
        send(article(undated).publishedAt(null).text("Fog in " + word + " today.").build());
        send(article(russian).language("ru").publishedAt(LocalDate.of(2021, 6, 1))
                .text("Туман над " + word + " сегодня.").build());
        List.of(january, june, undated, russian).forEach(QueryServiceTest::awaitArticle);

        List<String> newestFirst = search(Map.of("q", word)).getList("items.id", String.class);
        assertThat(newestFirst.subList(0, 2)).as("newest publication first").containsExactlyInAnyOrder(june, russian);
        assertThat(newestFirst.subList(2, 4)).as("undated last").containsExactly(january, undated);
        List<String> oldestFirst = search(Map.of("q", word, "sort", "oldest")).getList("items.id", String.class);
        assertThat(oldestFirst.get(0)).isEqualTo(january);
        assertThat(oldestFirst.get(3)).as("undated last").isEqualTo(undated);
        assertThat(search(Map.of("q", word, "lang", "ru")).getList("items.id")).containsExactly(russian);
        assertThat(search(Map.of("q", word, "lang", "EN")).getList("items.id"))
                .containsExactlyInAnyOrder(january, june, undated);
        assertThat(search(Map.of("q", word, "from", "2021-05-01", "lang", "en")).getList("items.id"))
                .containsExactly(june);
        assertThat(search(Map.of("q", word, "to", "2021-05-01")).getList("items.id")).containsExactly(january);
        assertThat(search(Map.of("q", word, "from", "2021-01-10", "to", "2021-06-01", "lang", "en"))
                .getList("items.id")).containsExactlyInAnyOrder(january, june);
    }

    @Test
    void exactDuplicatesAreHiddenUnlessAskedForAndShareTheStory() {
        String word = uniqueWord();
        String original = uniqueId();
        String copy = uniqueId();
        String text = "The " + word + " orchestra played to a full hall.";
        send(article(original).text(text).build());
        awaitArticle(original);
        send(article(copy).fileName("copy of " + original + ".txt").text(text).duplicateOf(original).build());
        awaitArticle(copy);

        JsonPath visible = search(Map.of("q", word));
        assertThat(visible.getList("items.id")).containsExactly(original);
        JsonPath all = search(Map.of("q", word, "includeDuplicates", "true"));
        assertThat(all.getList("items.id")).containsExactlyInAnyOrder(original, copy);
        assertThat(all.getList("items.duplicateOf")).containsExactlyInAnyOrder(null, original);
        assertThat(all.getList("items.storyId")).containsOnly(original);

        given().get("/api/stories/{id}", original).then().statusCode(200)
                .body("storyId", equalTo(original))
                .body("articles.id", hasItems(original, copy));
    }

    @Test
    void copyWithTheSameContentHashIsRecordedAsDuplicateEvenWhenTheRecordDoesNotSaySo() {
        String word = uniqueWord();
        String original = uniqueId();
        String copy = uniqueId();
        String text = "The " + word + " library extended its opening hours.";
        send(article(original).text(text).build());
        awaitArticle(original);
        send(article(copy).text(text).build());

        JsonPath got = awaitArticle(copy);
        assertThat(got.getString("duplicateOf")).isEqualTo(original);
        assertThat(got.getString("storyId")).isEqualTo(original);
        assertThat(search(Map.of("q", word)).getList("items.id")).containsExactly(original);
    }

    @Test
    void failedExtractionsWithTheSameEmptyTextAreNoCopiesAndEachIsItsOwnStory() {
        String first = uniqueId();
        String second = uniqueId();
        String article = uniqueId();
        send(article(first).text("").extraction(0.0, "empty-main-text").build());
        awaitArticle(first);
        send(article(second).text("").extraction(0.0, "empty-main-text").build());
        send(article(article).extraction(0.64, null).build());

        JsonPath got = awaitArticle(second);
        assertThat(got.getString("duplicateOf")).isNull();
        assertThat(got.getString("nearDuplicateOf")).isNull();
        assertThat(got.getString("storyId")).isEqualTo(second);
        assertThat(got.getDouble("extractionConfidence")).isZero();
        assertThat(got.getString("extractionFailure")).isEqualTo("empty-main-text");
        JsonPath stated = awaitArticle(article);
        assertThat(stated.getDouble("extractionConfidence")).isCloseTo(0.64, within(1e-6));
        assertThat(stated.getString("extractionFailure")).isNull();
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheNextOneIsStillStored() {
        String badKey = uniqueId();
        String schemaBreaker = uniqueId();
        producer.send(new ProducerRecord<>(Topics.ENRICHED, badKey, "{ not json"));
        producer.send(new ProducerRecord<>(Topics.ENRICHED, schemaBreaker, "{\"id\":\"" + schemaBreaker + "\"}"));
        String good = uniqueId();
        send(article(good).build());

        awaitArticle(good);
        List<ConsumerRecord<String, String>> dead = readDeadLetters(List.of(badKey, schemaBreaker));
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(badKey, schemaBreaker);
        ConsumerRecord<String, String> notJson = dead.stream().filter(r -> r.key().equals(badKey)).findFirst()
                .orElseThrow();
        assertThat(notJson.value()).isEqualTo("{ not json");
        assertThat(new String(notJson.headers().lastHeader("dead-letter-reason").value()))
                .contains("not JSON");
        given().get("/api/articles/{id}", badKey).then().statusCode(404);
        given().get("/api/articles/{id}", schemaBreaker).then().statusCode(404);
    }

    @Test
    void articleArrivingWhileItsTableIsUnavailableIsStoredOnceTheTableIsBack() throws Exception {
        String id = uniqueId();
        double retriesBefore = retries();
        try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                config("quarkus.datasource.username"), config("quarkus.datasource.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE article RENAME TO article_unavailable");
            try {
                send(article(id).build());
                await().atMost(Duration.ofSeconds(30)).until(() -> retries() > retriesBefore);
            } finally {
                statement.execute("ALTER TABLE article_unavailable RENAME TO article");
            }
        }
        JsonPath got = awaitArticle(id);
        assertThat(got.getString("contentHash")).isNotBlank();
    }

    @Test
    void aTwoMegabyteArticleWithThousandsOfMentionsIsStoredAndFoundAndTheNextRecordStillFlows() throws Exception {
        String id = uniqueId();
        String word = uniqueWord();
        EnrichedArticle big = TestArticles.big(id, word, 3_000, 2_000_000);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            // The topic was auto-created with the broker's 1 MB limit; a deployment gets PipelineTopics' size.
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, Topics.ENRICHED),
                    List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", PipelineTopics.MAX_MESSAGE_BYTES),
                            AlterConfigOp.OpType.SET)))).all().get();
        }
        String next = uniqueId();

        send(big);
        send(article(next).build());

        JsonPath got = awaitArticle(id);
        assertThat(got.getString("text")).isEqualTo(big.text());
        assertThat(got.getList("entities")).hasSize(3_000);
        assertThat(got.getInt("analysedUpTo")).isEqualTo(big.analysedUpTo());
        assertThat(awaitArticle(next).getString("analysedUpTo")).as("a text analysed whole").isNull();
        assertThat(search(Map.of("q", "ledger " + word)).getList("items.id", String.class)).containsExactly(id);
        assertThat(search(Map.of("entity", "org:harbour-board-" + word)).getList("items.id", String.class))
                .containsExactly(id);
    }

    @Test
    void tombstoneForAnIdWithdrawsTheArticle() {
        String id = uniqueId();
        String word = uniqueWord();
        String text = "The " + word + " regatta was cancelled.";
        send(article(id).text(text)
                .entities(mention("regatta", text, EntityType.MISC, "Regatta", "misc:" + word)).build());
        awaitArticle(id);
        producer.send(new ProducerRecord<>(Topics.ENRICHED, id, null));
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/articles/{id}", id).then().statusCode(404));
        assertThat(search(Map.of("q", word, "includeDuplicates", "true")).getLong("total")).isZero();
        assertThat(identities(Map.of("q", "misc:" + word)).getList("$")).isEmpty();
    }

    @Test
    void unknownArticleAndStoryAnswer404Json() {
        given().get("/api/articles/{id}", "no-such-article").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("status", equalTo(404))
                .body("message", containsString("no-such-article"));
        given().get("/api/stories/{id}", "no-such-story").then().statusCode(404).contentType(ContentType.JSON);
    }

    @Test
    void malformedParametersAnswer400NamingTheParameter() {
        given().queryParam("from", "2023-13-01").get("/api/articles").then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("message", containsString("'from'"))
                .body("message", containsString("yyyy-MM-dd"));
        given().queryParam("to", "yesterday").get("/api/articles").then().statusCode(400)
                .body("message", containsString("'to'"));
        given().queryParam("from", "2023-05-02").queryParam("to", "2023-05-01").get("/api/articles").then()
                .statusCode(400).body("message", containsString("must not be after"));
        given().queryParam("size", "ten").get("/api/articles").then().statusCode(400)
                .body("message", containsString("'size'"));
        given().queryParam("page", "-1").get("/api/articles").then().statusCode(400);
        given().queryParam("type", "PLANET").get("/api/entities").then().statusCode(400)
                .body("message", containsString("PERSON"));
    }

    @Test
    void pageSizeIsCappedAndEchoed() {
        given().queryParam("size", "100000").queryParam("page", "3").get("/api/articles").then().statusCode(200)
                .body("size", equalTo(100))
                .body("page", equalTo(3));
    }

    @Test
    void healthReportsDatabaseAndKafkaReadyAndTheApiIsDocumented() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200)
                        .body("status", equalTo("UP"))
                        .body("checks.name", hasItems("Database connections health check",
                                "SmallRye Reactive Messaging - readiness check")));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/articles'.get", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/entities'.get", org.hamcrest.Matchers.notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void storedAndRejectedRecordsAreCountedInTheMetrics() {
        String good = uniqueId();
        send(article(good).build());
        producer.send(new ProducerRecord<>(Topics.ENRICHED, uniqueId(), "[]"));
        awaitArticle(good);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).containsPattern("newsflow_query_articles_total\\{[^}]*outcome=\"created\"[^}]*} [1-9]")
                    .containsPattern("newsflow_query_articles_total\\{[^}]*outcome=\"rejected\"[^}]*} [1-9]");
        });
    }

    /** Store retries the consumer made so far, from the metrics. */
    private static double retries() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher retries = Pattern.compile("newsflow_query_store_retries_total(?:\\{[^}]*})? (\\S+)").matcher(metrics);
        return retries.find() ? Double.parseDouble(retries.group(1)) : 0;
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static void send(EnrichedArticle article) {
        try {
            producer.send(new ProducerRecord<>(Topics.ENRICHED, article.id(), JSON.writeValueAsString(article)));
            producer.flush();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath awaitArticle(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/articles/{id}", id).then().statusCode(200));
        return getArticle(id);
    }

    private static JsonPath getArticle(String id) {
        return given().get("/api/articles/{id}", id).then().statusCode(200).body("id", equalTo(id))
                .extract().jsonPath();
    }

    private static JsonPath search(Map<String, String> params) {
        return given().queryParams(params).get("/api/articles").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath identities(Map<String, String> params) {
        return given().queryParams(params).get("/api/entities").then().statusCode(200).extract().jsonPath();
    }

    private static List<ConsumerRecord<String, String>> readDeadLetters(List<String> keys) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Topics.ENRICHED_DEAD_LETTER));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        found.add(r);
                    }
                });
                return found.size() >= keys.size();
            });
        }
        return found;
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static String uniqueId() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** A made-up word no other test's text contains. */
    /** Stores an article of {@code text} with one mention of the person {@code name}, keyed as enrich keys it. */
    private static String storeMentioning(String text, String name) {
        String id = uniqueId();
        send(article(id).text(text).entities(mention(name, text, EntityType.PERSON, name, person(name))).build());
        awaitArticle(id);
        return id;
    }

    private static String person(String name) {
        return RESOLVER.keyOf(name, EntityType.PERSON);
    }

    /**
     * A surname no other test uses, and unlike theirs: random consonants and vowels, so the fuzzy matching of one
     * test's names does not reach another's.
     */
    private static String uniqueSurname() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        java.util.Random random = new java.util.Random();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            name.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).replaceAll("[0-9]", "x");
    }
}
