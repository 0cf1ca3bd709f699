package org.policykg.curate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which candidates {@link CandidateList#group} takes for one thing: by wording in one language, by neighbours across two. */
class CandidateGroupsTest {
    private static final String C = "https://w3id.org/sspo/id/concept/";

    private static Candidate candidate(String iri, String kind, String label, String lang, Set<String> neighbours) {
        return new Candidate(iri, kind, List.of(new Candidate.Label(label, lang)), Set.of("doc"), 1, List.of(), neighbours, List.of(), 0);
    }

    @Test
    void theSameWordingInflectedOrInAnotherClassIsOneThing() {
        List<Candidate> g = CandidateList.group(List.of(
                candidate("a", "goal", "basic pension for rural residents", "en", Set.of()),
                candidate("b", "reform", "basic pensions for rural residents", "en", Set.of()),
                candidate("c", "goal", "digital public services", "en", Set.of())));
        assertEquals(g.get(0).group(), g.get(1).group(), "plural and class aside, the same words");
        assertNotEquals(g.get(0).group(), g.get(2).group());
    }

    @Test
    void acrossLanguagesSharedNeighboursDecide() {
        Set<String> around = Set.of(C + "long-term-care-insurance", C + "elderly-care-services", C + "pension");
        List<Candidate> g = CandidateList.group(List.of(
                candidate("en", "goal", "multi-tiered care security system", "en", around),
                candidate("zh", "goal", "多层次护理保障体系", "zh", Set.of(C + "long-term-care-insurance", C + "elderly-care-services")),
                candidate("zh2", "goal", "护理从业人员培训", "zh", Set.of(C + "long-term-care-insurance")),
                candidate("en2", "goal", "care security for the disabled", "en", Set.of(C + "pension", C + "unemployment-insurance",
                        C + "social-assistance", C + "medical-insurance"))));
        assertEquals(g.get(0).group(), g.get(1).group(), "two of three neighbours shared, in two languages");
        assertNotEquals(g.get(0).group(), g.get(2).group(), "one shared neighbour is not enough");
        assertNotEquals(g.get(1).group(), g.get(2).group(), "two Chinese wordings are compared by their words, and differ");
        assertNotEquals(g.get(0).group(), g.get(3).group(), "same language, different words, few neighbours in common");
    }
}
