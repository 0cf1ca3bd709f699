package org.policykg.curate;

import java.text.Normalizer;
import java.util.*;

import org.apache.jena.rdf.model.*;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.Vocab;

/**
 * Whether the concept scheme (concepts.ttl with curated.ttl) is valid SKOS as curation keeps it: every concept
 * in the scheme, one preferred label per language, and no label (preferred or alternative, same language, case
 * and width folded) shared by two concepts. A decision is refused when it would add a problem.
 */
public final class SchemeCheck {
    private SchemeCheck() {}

    /** Every problem of the scheme, one sentence each, sorted. */
    public static SortedSet<String> problems(Model scheme) {
        SortedSet<String> out = new TreeSet<>();
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Resource c : scheme.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (!c.isURIResource() || !c.getURI().startsWith(Vocab.ID))
                continue;
            String name = Curator.shortName(c.getURI());
            if (!c.hasProperty(SKOS.inScheme))
                out.add(name + " is a skos:Concept in no concept scheme (skos:inScheme)");
            Map<String, List<String>> prefs = new TreeMap<>();
            for (Statement st : c.listProperties(SKOS.prefLabel).toList())
                if (st.getObject().isLiteral())
                    prefs.computeIfAbsent(st.getLanguage(), k -> new ArrayList<>()).add(st.getString());
            prefs.forEach((lang, ls) -> {
                if (ls.size() > 1)
                    out.add(name + " has " + ls.size() + " preferred labels in '" + lang + "': " + ls);
            });
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel))
                for (Statement st : c.listProperties(p).toList())
                    if (st.getObject().isLiteral())
                        owners.computeIfAbsent(key(st.getString(), st.getLanguage()), k -> new TreeSet<>()).add(c.getURI());
        }
        owners.forEach((key, concepts) -> {
            if (concepts.size() > 1)
                out.add("label clash: " + key.substring(key.indexOf('|') + 1) + " is a label of " + concepts.size() + " concepts: "
                        + String.join(" and ", concepts.stream().map(Curator::shortName).toList()));
        });
        return out;
    }

    /** The problems {@code after} has that {@code before} had not. */
    public static List<String> added(Model before, Model after) {
        SortedSet<String> now = problems(after);
        now.removeAll(problems(before));
        return List.copyOf(now);
    }

    static String key(String label, String lang) {
        String folded = Normalizer.normalize(label, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return lang.toLowerCase(Locale.ROOT) + "|\"" + folded + "\"@" + lang;
    }
}
