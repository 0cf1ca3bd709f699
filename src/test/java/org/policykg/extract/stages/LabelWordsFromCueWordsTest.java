package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policykg.document.Tokens;
import org.policykg.extract.Converters;

/**
 * The label words of a text are made from its cue words ({@link WordAnalyzer#fromCueWords}), not by reading the text a
 * second time: they must be the words the label analyzer reads there, word for word and offset for offset, on texts of
 * every kind the converter meets; and a lexicon under which they would not be is read twice, as before.
 */
class LabelWordsFromCueWordsTest {
    @Test
    void labelWordsMadeFromCueWordsAreTheWordsTheLabelAnalyzerReads() throws Exception {
        Lexicon lexicon = Lexicon.from(LexiconTest.lexicon, "en", "lexicon");
        WordAnalyzer labels = WordAnalyzer.forLabels(lexicon), cues = WordAnalyzer.forCues(lexicon);
        assertTrue(labels.derivesFrom(cues));
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("seeds", "corpus/dev"))
            try (Stream<Path> s = Files.list(Converters.home().resolve(dir))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                    texts.add(Files.readString(f));
            }
        // British spellings, their inflections, ignored words and possessives, in the cases a scraper leaves
        texts.add("The Labour Organisation's programmes: the organisations' centres realised THE PROGRAMME of a labour centre.");
        int words = 0;
        for (String text : new ArrayList<>(texts))
            for (String t : List.of(text, text.toLowerCase(Locale.ROOT), text.toUpperCase(Locale.ROOT))) {
                Tokens read = labels.tokens(t), made = labels.fromCueWords(cues.tokens(t));
                assertEquals(read.size, made.size);
                assertArrayEquals(Arrays.copyOf(read.terms, read.size), Arrays.copyOf(made.terms, made.size));
                assertArrayEquals(Arrays.copyOf(read.starts, read.size), Arrays.copyOf(made.starts, made.size));
                assertArrayEquals(Arrays.copyOf(read.ends, read.size), Arrays.copyOf(made.ends, made.size));
                words += read.size;
            }
        assertTrue(words > 100_000, words + " words");
    }

    @Test
    void aSpellingPairWhoseFormsReadApartAsLabelWordsKeepsTwoReadings() {
        // "whilst" is spelled "while" for cues; as a label word "while" is ignored but "whilst" is not (it is ignored
        // before its spelling is put right), so label words cannot be made from the cue word "while"
        Model m = ModelFactory.createDefaultModel().add(LexiconTest.lexicon);
        Resource settings = m.createResource(Lexicon.LEX + "settings-en");
        settings.addProperty(m.createProperty(Lexicon.LEX, "ignoredWord"), "while");
        m.createResource(Lexicon.LEX + "spell-whilst").addProperty(RDF.type, m.createResource(Lexicon.LEX + "SpellingVariant"))
                .addProperty(m.createProperty(Lexicon.LEX, "british"), "whilst")
                .addProperty(m.createProperty(Lexicon.LEX, "american"), "while");
        Lexicon lexicon = Lexicon.from(m, "en", "test lexicon");
        WordAnalyzer labels = WordAnalyzer.forLabels(lexicon), cues = WordAnalyzer.forCues(lexicon);
        assertFalse(labels.derivesFrom(cues));
        String text = "pensions rose whilst wages fell";
        assertNotEquals(List.of(Arrays.copyOf(labels.tokens(text).terms, labels.tokens(text).size)),
                List.of(Arrays.copyOf(labels.fromCueWords(cues.tokens(text)).terms, labels.fromCueWords(cues.tokens(text)).size)));
        assertFalse(WordAnalyzer.forCues(lexicon).derivesFrom(labels), "a cue analyzer derives from nothing");
    }
}
