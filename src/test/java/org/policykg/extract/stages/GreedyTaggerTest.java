package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.Test;
import org.policykg.extract.Converters;

/**
 * The tagger the pipeline calls gives, word for word, the tags of OpenNLP's own greedy call
 * ({@link POSTaggerME#getOrderedTags}, best tag first) on the English texts of corpus/dev and seeds/.
 */
class GreedyTaggerTest {
    /** The lines of the English texts of seeds/ and corpus/dev, cut into words by the rule tokenizer. */
    private static List<String[]> englishLines() throws Exception {
        List<Path> texts = new ArrayList<>();
        for (String dir : List.of("seeds", "corpus/dev"))
            try (Stream<Path> s = Files.list(Converters.home().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        List<String[]> lines = new ArrayList<>();
        for (Path text : texts) {
            String content = Files.readString(text);
            if (content.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() > content.length() / 20)
                continue; // Chinese: not tagged
            for (String line : content.split("\\R")) {
                String[] forms = SimpleTokenizer.INSTANCE.tokenize(line);
                if (forms.length > 0)
                    lines.add(forms);
            }
        }
        return lines;
    }

    @Test
    void theGreedyTaggerTagsAsOpenNlpsOwnCallDoes() throws Exception {
        POSTaggerME reference = OpenNlp.tagger();
        int words = 0, runs = 0;
        for (String[] forms : englishLines()) {
            List<String> formList = Arrays.asList(forms), expected = new ArrayList<>();
            for (int i = 0; i < forms.length; i++)
                expected.add(reference.getOrderedTags(formList, expected, i)[0]);
            assertEquals(expected, List.of(OpenNlp.greedyTagger().tag(forms)), String.join(" ", forms));
            words += forms.length;
            runs++;
        }
        assertTrue(runs > 100 && words > 10_000, "too little English text to compare: " + runs + " lines, " + words + " words");
    }

    /**
     * The features the summed scores are built from are, word for word, those the model's own context generator
     * makes (as a multiset), on every word of the English dev texts and the seed, so the fast path is in use.
     */
    @Test
    void theSummedScoresReadTheModelsOwnFeatures() throws Exception {
        assertNotNull(OpenNlp.scoresFor(OpenNlp.tagModel()), "the check of the model's features failed: the tagger would evaluate every word by the model");
        POSContextGenerator contexts = OpenNlp.tagModel().getFactory().getPOSContextGenerator(0);
        int words = 0;
        for (String[] forms : englishLines()) {
            String[] tags = OpenNlp.greedyTagger().tagByModel(forms);
            String[] array = forms.clone(); // the generator caches by the array
            for (int i = 0; i < forms.length; i++) {
                List<String> expected = new ArrayList<>(List.of(contexts.getContext(i, array, tags, null)));
                List<String> mine = TagScores.features(forms, i, tags);
                Collections.sort(expected);
                Collections.sort(mine);
                assertEquals(expected, mine, "word " + i + " of " + String.join(" ", forms));
                words++;
            }
        }
        assertTrue(words > 10_000, words + " words");
    }

    /**
     * Summed scores and the model's own evaluation of each word give the same tags, and the model is asked
     * again only for a small share of the words (near ties).
     */
    @Test
    void summedScoresGiveTheModelsTagsAndRarelyNeedIt() throws Exception {
        OpenNlp.GreedyTagger tagger = OpenNlp.greedyTagger();
        long ties0 = tagger.modelTies;
        int words = 0;
        for (String[] forms : englishLines()) {
            assertEquals(List.of(tagger.tagByModel(forms.clone())), List.of(tagger.tag(forms.clone())), String.join(" ", forms));
            words += forms.length;
        }
        long ties = tagger.modelTies - ties0;
        assertTrue(ties < words / 100, ties + " of " + words + " words evaluated by the model");
    }
}
