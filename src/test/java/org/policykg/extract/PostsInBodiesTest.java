package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/**
 * Posts named as a title held in a body (the lexicon's lex:PostTitle, the scheme's bodies), on texts written for this
 * test: one node for a post whichever language and word order names it, the scheme's own post where it lists one for
 * that title and body, and a post in a body the scheme does not know named by its words.
 */
class PostsInBodiesTest {
    @TempDir Path dir;

    private static final String POST = Vocab.ID + "post/";

    private static List<String> reportedPosts(Document doc) {
        assertNotNull(doc.reportedWork(), "the text announces a reported work");
        return doc.reportedWork().posts().stream().map(ConceptRef::iri).toList();
    }

    private static List<ConceptRef> postsOf(Document doc, String person) {
        return doc.mentions().stream().filter(m -> m.concept().label().equalsIgnoreCase(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + person + " among " + doc.mentions())).posts();
    }

    @Test
    void aReportedAuthorsPostsAreTheSameNodesInEnglishAndChinese() throws Exception {
        Document en = Converters.convert(dir, "article.txt",
                "BEIJING, March 2 -- An article by Xi Jinping, General Secretary of the Central Committee of the Communist Party "
                        + "of China and CMC Chairman, will be published in the 5th issue of Qiushi Journal on March 1. "
                        + "The article says that the pension system must be fair.");
        Document zh = Converters.convert(dir, "article-zh.txt",
                "3月1日出版的第5期《求是》杂志将发表中共中央总书记、中央军委主席习近平的重要文章《办好社会保障事业》。"
                        + "文章强调，要健全多层次社会保障体系。");
        List<String> expected = List.of(POST + "general-secretary-of-the-cpc-central-committee", POST + "chairman-of-the-central-military-commission");
        assertEquals(expected, reportedPosts(en));
        assertEquals(expected, reportedPosts(zh));
    }

    @Test
    void aShorterNameOfThePostDoesNotCutTheLongerOneShort() throws Exception {
        // "General Secretary of the CPC" names the post too; here the body goes on, and the post is all the words
        String text = "The meeting on pensions was chaired by Xi Jinping, General Secretary of the CPC Central Committee, on Monday.";
        for (String variant : List.of(text, text.toLowerCase(Locale.ROOT))) {
            Document doc = Converters.convert(dir, "chair.txt", variant);
            List<String> posts = doc.mentions().stream().filter(m -> m.concept().iri().equals(POST + "general-secretary-of-the-cpc-central-committee"))
                    .map(m -> m.span().of(doc.text()).toLowerCase(Locale.ROOT)).toList();
            assertEquals(List.of("general secretary of the cpc central committee"), posts, variant);
        }
    }

    @Test
    void aPersonsPostIsTheSameNodeInEitherLanguageAndLetterCase() throws Exception {
        String text = "Vice Minister of Civil Affairs Liu Min said that care subsidies will rise in June. "
                + "Minister of Civil Affairs Lu Zhiyuan chaired the meeting.";
        for (String variant : List.of(text, text.toLowerCase(Locale.ROOT))) {
            Document en = Converters.convert(dir, "people.txt", variant);
            assertEquals(List.of(POST + "vice-minister-of-the-ministry-of-civil-affairs"), postsOf(en, "Liu Min").stream().map(ConceptRef::iri).toList(), variant);
            assertEquals(List.of(POST + "minister-of-the-ministry-of-civil-affairs"), postsOf(en, "Lu Zhiyuan").stream().map(ConceptRef::iri).toList(), variant);
            // a post the scheme does not list is labelled as the text writes it
            assertEquals("vice minister of civil affairs", postsOf(en, "Liu Min").get(0).label().toLowerCase(Locale.ROOT));
        }
        Document zh = Converters.convert(dir, "people-zh.txt", "民政部副部长刘敏表示，6月起提高护理补贴标准。");
        // (the Chinese names stage reads the post before the name as a mention of its own)
        assertEquals(List.of(POST + "vice-minister-of-the-ministry-of-civil-affairs"), zh.mentions().stream()
                .filter(m -> Vocab.Post.getURI().equals(m.concept().typeIri())).map(m -> m.concept().iri()).toList());
    }

    @Test
    void theSchemesPostOfThatTitleInThatBodyIsReachedByAnyWording() throws Exception {
        // the scheme lists the Premier of the State Council (org:postIn the State Council), not "State Council premier"
        Document en = Converters.convert(dir, "premier.txt", "Wang Hua, State Council premier, said that pensions will rise.");
        assertEquals(List.of(POST + "premier-of-the-state-council"), postsOf(en, "Wang Hua").stream().map(ConceptRef::iri).toList());
    }

    @Test
    void aPostInABodyTheSchemeDoesNotKnowIsNamedByItsWords() throws Exception {
        Document en = Converters.convert(dir, "unknown.txt",
                "Chen Jing, director of the Linhai County Care Office, said that home visits will double.");
        List<ConceptRef> posts = postsOf(en, "Chen Jing");
        assertEquals(1, posts.size(), posts.toString());
        assertEquals("director of the Linhai County Care Office", posts.get(0).label());
        assertEquals(POST + "director-of-the-linhai-county-care-office", posts.get(0).iri());
    }
}
