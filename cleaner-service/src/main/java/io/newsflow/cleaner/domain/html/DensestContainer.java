package io.newsflow.cleaner.domain.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The second opinion when the main extraction keeps (almost) nothing: the element whose descendants hold the most
 * prose. Prose is measured without any language's vocabulary: a block of at least {@link #MIN_PROSE_CHARS}
 * characters of which less than {@link #MAX_LINK_DENSITY} sits in links. Each block's prose counts for its owner's
 * parent and grandparent, so the container of a post's paragraphs wins over a sidebar of short link lines, the
 * classic text-density reading of a page.
 */
final class DensestContainer {

    static final int MIN_PROSE_CHARS = 40;
    static final double MAX_LINK_DENSITY = 0.3;

    private DensestContainer() {
    }

    /** The element holding the most prose, or null when the page has no prose at all. */
    static Element of(List<Block> blocks) {
        Map<Element, Integer> proseByContainer = new LinkedHashMap<>();
        for (Block block : blocks) {
            if (isProse(block)) {
                Element parent = block.owner().parent();
                for (int level = 0; level < 2 && parent != null; level++, parent = parent.parent()) {
                    proseByContainer.merge(parent, block.length(), Integer::sum);
                }
            }
        }
        Element best = null;
        for (Map.Entry<Element, Integer> e : proseByContainer.entrySet()) {
            if (best == null || e.getValue() > proseByContainer.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    static boolean isProse(Block block) {
        return block.length() >= MIN_PROSE_CHARS && block.linkDensity() < MAX_LINK_DENSITY && !block.isHeading();
    }
}
