package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.ConceptRef;
import org.policykg.document.Mention;
import org.policykg.document.Span;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * The node a post's words name. A post is a title held in a body: "General Secretary of the CPC Central Committee",
 * "the CMC Chairman", 中共中央总书记, "Minister of Civil Affairs". Where the lexicon says the title is one title across
 * languages (lex:PostTitle) and the scheme knows the body, the post is the scheme's post of that title in that body
 * (org:postIn) or, where the scheme lists none, the node whose IRI lex:post-in-body's template makes from the title and
 * the body: one node whichever language and word order names it, labelled as the text writes it. Other posts are the
 * scheme's by their words, or are minted from them.
 */
final class PostNames {
    private record Form(String text, Lexicon.PostTitle title) {}

    /** A title at one end of the words, and the words of the body at the other. */
    private record Reading(Lexicon.PostTitle title, String body) {}

    private final ConceptMatcher concepts;
    private final String language;
    private final String iriTemplate;
    /** Every form of every title, longest first ("vice minister" before "minister", 副部长 before 部长). */
    private final List<Form> forms = new ArrayList<>();
    /** "title key|body IRI" → the scheme's post of that title in that body. */
    private final Map<String, ConceptRef> schemePosts = new HashMap<>();
    /** The words between a title and the body it is held in (lex:nameComplementOpener: "of", "for") and the articles before a body. */
    private final List<String> openers, articles;
    /** A title right before a body ("General Secretary of the"), and right after one ("Chairman", 主席); null without titles. */
    private final Pattern titleBefore, titleAfter;

