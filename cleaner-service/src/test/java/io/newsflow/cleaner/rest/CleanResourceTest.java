package io.newsflow.cleaner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.newsflow.infra.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class CleanResourceTest {

    @Test
    void postedPageComesBackWithParagraphsAndRemovedBlocksWithReasons() {
        given().contentType("text/html")
                .body("""
                        <html><body><ul class="share-buttons"><li><a href="#">Share on Facebook</a></li></ul>
                        <div class="entry-content"><p>Hundreds of volunteers cleared the beach of plastic on Sunday,
                        filling two skips before the tide came back in during the afternoon.</p></div></body></html>""")
                .queryParam("mediaType", "text/html")
                .when().post("/api/clean")
                .then().statusCode(200)
                .body("paragraphs", hasSize(1))
                .body("paragraphs[0]", containsString("Hundreds of volunteers"))
                .body("removed.reason", hasItem("share-bar"));
    }

    @Test
    void unsupportedMediaTypeIsABadRequestThatSaysWhy() {
        given().contentType("text/plain").body("%PDF-1.4").queryParam("mediaType", "application/pdf")
                .when().post("/api/clean")
                .then().statusCode(400);
    }
}
