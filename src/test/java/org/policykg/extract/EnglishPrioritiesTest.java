package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * A priority stated as a principle in English (issue 14, lex:principle-first-en), on a short text written for this
 * test: "putting X first", a quoted slogan "X first", and a pair of steps "X first, Y later"; a sentence that only orders
 * two acts ("join the scheme first") states none.
 */
class EnglishPrioritiesTest {
    @TempDir Path dir;

    @Test
    void aPriorityIsAPrincipleAnOrderOfTwoActsIsNone() throws Exception {
        Document doc = Converters.convert(dir, "priorities.txt",
                "The county will keep putting home-based care first. Three, apply \"treatment first\" in every clinic. "
                + "Staff must follow the rule of relief first, paperwork later. "
                + "Applicants must register with the scheme first and then submit their receipts.");
        Set<String> principles = Converters.targets(doc, Role.PRINCIPLE);
        assertTrue(principles.stream().anyMatch(p -> p.startsWith("putting home-based care first")), principles.toString());
        assertTrue(principles.contains("treatment first"), principles.toString());
        assertTrue(principles.contains("relief first"), principles.toString());
        assertTrue(principles.stream().noneMatch(p -> p.contains("scheme first")), principles.toString());
    }

    /** A principle named after "the principle(s) of" is one principle, a list included, a value that is a goal elsewhere too. */
    @Test
    void aPrincipleNamedAfterThePrincipleOfIsOneAListIncluded() throws Exception {
        Document doc = Converters.convert(dir, "named.txt",
                "Assessments shall follow the principles of transparency, fairness and accountability, and results shall be "
                + "published. The county will keep to the principle of \"help first, paperwork later\". "
                + "The fund will adhere to the principle of prudent investment while keeping costs low.");
        Set<String> principles = Converters.targets(doc, Role.PRINCIPLE);
        assertTrue(principles.contains("transparency, fairness and accountability"), principles.toString());
        assertTrue(principles.contains("help first, paperwork later"), principles.toString());
        // the scheme's own principle where it knows the name ("prudent investment" is a name of safety first in fund
        // investment), and the phrase stops at "while"
        assertTrue(principles.stream().anyMatch(p -> p.contains("investment")) && principles.stream().noneMatch(p -> p.contains("costs")), principles.toString());
        assertTrue(Converters.targets(doc, Role.GOAL).stream().noneMatch(g -> g.contains("fairness")), Converters.targets(doc, Role.GOAL).toString());
    }

    /**
     * A principle quoted before its head noun, as a literal rendering of 坚持"…"原则 writes it, is one principle, commas and
     * all, and its words name no goal or reform of their own; a quoted requirement is no principle. Sentences written here, in both
     * letter cases.
     */
    @Test
    void aPrincipleQuotedBeforeItsHeadIsOnePrinciple() throws Exception {
        String text = "Each township must adhere \"village reports, town checks, county decides\" principle, strictly review applications. "
                + "Villages shall establish \"should register all register\" requirement.";
        for (Document doc : Converters.convertInBothCases(dir, "quoted.txt", text)) {
            Set<String> principles = Converters.targets(doc, Role.PRINCIPLE);
            assertTrue(principles.stream().anyMatch(p -> p.equalsIgnoreCase("village reports, town checks, county decides")), principles.toString());
            assertTrue(principles.stream().noneMatch(p -> p.toLowerCase(java.util.Locale.ROOT).contains("register")), principles.toString());
            Set<String> goals = Converters.targets(doc, Role.GOAL), reforms = Converters.targets(doc, Role.REFORM);
            assertTrue(goals.stream().noneMatch(g -> g.toLowerCase(java.util.Locale.ROOT).contains("checks")), goals.toString());
            assertTrue(reforms.stream().noneMatch(r -> r.toLowerCase(java.util.Locale.ROOT).contains("checks")), reforms.toString());
        }
    }
}