    PostNames(Lexicon lexicon, ConceptScheme scheme, ConceptMatcher concepts, String language) {
        this.concepts = concepts;
        this.language = language;
        this.iriTemplate = lexicon.postIriTemplate();
        this.openers = lexicon.nameComplementOpeners().stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
        this.articles = lexicon.definiteArticles().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        for (Lexicon.PostTitle t : lexicon.crossLanguageTitles())
            for (String f : t.forms())
                forms.add(new Form(f.toLowerCase(Locale.ROOT), t));
        forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed().thenComparing(Form::text));
        String alternation = String.join("|", forms.stream().map(f -> Pattern.quote(f.text())).toList());
        boolean chinese = language.equals("zh");
        titleBefore = forms.isEmpty() || chinese || openers.isEmpty() ? null
                : Pattern.compile("(?i)(?<![\\p{L}-])(" + alternation + ")\\s+(?:" + alternationOf(openers) + ")\\s+"
                        + (articles.isEmpty() ? "" : "(?:(?:" + alternationOf(articles) + ")\\s+)?") + "$");
        titleAfter = forms.isEmpty() ? null
                : Pattern.compile(chinese ? "^(" + alternation + ")" : "(?i)^\\s+(" + alternation + ")(?![\\p{L}-])");
        // the scheme's posts by the title their labels write and the body they are held in
        for (ConceptScheme.Label l : scheme.labels()) {
            String body = scheme.postBodies().get(l.concept().iri());
            if (body != null)
                for (Reading r : readings(l.text()))
                    schemePosts.putIfAbsent(r.title().key() + "|" + body, l.concept());
        }
    }

    /**
     * The post these words name: the scheme's by these words, else the post of a known title in a known body, else one
     * minted from the words.
     */
    ConceptRef of(String words) {
        String w = LabelText.oneSpaced(words).strip();
        ConceptRef known = concepts.lookup(w);
        if (known != null && Vocab.Post.getURI().equals(known.typeIri()))
            return known;
        ConceptRef composed = inBody(w);
        return composed != null ? composed : new ConceptRef(Iris.post(w), w, Vocab.Post.getURI(), true, language);
    }

    /** The post of a known title in a body the scheme knows, labelled as written, or null. */
    private ConceptRef inBody(String words) {
        if (forms.isEmpty() || iriTemplate == null)
            return null;
        for (Reading r : readings(words)) {
            ConceptRef body = body(r.body());
            if (body == null && r.title().bodyHead() != null)
                for (String o : openers) // "Minister of Civil Affairs", "civil affairs minister": the Ministry of Civil Affairs
                    if (body == null)
                        body = body(r.title().bodyHead() + " " + o + " " + r.body());
            if (body == null)
                continue;
            ConceptRef listed = schemePosts.get(r.title().key() + "|" + body.iri());
            if (listed != null)
                return listed;
            String bodyKey = body.iri().substring(body.iri().lastIndexOf('/') + 1);
            String iri = iriTemplate.replace("{title}", r.title().key()).replace("{body}", bodyKey);
            return new ConceptRef(iri, words, Vocab.Post.getURI(), true, language);
        }
        return null;
    }

    /**
     * The scheme's post whose title the text writes next to this known body ("General Secretary of the CPC Central
     * Committee", "the CMC Chairman", 中央军委主席), as a mention of the post over both, or null: the words name the post
     * the scheme lists, as its labels would, whatever their wording.
     */
    Mention listedPostAt(String text, Mention body) {
        String type = body.concept().typeIri();
        if (schemePosts.isEmpty() || body.concept().candidate()
                || !(Vocab.Organization.getURI().equals(type) || Vocab.Actor.getURI().equals(type)))
            return null;
        int b = body.span().begin(), e = body.span().end();
        if (titleBefore != null && afterOpener(text, b)) {
            Matcher m = titleBefore.matcher(text.substring(Math.max(0, b - 60), b));
            ConceptRef post = m.find() ? listed(m.group(1), body.concept()) : null;
            if (post != null)
                return new Mention(new Span(b - (m.end() - m.start()), e), post);
        }
        String after = text.substring(e, Math.min(text.length(), e + 40));
        Matcher m = titleAfter.matcher(language.equals("zh") ? ChineseScript.simplified(after) : after); // same offsets
        ConceptRef post = m.find() ? listed(m.group(1), body.concept()) : null;
        return post == null ? null : new Mention(new Span(b, e + m.end()), post);
    }

    /** The most words a body's name may go on past a post's mention (see {@link #extendedPostAt}). */
    private static final int MAX_WORDS_PAST = 4;

    /**
     * The scheme's post named by a mention of a listed post and the words after it, where the mention ends inside a
     * longer body's name ("General Secretary of the CPC", then "Central Committee"): the post of that title in the
     * whole body, over all the words, or null. A label that is a shorter post's name must not cut a longer one short.
     */
    Mention extendedPostAt(String text, Mention post) {
        if (forms.isEmpty() || language.equals("zh") || post.concept().candidate() || !Vocab.Post.getURI().equals(post.concept().typeIri()))
            return null;
        int b = post.span().begin(), end = post.span().end();
        Mention best = null;
        for (int n = 0; n < MAX_WORDS_PAST && (end = nextWordEnd(text, end)) > 0; n++)
            for (Reading r : readings(text.substring(b, end))) {
                ConceptRef body = body(r.body());
                ConceptRef listed = body == null ? null : schemePosts.get(r.title().key() + "|" + body.iri());
                if (listed != null)
                    best = new Mention(new Span(b, end), listed);
            }
        return best;
    }

    /** The end of the word after white space at {@code at}, or -1 where a mark or the text's end comes first. */
    private static int nextWordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ')
            i++;
        if (i == at || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i)))
            return -1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\''))
            i++;
        return i;
    }

    /**
     * Whether an opener ("of"), with or without an article after it ("of the"), ends right before {@code at}: the cheap
     * test before the regular expression, for every body named.
     */
    private boolean afterOpener(String text, int at) {
        int i = skipSpaceBack(text, at);
        int w = wordBefore(text, i, articles);
        if (w >= 0)
            i = skipSpaceBack(text, w);
        return wordBefore(text, i, openers) >= 0;
    }

    /** Where the word of {@code words} that ends at {@code end} begins (after white space or the text's start), or -1. */
    private static int wordBefore(String text, int end, List<String> words) {
        for (String word : words) {
            int b = end - word.length();
            if (b >= 0 && text.regionMatches(true, b, word, 0, word.length()) && (b == 0 || Character.isWhitespace(text.charAt(b - 1))))
                return b;
        }
        return -1;
    }

    private static int skipSpaceBack(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1)))
            i--;
        return i;
    }

    private ConceptRef listed(String form, ConceptRef body) {
        String f = form.toLowerCase(Locale.ROOT);
        for (Form t : forms)
            if (t.text().equals(f))
                return schemePosts.get(t.title().key() + "|" + body.iri());
        return null;
    }

    /** A known organisation (not a person, nor a post) by these words, or null. */
    private ConceptRef body(String words) {
        if (words.isBlank())
            return null;
        ConceptRef c = concepts.lookup(words);
        return c != null && (Vocab.Organization.getURI().equals(c.typeIri()) || Vocab.Actor.getURI().equals(c.typeIri())) ? c : null;
    }

    /** The ways the words are a title and a body: "TITLE of (the) BODY" (the language's openers and articles) or "BODY TITLE" in English, BODYTITLE in Chinese. */
    private List<Reading> readings(String words) {
        List<Reading> out = new ArrayList<>();
        String lower = words.toLowerCase(Locale.ROOT);
        boolean chinese = language.equals("zh");
        for (Form f : forms) {
            String t = f.text();
            if (chinese) {
                if (lower.length() > t.length() && lower.endsWith(t))
                    out.add(new Reading(f.title(), words.substring(0, words.length() - t.length())));
                continue;
            }
            for (String o : openers)
                if (lower.startsWith(t + " " + o + " ")) {
                    String body = words.substring(t.length() + o.length() + 2).strip();
                    for (String a : articles)
                        if (body.toLowerCase(Locale.ROOT).startsWith(a + " "))
                            body = body.substring(a.length() + 1).strip();
                    out.add(new Reading(f.title(), body));
                }
            if (lower.endsWith(" " + t))
                out.add(new Reading(f.title(), words.substring(0, words.length() - t.length()).strip()));
        }
        return out;
    }

    private static String alternationOf(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }
}
