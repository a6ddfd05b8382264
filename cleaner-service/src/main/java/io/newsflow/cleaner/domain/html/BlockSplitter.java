package io.newsflow.cleaner.domain.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Cuts a DOM subtree into {@link Block}s in document order, the way a browser would break it into lines. */
final class BlockSplitter {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
            "menu", "html", "legend", "option", "select", "output");

    private final List<Block> blocks = new ArrayList<>();

    private BlockSplitter() {
    }

    static List<Block> split(Element root) {
        BlockSplitter splitter = new BlockSplitter();
        splitter.visitBlock(root, false);
        return splitter.blocks;
    }

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    private void visitBlock(Element block, boolean inLink) {
        Run run = new Run(block);
        visitChildren(block, run, inLink);
        run.flush();
    }

    private void visitChildren(Element parent, Run run, boolean inLink) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode textNode) {
                run.append(textNode.getWholeText(), inLink);
            } else if (child instanceof Element element) {
                if (element.nameIs("br")) {
                    run.lineBreak();
                } else if (isBlock(element)) {
                    run.flush();
                    visitBlock(element, inLink);
                } else {
                    visitChildren(element, run, inLink || element.nameIs("a"));
                }
            }
        }
    }

    /** Inline text collected for one owner until the next block boundary. */
    private final class Run {
        private final Element owner;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int leadLinkChars;
        private boolean leadLinkOpen = true;
        private boolean pendingSpace;

        Run(Element owner) {
            this.owner = owner;
        }

        void append(String raw, boolean inLink) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                    if (inLink) {
                        linkChars++;
                    }
                }
                pendingSpace = false;
                text.append(c);
                if (inLink) {
                    linkChars++;
                }
                if (leadLinkOpen && inLink) {
                    leadLinkChars = text.length();
                } else {
                    leadLinkOpen = false;
                }
            }
        }

        void lineBreak() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            pendingSpace = false;
        }

        void flush() {
            String value = text.toString().strip();
            if (!value.isEmpty()) {
                blocks.add(new Block(owner, value, Math.min(linkChars, value.length()),
                        Math.min(leadLinkChars, value.length())));
            }
            text.setLength(0);
            linkChars = 0;
            leadLinkChars = 0;
            leadLinkOpen = true;
            pendingSpace = false;
        }
    }
}
