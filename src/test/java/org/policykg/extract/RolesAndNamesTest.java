package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/**
 * Roles decided by the sentence, not by the concept's class, and people and organisations named in the
 * text, in sentences written for this test (none is the seed's).
 */
class RolesAndNamesTest {
    @TempDir Path dir;

    private static Set<String> slugs(Document doc, Role role) {
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).map(ConceptRef::iri)
                .map(i -> i.substring(i.lastIndexOf('/') + 1)).collect(Collectors.toSet());
    }

    private static List<Mention> actors(Document doc) {
        return doc.mentions().stream().filter(m -> Vocab.Person.getURI().equals(m.concept().typeIri())
                || Vocab.Organization.getURI().equals(m.concept().typeIri())).toList();
    }

    /** Each of {@code names} is an actor of the document, read as a person. */
    private static void assertPersons(Document doc, String... names) {
        for (String name : names)
            assertEquals(Vocab.Person.getURI(), actor(doc, name).concept().typeIri(), name);
    }

    private static Mention actor(Document doc, String label) {
        return actors(doc).stream().filter(m -> m.concept().label().equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + label + " among " + actors(doc).stream().map(m -> m.concept().label()).toList()));
    }

    @Test
    void aHyphenatedNameIsOneWordOfAPersonsName() throws Exception {
        // romanised Korean given names, French and Polish double names: the parts after the hyphen belong to the word
        Document doc = Converters.convert(dir, "hyphens.txt",
                "Choi Seo-yeon, a labour economist at a university in Busan, said the change came late. "
                        + "Minister Anne-Marie Dubois told reporters the fund would last longer. "
                        + "Agnieszka Nowak-Kaminska, an analyst at a Warsaw bank, said the payment was costly.");
        assertPersons(doc, "Choi Seo-yeon", "Anne-Marie Dubois", "Agnieszka Nowak-Kaminska");
    }

    @Test
    void aNameAtTheEndOfAPostsOfComplementIsAPersonButTheFieldIsNot() throws Exception {
        // the press names a foreign minister after the whole post; the name is the last capitalised run before the verb
        // of saying, and the words of the scheme's names of bodies and fields are no name
        Document doc = Converters.convert(dir, "posts.txt",
                "Deputy Minister of Employment and Labour Lee Jae-won told reporters the rate would rise in January. "
                        + "Secretary of State for Social Affairs Hanna Berg said the rule was fair. "
                        + "The Minister of Labour and Social Affairs said the fund was safe.");
        assertPersons(doc, "Lee Jae-won", "Hanna Berg");
        assertTrue(actors(doc).stream().noneMatch(m -> m.concept().label().contains("Affairs")
                && Vocab.Person.getURI().equals(m.concept().typeIri())), actors(doc).stream().map(m -> m.concept().label()).toList().toString());
    }

    @Test
    void aForeignNameInALowercasedTextIsAPersonOnlyInTheFramesOfAQuotedSpeaker() throws Exception {
        // scraper output without capitals: a name of another language is told from other words only by its frame, a post
        // before it and a verb of saying, or a post in apposition and the verb after it
        Document doc = Converters.convert(dir, "lower-names.txt",
                "helena marsh, a pension researcher at a university in leeds, said the rule was fair. "
                        + "pension actuary jean-luc moreau said the design was sound. "
                        + "\"the payment must keep its value,\" said labour minister anna kowalski-berg. "
                        + "the new rules, a major change for workers, said nothing about pensions. "
                        + "monthly payments, the fund's chief said, will rise. local officials said the fund was safe.");
        assertPersons(doc, "helena marsh", "jean-luc moreau", "anna kowalski-berg");
        List<String> people = actors(doc).stream().filter(m -> Vocab.Person.getURI().equals(m.concept().typeIri()))
                .map(m -> m.concept().label().toLowerCase(Locale.ROOT)).toList();
        assertTrue(people.stream().noneMatch(p -> p.contains("rules") || p.contains("payments") || p.contains("officials")), people.toString());
    }

    @Test
    void aPrincipleUnderAReformVerbIsNotUpheld() throws Exception {
        Document doc = Converters.convert(dir, "roles.txt",
                "Local governments must implement the new development philosophy in pension administration.\n\n"
                        + "In running the pension funds, we will adhere to seeking truth from facts.\n\n"
                        + "Officials should follow the principle of basic protection when they set the benefit levels.");
        Set<String> upheld = slugs(doc, Role.PRINCIPLE);
        assertFalse(upheld.contains("new-development-philosophy"), upheld.toString());
        assertTrue(upheld.containsAll(Set.of("seeking-truth-from-facts", "ensuring-the-basics")), upheld.toString());
        // the principle is still named where it is only mentioned
        assertTrue(slugs(doc, Role.MENTION).contains("new-development-philosophy"));
    }

    @Test
    void aGoalUnderAVerbOfAdherenceStaysAGoal() throws Exception {
        Document doc = Converters.convert(dir, "adherence.txt",
                "In reforming pensions the province will adhere to common prosperity and to seeking truth from facts.");
        assertTrue(slugs(doc, Role.GOAL).contains("common-prosperity"), slugs(doc, Role.GOAL).toString());
        assertFalse(slugs(doc, Role.PRINCIPLE).contains("common-prosperity"));
        assertTrue(slugs(doc, Role.PRINCIPLE).contains("seeking-truth-from-facts"), slugs(doc, Role.PRINCIPLE).toString());
    }

    @Test
    void anOutcomeStatedAsAClauseIsAGoalAndALevelAloneIsNot() throws Exception {
        Document doc = Converters.convert(dir, "outcome.txt",
                "The county must make sure that survivors' pensions are paid in full and on time.\n\n"
                        + "The bureau will publish the benefit levels of each district.");
        Set<String> goals = slugs(doc, Role.GOAL);
        assertTrue(goals.contains("benefits-paid-in-full-and-on-time"), goals.toString());
        assertFalse(goals.contains("adequate-benefit-levels"), goals.toString());
    }

    @Test
    void aVerbOfChangeNamesTheReformInALowercasedText() throws Exception {
        Document doc = Converters.convert(dir, "change.txt",
                "the provincial bureau will merge the two pension schemes for civil servants and lower the contribution floor "
                        + "for gig drivers. the county reported lower returns than planned on its reserve fund.");
        Set<String> reforms = slugs(doc, Role.REFORM);
        // the object alone ("the two pension schemes") names no change: the verb is part of the reform's name
        assertTrue(reforms.contains("merge-the-two-pension-schemes"), reforms.toString());
        // "for" ends the first object ("for civil servants" says whom it concerns), not the second call after "and"
        assertTrue(reforms.contains("lower-the-contribution-floor"), reforms.toString());
        // the same word as an adjective names no change
        assertTrue(reforms.stream().noneMatch(r -> r.contains("returns")), reforms.toString());
        // the evidence of a reform named with its verb starts at the verb, and the label is the text there as written
        Link merge = doc.statements().stream().flatMap(st -> st.links().stream())
                .filter(l -> l.target().label().startsWith("merge")).findFirst().orElseThrow();
        assertWrittenAt(doc, merge);
    }

    @Test
    void aDeniedCallIsNoReformAndAChangeNeedsAnObject() throws Exception {
        Document doc = Converters.convert(dir, "denied.txt",
                "District offices must not raise the filing fees charged to disabled veterans.\n\n"
                        + "The gap in the burial fund kept widening to about 2 percent of payroll.\n\n"
                        + "The district will never lower the care allowance for bedridden seniors, and will extend the respite voucher to foster parents.");
        Set<String> reforms = slugs(doc, Role.REFORM);
        assertTrue(reforms.stream().noneMatch(r -> r.contains("filing-fees") || r.contains("care-allowance")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.startsWith("widening")), reforms.toString());
        assertTrue(reforms.contains("extend-the-respite-voucher-to-foster-parents"), reforms.toString());
    }

    @Test
    void aPurposeStatedAsAClauseIsAGoalAndAMereResultIsNot() throws Exception {
        Document doc = Converters.convert(dir, "purpose.txt",
                "The county will pool its survivor benefit funds, making sure that every widow receives her allowance within a month.\n\n"
                        + "Our aim is that disabled farmers are assessed once and paid in any township.\n\n"
                        + "The city will reorganise its claims offices so that no injured courier is left without cover.\n\n"
                        + "The bureau will print the new forms in large type so that clerks can file them faster.");
        Set<String> goals = slugs(doc, Role.GOAL);
        assertTrue(goals.contains("every-widow-receives-her-allowance-within-a-month"), goals.toString());
        assertTrue(goals.contains("disabled-farmers-are-assessed-once-and-paid-in-any-township"), goals.toString());
        // "so that" states a goal where it speaks of who is covered, not where it gives a mere result
        assertTrue(goals.contains("no-injured-courier-is-left-without-cover"), goals.toString());
        assertTrue(goals.stream().noneMatch(g -> g.contains("clerks")), goals.toString());
        Link widow = doc.statements().stream().flatMap(st -> st.links().stream())
                .filter(l -> l.target().label().startsWith("every widow")).findFirst().orElseThrow();
        assertWrittenAt(doc, widow);
    }

    /** The candidate's label is the text where its evidence starts, as written, within the evidence and its sentence. */
    private static void assertWrittenAt(Document doc, Link l) {
        String label = l.target().label();
        assertTrue(doc.text().startsWith(label, l.evidence().begin()), l.toString());
        assertTrue(l.evidence().begin() + label.length() <= l.evidence().end(), l.toString());
        assertTrue(doc.sentences().stream().anyMatch(s -> s.span().contains(l.evidence())), l.toString());
    }

    @Test
    void anInfinitiveAimIsSplitAtAndToAndAMentionIsNoGoal() throws Exception {
        Document doc = Converters.convert(dir, "aims.txt",
                "The aim is to make the disability fund more solvent and to cut the waiting time for assessments.\n\n"
                        + "The annual report mentions the adequacy of survivor benefits in a footnote.");
        Set<String> goals = slugs(doc, Role.GOAL), all = new java.util.HashSet<>(goals);
        all.addAll(slugs(doc, Role.REFORM));
        assertTrue(goals.contains("make-the-disability-fund-more-solvent"), goals.toString());
        assertTrue(all.stream().anyMatch(g -> g.startsWith("cut-the-waiting-time")), all.toString());
        // named where no cue sets it, the outcome is only mentioned
        assertTrue(goals.stream().noneMatch(g -> g.contains("adequacy")), goals.toString());
    }

    @Test
    void reformsSetUpOrUnderWayAreCalledForAndNoNameEndsInAPreposition() throws Exception {
        Document doc = Converters.convert(dir, "setup.txt",
                "The city will set up a pension arrears reporting channel for retired miners.\n\n"
                        + "A cross-city annuity transfer scheme is being piloted in two districts.\n\n"
                        + "The bureau will set up a panel under which disputed claims are reviewed again.");
        Set<String> reforms = slugs(doc, Role.REFORM);
        assertTrue(reforms.stream().anyMatch(r -> r.contains("arrears-reporting-channel")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("annuity-transfer-scheme")), reforms.toString());
        assertTrue(doc.statements().stream().flatMap(st -> st.links().stream())
                .noneMatch(l -> l.target().label().endsWith(" under")), doc.statements().toString());
    }

    @Test
    void aPartOfTheSystemInsideALargerNameIsNotNamedApart() throws Exception {
        Document doc = Converters.convert(dir, "inside.txt",
                "Local governments should keep building a social security system with Chinese characteristics.\n\n"
                        + "The social security system must protect rural migrants.");
        assertTrue(slugs(doc, Role.GOAL).contains("social-security-system-with-chinese-characteristics"), slugs(doc, Role.GOAL).toString());
        Statement first = doc.statements().get(0), second = doc.statements().get(1);
        assertFalse(first.targets(Role.MENTION).stream().anyMatch(c -> c.iri().endsWith("/social-security-system")), first.toString());
        assertTrue(second.targets(Role.MENTION).stream().anyMatch(c -> c.iri().endsWith("/social-security-system")), second.toString());
    }

    @Test
    void aSystemReportedBuiltIsAGoalReachedButAMechanismIsStillAReform() throws Exception {
        Document doc = Converters.convert(dir, "built.txt",
                "By now a unified elderly care benefit system has been established in the county.\n\n"
                        + "A pension complaint handling mechanism has been set up in every district.");
        Set<String> reforms = slugs(doc, Role.REFORM), goals = slugs(doc, Role.GOAL);
        assertTrue(goals.stream().anyMatch(g -> g.contains("elderly-care-benefit-system")), goals.toString());
        assertFalse(reforms.stream().anyMatch(r -> r.contains("elderly-care-benefit-system")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("complaint-handling-mechanism")), reforms.toString());
        // a call to establish one is still a reform
        Document call = Converters.convert(dir, "call.txt", "An elderly care benefit system for disabled seniors shall be established in the county.");
        assertTrue(slugs(call, Role.REFORM).stream().anyMatch(r -> r.contains("elderly-care-benefit-system")), slugs(call, Role.REFORM).toString());
    }

    @Test
    void aCountryNamedAsAPlaceIsNoActorButANewspaperIs() throws Exception {
        Document doc = Converters.convert(dir, "country.txt",
                "According to the Shanghai Daily, the Ministry of Finance said it will expand pension coverage across China.\n\n"
                        + "Pension rules shape our country's daily life, and the ministry must ensure benefit adequacy in China.");
        List<String> named = doc.statements().stream().flatMap(st -> st.links().stream()).map(l -> l.target().iri()).toList();
        assertTrue(named.stream().noneMatch(i -> i.endsWith("peoples-republic-of-china")), named.toString());
        actor(doc, "Shanghai Daily");
        actor(doc, "Ministry of Finance");
        // where the country is the one who must act, it is named as an actor
        Document acts = Converters.convert(dir, "acts.txt", "China must widen pension coverage for gig workers.");
        assertTrue(acts.statements().stream().flatMap(st -> st.targets(Role.RESPONSIBLE_ACTOR).stream())
                .anyMatch(a -> a.iri().endsWith("peoples-republic-of-china")), acts.statements().toString());
        // "daily life" in a cased text does not name a newspaper that acts
        Document lives = Converters.convert(dir, "lives.txt", "People's daily lives change when the ministry must raise the minimum pension.");
        assertTrue(lives.statements().stream().flatMap(st -> st.targets(Role.RESPONSIBLE_ACTOR).stream())
                .noneMatch(a -> a.iri().endsWith("peoples-daily")), lives.statements().toString());
    }

    @Test
    void aComponentOfTheSystemUnderAReformVerbIsAReform() throws Exception {
        Document doc = Converters.convert(dir, "component.txt",
                "The city will pilot long-term care insurance from next year.\n\nSocial assistance is paid in cash and in kind.");
        assertTrue(slugs(doc, Role.REFORM).contains("long-term-care-insurance"), slugs(doc, Role.REFORM).toString());
        assertFalse(slugs(doc, Role.REFORM).contains("social-assistance"));
    }

    @Test
    void aPassiveCallTypesItsSubject() throws Exception {
        for (boolean lower : List.of(false, true)) {
            String text = "A dynamic monitoring mechanism for low-income households shall be established in every county.\n\n"
                    + "In most cities the threshold for receiving unemployment benefits has been lowered.\n\n"
                    + "The private pension scheme should be promoted steadily, and the medical insurance fund must be protected.";
            Document doc = Converters.convert(dir, "passive" + lower + ".txt", lower ? text.toLowerCase(Locale.ROOT) : text);
            Set<String> reforms = doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream())
                    .map(c -> c.candidate() ? c.label().toLowerCase(Locale.ROOT) : c.iri().substring(c.iri().lastIndexOf('/') + 1))
                    .collect(Collectors.toSet());
            assertTrue(reforms.contains("dynamic monitoring mechanism for low-income households"), lower + " " + reforms);
            assertTrue(reforms.contains("threshold for receiving unemployment benefits"), lower + " " + reforms);
            // a programme that is the whole subject is called for; one that only modifies it ("the medical insurance fund") is not
            assertTrue(reforms.contains("private-pension"), lower + " " + reforms);
            assertFalse(reforms.contains("medical-insurance"), lower + " " + reforms);
        }
    }

    @Test
    void groupsOfBodiesWithTheirPostmodifiersAreResponsible() throws Exception {
        Document doc = Converters.convert(dir, "levels.txt",
                "9. Local governments at all levels shall include the required funds for temporary assistance in their budgets.\n\n"
                        + "The departments concerned should establish a special negotiation channel for innovative drugs.");
        Set<String> responsible = doc.statements().stream().flatMap(s -> s.targets(Role.RESPONSIBLE_ACTOR).stream())
                .map(ConceptRef::label).collect(Collectors.toSet());
        assertEquals(Set.of("Local governments at all levels", "departments concerned"), responsible);
    }

    /** Who each statement makes responsible for (or credits with) its goals and reforms, as actor slug -> target slugs. */
    private static Set<String> responsibilities(Document doc) {
        Set<String> out = new java.util.TreeSet<>();
        for (Statement s : doc.statements())
            for (ConceptRef a : s.targets(Role.RESPONSIBLE_ACTOR))
                for (Role r : List.of(Role.GOAL, Role.REFORM))
                    for (ConceptRef t : s.targets(r))
                        out.add(a.iri().substring(a.iri().lastIndexOf('/') + 1) + " -> " + t.iri().substring(t.iri().lastIndexOf('/') + 1));
        return out;
    }

    @Test
    void bodiesThatActAreResponsibleAndTheMinistryRefersBack() throws Exception {
        for (boolean lower : List.of(false, true)) {
            String text = "The Ministry of Human Resources and Social Security said on Monday that it will pilot long-term care insurance "
                    + "in 20 more cities.\n\nThe Ministry of Finance will provide funds for the pilots.\n\n"
                    + "The ministry will also raise the statutory retirement age, a spokesman said.\n\n"
                    + "Experts in the Ministry of Finance's research office welcomed national pooling of basic old-age insurance.";
            Document doc = Converters.convert(dir, "resp" + lower + ".txt", lower ? text.toLowerCase(Locale.ROOT) : text);
            Set<String> pairs = responsibilities(doc);
            assertTrue(pairs.stream().anyMatch(p -> p.startsWith("ministry-of-human-resources-and-social-security -> long-term-care-insurance")), lower + " " + pairs);
            // "the ministry" is the body the text named first with that head, not the last one
            assertTrue(pairs.contains("ministry-of-human-resources-and-social-security -> delaying-statutory-retirement-age"), lower + " " + pairs);
            assertFalse(pairs.contains("ministry-of-finance -> delaying-statutory-retirement-age"), lower + " " + pairs);
            // a body inside a possessive does not act
            assertTrue(pairs.stream().noneMatch(p -> p.startsWith("ministry-of-finance -> national-pooling")), lower + " " + pairs);
        }
    }

    @Test
    void peopleWithPostsNotInTheSchemeBecomeActorsInAnyCase() throws Exception {
        String text = "Vice Minister of Civil Affairs Tang Dengjie said on Monday that subsidies will rise.\n\n"
                + "Premier Li Qiang chaired the meeting.\n\n"
                + "Zhang Wei, deputy director of the Department of Social Insurance Funds Supervision, said that audits will continue.";
        for (String variant : List.of(text, text.toLowerCase(Locale.ROOT))) {
            Document doc = Converters.convert(dir, variant.equals(text) ? "people.txt" : "people-lower.txt", variant);
            Mention tang = actor(doc, "Tang Dengjie");
            assertEquals(Vocab.Person.getURI(), tang.concept().typeIri());
            assertEquals(Vocab.ID + "actor/tang-dengjie", tang.concept().iri());
            assertEquals(List.of("vice minister of civil affairs"), tang.posts().stream().map(p -> p.label().toLowerCase(Locale.ROOT)).toList());
            // a post the scheme knows is its node ("Premier" is the Premier of the State Council)
            assertEquals(List.of(Vocab.ID + "post/premier-of-the-state-council"), actor(doc, "Li Qiang").posts().stream().map(ConceptRef::iri).toList());
            Mention zhang = actor(doc, "Zhang Wei");
            assertEquals("deputy director of the department of social insurance funds supervision",
                    zhang.posts().get(0).label().toLowerCase(Locale.ROOT));
            // the department inside the post is part of the title, not another actor
            assertTrue(actors(doc).stream().noneMatch(m -> m.concept().label().toLowerCase(Locale.ROOT).contains("funds supervision")));
            // a sentence naming who acts is a statement that names them
            assertTrue(doc.statements().stream().anyMatch(s -> s.targets(Role.MENTION).contains(actor(doc, "Li Qiang").concept())));
        }
    }

    @Test
    void aSurnameThatIsAWordNamesAPersonAfterAVerbOfSayingAndBeforeAPostInAnyCase() throws Exception {
        String text = "Small firms may defer their contributions until June, said He Jianguo, deputy director of the Sichuan "
                + "Provincial Department of Civil Affairs. \"No firm will be fined for a late filing this year,\" said He Minhua "
                + "a spokeswoman of the Guangxi Municipal Tax Bureau. He said the deadline stays, and he hoped firms would apply early.";
        for (String variant : List.of(text, text.toLowerCase(Locale.ROOT))) {
            Document doc = Converters.convert(dir, variant.equals(text) ? "he.txt" : "he-lower.txt", variant);
            Mention he = actor(doc, "He Jianguo");
            assertEquals(Vocab.Person.getURI(), he.concept().typeIri());
            assertEquals("He Jianguo", he.concept().label(), "a person's name is written with capitals whatever the text's case");
            assertEquals("deputy director of the sichuan provincial department of civil affairs",
                    he.posts().get(0).label().toLowerCase(Locale.ROOT));
            assertEquals(Vocab.Person.getURI(), actor(doc, "He Minhua").concept().typeIri());
            // a department with its place before it, named in a post, is a body of its own (not a unit of one)
            assertEquals(Vocab.Organization.getURI(), actor(doc, "Sichuan Provincial Department of Civil Affairs").concept().typeIri());
            // the pronoun stays a pronoun
            assertTrue(actors(doc).stream().noneMatch(m -> m.concept().label().toLowerCase(Locale.ROOT).matches("he (said|hoped)")), variant);
        }
    }

    @Test
    void aPlaceNameJoinedByHyphensHoldsNoPerson() throws Exception {
        // "Kong", "Hong" and "Ma" are surnames, but no pinyin name is joined by a hyphen to its given name or to the word before it
        String text = "Spokesman Gao Feng said the cards will be accepted across the Guangdong-Hong Kong-Macao Greater Bay Area "
                + "and the Sichuan-Chongqing region next year, as Chen Hong told reporters.";
        for (String variant : List.of(text, text.toLowerCase(Locale.ROOT))) {
            Document doc = Converters.convert(dir, variant.equals(text) ? "bay.txt" : "bay-lower.txt", variant);
            List<String> people = actors(doc).stream().filter(m -> Vocab.Person.getURI().equals(m.concept().typeIri()))
                    .map(m -> m.concept().label().toLowerCase(Locale.ROOT)).toList();
            assertTrue(people.stream().noneMatch(p -> p.contains("kong") || p.contains("macao")), variant + " " + people);
            assertTrue(people.contains("gao feng"), variant + " " + people);
        }
    }

    @Test
    void organisationsByTheirHeadsBecomeActorsInAnyCase() throws Exception {
        String text = "The Ministry of Emergency Management and the National Bureau of Statistics released the figures on Friday.\n\n"
                + "Township governments shall check the applications, and the bureau will publish them.";
        for (String variant : List.of(text, text.toLowerCase(Locale.ROOT))) {
            Document doc = Converters.convert(dir, variant.equals(text) ? "orgs.txt" : "orgs-lower.txt", variant);
            Set<String> labels = actors(doc).stream().map(m -> m.concept().label().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            assertTrue(labels.containsAll(Set.of("ministry of emergency management", "national bureau of statistics", "township governments")),
                    labels.toString());
            assertFalse(labels.contains("bureau"), "a bare head refers back: " + labels);
            for (Mention m : actors(doc))
                assertEquals(Vocab.Organization.getURI(), m.concept().typeIri(), m.concept().label());
        }
    }

    @Test
    void aReportedArticleAnnouncedInOtherWords() throws Exception {
        Document doc = Converters.convert(dir, "announcement.txt",
                "An article by Zhao Ming, head of the Institute of Labour Studies, will be published in the 5th issue of Social Security Review on Monday.\n\n"
                        + "The article stresses that it is necessary to extend coverage to gig workers.");
        ReportedWork rw = doc.reportedWork();
        assertNotNull(rw);
        assertEquals("Zhao Ming", rw.author());
        assertEquals("Social Security Review", rw.venue());
        assertEquals("5", rw.issue());
        assertEquals(List.of("head of the Institute of Labour Studies"), rw.posts().stream().map(ConceptRef::label).toList());
        assertTrue(doc.statements().stream().anyMatch(Statement::reported));
    }
}
