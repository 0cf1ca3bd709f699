package org.policykg.document;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Collects an HTML body's text, paragraphs and other blocks separated by blank lines, runs of white space collapsed. */
final class HtmlText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br",
            "blockquote", "section", "article", "header", "footer", "title", "pre", "dd", "dt", "table", "ul", "ol", "figcaption");
    private final StringBuilder out;

    HtmlText(StringBuilder out) { this.out = out; }

    void collect(Node root) { root.traverse(this); }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " ");
            if (s.startsWith(" ") && (out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1))))
                s = s.substring(1);
            out.append(s);
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            paragraphBreak();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName()))
            paragraphBreak();
    }

    private void paragraphBreak() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ')
            end--;
        out.setLength(end);
        int n = out.length();
        if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n'))
            out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }
}
