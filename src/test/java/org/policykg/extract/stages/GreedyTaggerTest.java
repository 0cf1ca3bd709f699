package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.Test;
import org.policykg.extract.Converters;

/**
 * The tagger the pipeline calls gives, word for word, the tags of OpenNLP's own greedy call
 * ({@link POSTaggerME#getOrderedTags}, best tag first) on the English texts of corpus/dev and seeds/.
 */
class GreedyTaggerTest {
    @Test
    void theGreedyTaggerTagsAsOpenNlpsOwnCallDoes() throws Exception {
        List<Path> texts = new ArrayList<>();
        for (String dir : List.of("seeds", "corpus/dev"))
            try (Stream<Path> s = Files.list(Converters.home().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        POSTaggerME reference = OpenNlp.tagger();
        int words = 0, runs = 0;
        for (Path text : texts) {
            String content = Files.readString(text);
            if (content.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() > content.length() / 20)
                continue; // Chinese: not tagged
            for (String line : content.split("\\R")) {
                String[] forms = SimpleTokenizer.INSTANCE.tokenize(line);
                if (forms.length == 0)
                    continue;
                List<String> formList = Arrays.asList(forms), expected = new ArrayList<>();
                for (int i = 0; i < forms.length; i++)
                    expected.add(reference.getOrderedTags(formList, expected, i)[0]);
                assertEquals(expected, List.of(OpenNlp.greedyTagger().tag(forms)), text.getFileName() + ": " + line);
                words += forms.length;
                runs++;
            }
        }
        assertTrue(runs > 100 && words > 10_000, "too little English text to compare: " + runs + " lines, " + words + " words");
    }
}
