package io.newsflow.cleaner.domain.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    private final int maxDepth;

    private BlockSplitter(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /**
     * @param maxDepth nesting below {@code root} past which a block-level element still starts a new block but its
     *                 owner stays the deepest block ancestor within the limit, so walks up from an owner are bounded
     */
    static List<Block> split(Element root, int maxDepth) {
        BlockSplitter splitter = new BlockSplitter(maxDepth);
        splitter.walk(root);
        return splitter.blocks;
    }

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    /** An element whose children are being visited, with the run its inline text goes to. */
    private record Frame(Element element, int depth, Run run, boolean inLink, boolean ownsRun, int[] next) {
    }

    /** Depth-first with an explicit stack: a page nested thousands of levels deep must not overflow the thread's. */
    private void walk(Element root) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, 0, new Run(root), false, true, new int[1]));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next[0] == frame.element.childNodeSize()) {
                stack.pop();
                if (frame.ownsRun) {
                    frame.run.flush();
                }
                continue;
            }
            Node child = frame.element.childNode(frame.next[0]++);
            if (child instanceof TextNode textNode) {
                frame.run.append(textNode.getWholeText(), frame.inLink);
            } else if (child instanceof Element element) {
                int depth = frame.depth + 1;
                if (element.nameIs("br")) {
                    frame.run.lineBreak();
                } else if (isBlock(element)) {
                    frame.run.flush();
                    Element owner = depth <= maxDepth ? element : frame.run.owner;
                    stack.push(new Frame(element, depth, new Run(owner), frame.inLink, true, new int[1]));
                } else {
                    stack.push(new Frame(element, depth, frame.run, frame.inLink || element.nameIs("a"), false,
                            new int[1]));
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
