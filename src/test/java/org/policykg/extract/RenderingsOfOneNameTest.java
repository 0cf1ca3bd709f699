package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/**
 * A scheme label meets every rendering of the words it is made of (lex:PhraseVariant), on texts written for this test:
 * the Party by any of its English names, a net by any word English qualifies it with, a group of bodies "at all
 * levels" or "local", an official term by any of its renderings (实事求是, 大数法则) — and nothing the words do not name.
 */
class RenderingsOfOneNameTest {
    @TempDir Path dir;

    private static final String LEADERSHIP = Vocab.ID + "concept/partys-leadership";
    private static final String NET = Vocab.ID + "concept/social-security-safety-net";
    private static final String LOCAL_BODIES = Vocab.ID + "actor/party-committees-and-governments-at-all-levels";

    /** The words of the text each mention of the node covers, in lower case. */
    private List<String> mentionsOf(String text, String iri) throws Exception {
        Document doc = Converters.convert(dir, "text.txt", text);
        return doc.mentions().stream().filter(m -> m.concept().iri().equals(iri))
                .map(m -> m.span().of(doc.text()).toLowerCase(Locale.ROOT)).collect(Collectors.toList());
    }

    @Test
    void theLeadershipOfThePartyIsOnePrincipleWhicheverNameTheTextGivesTheParty() throws Exception {
        for (String party : List.of("the CPC", "the Chinese Communist Party", "the Communist Party of China", "the Party")) {
            String text = "The pension reform will be carried out under the leadership of " + party + ", the minister said. "
                    + "Benefits will rise by 2 percent in July.";
            for (String t : List.of(text, text.toLowerCase(Locale.ROOT)))
                assertEquals(List.of(("leadership of " + party).toLowerCase(Locale.ROOT)), mentionsOf(t, LEADERSHIP), t);
        }
        // another party's leadership is not this principle
        assertEquals(List.of(), mentionsOf("The leadership of the Labour Party rejected the pension plan.", LEADERSHIP));
    }

    @Test
    void thePartyAndTwoOfficialTermsAreNamedByAnyOfTheirRenderings() throws Exception {
        String party = Vocab.ID + "actor/communist-party-of-china";
        for (String name : List.of("Communist Party of China", "CPC", "Chinese Communist Party"))
            assertEquals(List.of(name.toLowerCase(Locale.ROOT)),
                    mentionsOf("Members of the " + name + " visited the pension office on Monday.", party), name);
        String line = Vocab.ID + "concept/seeking-truth-from-facts", pooling = Vocab.ID + "concept/law-of-large-numbers";
        for (String text : List.of("Reform must follow the principle of seeking truth from facts and the law of large numbers.",
                "reform must be realistic and pragmatic, and pooling must respect the principle of large numbers.")) {
            assertEquals(1, mentionsOf(text, line).size(), text);
            assertEquals(1, mentionsOf(text, pooling).size(), text);
        }
    }

    @Test
    void theNetIsOneConceptWhicheverWordQualifiesIt() throws Exception {
        for (String net : List.of("social protection safety net", "social security safety net", "social safety net", "social security net"))
            assertEquals(List.of(net), mentionsOf("Provinces must weave a dense " + net + " for people in hardship.", NET), net);
        // "social" and "social security" stay themselves where no net follows
        assertEquals(List.of(), mentionsOf("Social security benefits will rise by 2 percent.", NET));
    }

    @Test
    void aGroupOfBodiesAtEveryLevelIsTheLocalGroup() throws Exception {
        for (String group : List.of("Party committees and governments at every level", "Party committees and governments at various levels",
                "Local Party committees and governments", "Party committees and governments at all levels")) {
            String text = group + " must include elderly care in their annual work plans.";
            assertEquals(List.of(group.toLowerCase(Locale.ROOT)), mentionsOf(text, LOCAL_BODIES), text);
            assertEquals(List.of(group.toLowerCase(Locale.ROOT)), mentionsOf(text.toLowerCase(Locale.ROOT), LOCAL_BODIES), text);
        }
    }
}
