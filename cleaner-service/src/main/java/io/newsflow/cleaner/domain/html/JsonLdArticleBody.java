package io.newsflow.cleaner.domain.html;

import java.util.Iterator;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The longest {@code articleBody} a page declares in its JSON-LD, used as evidence of where the body is. */
final class JsonLdArticleBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdArticleBody() {
    }

    /** The body as plain text (some pages put markup or entities in it), or the empty string. */
    static String find(Document doc) {
        String body = findRaw(doc);
        return body.indexOf('<') >= 0 || body.indexOf('&') >= 0 ? Jsoup.parse(body).text() : body;
    }

    private static String findRaw(Document doc) {
        String best = "";
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                String found = longestBody(JSON.readTree(script.data()));
                if (found.length() > best.length()) {
                    best = found;
                }
            } catch (JsonProcessingException malformed) {
                // Pages often ship broken JSON-LD; it is only a hint, so a broken block is skipped.
            }
        }
        return best;
    }

    private static String longestBody(JsonNode node) {
        String best = "";
        if (node == null) {
            return best;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                best = longer(best, longestBody(item));
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("articleBody") && field.getValue().isTextual()) {
                    best = longer(best, field.getValue().asText());
                } else if (field.getValue().isContainerNode()) {
                    best = longer(best, longestBody(field.getValue()));
                }
            }
        }
        return best;
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }
}
