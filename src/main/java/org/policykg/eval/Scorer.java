package org.policykg.eval;

import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.rdf.QueryFiles;
import org.policykg.eval.GoldFile.Item;
import org.policykg.eval.GoldFile.ItemClass;
import org.policykg.eval.GoldFile.Occurrence;
import org.policykg.eval.GoldFile.Responsibility;
import org.policykg.eval.Results.*;
import org.policykg.document.LabelNormalizer;
import org.policykg.document.SourceText;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;
import org.policykg.error.UserError;
import org.policykg.store.SparqlSource;

/**
 * Scores what a graph extracted from documents against their gold files. What counts as extracted is
 * chosen by the SPARQL in {@code queries/eval/} (bound to each document with ParameterizedSparqlString);
 * how an extracted node meets a gold item is the rule in docs/evaluation.md: the concept IRI when the
 * item names one, else a label equal to a quote after the linker's normalisation or by the lexicon's renderings of
 * one name ({@link SameName}), else a phrase of the document pointing at the node that overlaps a quotation by at
 * least half of the shorter span; one node for one item.
 */
public final class Scorer {
    /** Whether a label (in its language) and a quote (in the gold file's) name the same thing by the lexicon's renderings of one name. */
    @FunctionalInterface
    public interface SameName {
        boolean test(String label, String labelLanguage, String quote, String quoteLanguage);

        SameName NONE = (label, labelLanguage, quote, quoteLanguage) -> false;
    }

    /** One document to score: its gold file and its text as the converter reads it. */
    public record Input(GoldFile gold, SourceText text) {
        public String documentIri() { return Iris.document(text); }
    }

    private final SparqlSource source;
    private final Map<String, String> queries = new HashMap<>();
    private final SameName sameName;

    /** @param queryFolder {@code queries/eval} of the project */
    public Scorer(SparqlSource source, Path queryFolder) {
        this(source, queryFolder, SameName.NONE);
    }

    /** @param sameName the lexicon's renderings of one name, for the label rule */
    public Scorer(SparqlSource source, Path queryFolder, SameName sameName) {
        this.source = source;
        this.sameName = sameName;
        for (String name : List.of("document", "extracted", "phrases", "modalities", "responsibilities", "reported-work", "sentences"))
            queries.put(name, QueryFiles.read(queryFolder.resolve(name + ".rq")));
    }

    public Results score(List<Input> inputs) {
        List<DocumentScore> out = new ArrayList<>();
        for (Input in : inputs)
            out.add(score(in));
        return new Results(List.copyOf(out));
    }

    private Query query(String name, String doc) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(queries.get(name));
        pss.setIri("doc", doc);
        return pss.asQuery();
    }

    /** An extracted node of one class, with its labels (text and language tag). */
    private record Extracted(String iri, List<String[]> labels) {
        String label() {
            return labels.isEmpty() ? "" : labels.get(0)[0];
        }
    }

    DocumentScore score(Input in) {
        GoldFile gold = in.gold();
        String doc = in.documentIri();
        if (!source.ask(query("document", doc)))
            throw UserError.input(gold.file() + ": the document <" + doc
                    + "> is not in the data (load or convert " + in.text().path().getFileName() + " first)");

        // what was extracted, per class; labels sorted so the one shown is the same every run
        Map<ItemClass, Map<String, Extracted>> extracted = new EnumMap<>(ItemClass.class);
        for (ItemClass c : ItemClass.values())
            extracted.put(c, new TreeMap<>());
        for (QuerySolution row : source.select(query("extracted", doc))) {
            ItemClass c = ItemClass.of(row.getLiteral("class").getString());
            RDFNode node = row.get("node");
            if (c == null || !node.isURIResource())
                continue;
            Extracted e = extracted.get(c).computeIfAbsent(node.asResource().getURI(), k -> new Extracted(k, new ArrayList<>()));
            if (row.contains("label") && row.get("label").isLiteral()) {
                Literal l = row.getLiteral("label");
                boolean preferred = row.contains("preferred") && row.getLiteral("preferred").getBoolean();
                e.labels().add(new String[] {l.getLexicalForm(), l.getLanguage(), preferred ? "0" : "1"});
            }
        }
        for (Map<String, Extracted> m : extracted.values())
            for (Extracted e : m.values())
                e.labels().sort(Comparator.comparing((String[] l) -> l[1].equals(gold.language()) ? 0 : 1)
                        .thenComparing(l -> l[2]).thenComparing(l -> l[1]).thenComparing(l -> l[0]));

        Map<String, List<int[]>> phrases = new HashMap<>();
        for (QuerySolution row : source.select(query("phrases", doc)))
            phrases.computeIfAbsent(row.getResource("node").getURI(), k -> new ArrayList<>())
                    .add(new int[] {row.getLiteral("begin").getInt(), row.getLiteral("end").getInt()});

        Map<String, Counts> counts = new LinkedHashMap<>();
        List<Match> matches = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        List<Extra> extras = new ArrayList<>();

        // items, class by class; matched.get(class): item -> node
        Map<ItemClass, Map<Item, String>> matched = new EnumMap<>(ItemClass.class);
        Counts items = Counts.ZERO;
        for (ItemClass c : ItemClass.values()) {
            List<Item> goldItems = gold.items().stream().filter(i -> i.itemClass() == c).toList();
            Map<Item, Match> m = match(goldItems, new ArrayList<>(extracted.get(c).values()), phrases, gold.language(), c);
            Map<Item, String> nodes = new LinkedHashMap<>();
            int tp = 0, fn = 0;
            for (Item i : goldItems) {
                Match hit = m.get(i);
                if (hit != null) {
                    nodes.put(i, hit.node());
                    matches.add(hit);
                    if (!i.optional()) tp++;
                } else if (!i.optional()) {
                    fn++;
                    misses.add(new Miss(c.key(), i.quote()));
                }
            }
            int fp = 0;
            for (Extracted e : extracted.get(c).values())
                if (!nodes.containsValue(e.iri())) {
                    fp++;
                    extras.add(new Extra(c.key(), e.iri(), e.label()));
                }
            matched.put(c, nodes);
            Counts cc = new Counts(tp, fp, fn);
            counts.put(c.key(), cc);
            items = items.plus(cc);
        }
        counts.put("items", items);

        counts.put("modality", modality(doc, gold, matched, misses));
        counts.put("responsibility", responsibilities(doc, gold, matched, extracted, misses, extras));
        counts.put("reportedWork", reportedWork(doc, gold, misses, extras));

        List<OffsetError> offsetErrors = new ArrayList<>();
        int sentences = offsets(doc, in.text().text(), offsetErrors);

        Map<String, Counts> ordered = new LinkedHashMap<>();
        for (String measure : Results.MEASURES)
            ordered.put(measure, counts.getOrDefault(measure, Counts.ZERO));
        return new DocumentScore(gold.name(), in.text().path().toString(), doc, gold.language(), gold.style() == null ? "" : gold.style(),
                ordered, sentences, offsetErrors, matches, misses, extras);
    }

    // ------------------------------------------------------------------------------------------ matching

    /**
     * The one-to-one matching of gold items and extracted nodes of one class with the most items matched
     * (augmenting paths, Kuhn's algorithm), required items first so that an optional item never takes the
     * node a required one needs. Within that, stronger evidence (concept, label, phrase) is tried first.
     */
    private Map<Item, Match> match(List<Item> items, List<Extracted> nodes, Map<String, List<int[]>> phrases, String language, ItemClass c) {
        Map<Item, List<Integer>> edges = new HashMap<>();
        Map<Item, Map<Integer, String>> how = new HashMap<>();
        for (Item item : items) {
            List<Integer> byStrength = new ArrayList<>();
            Map<Integer, String> rule = new HashMap<>();
            for (String strength : List.of("concept", "label", "phrase"))
                for (int n = 0; n < nodes.size(); n++)
                    if (!rule.containsKey(n) && meets(item, nodes.get(n), phrases, language, strength)) {
                        rule.put(n, strength);
                        byStrength.add(n);
                    }
            edges.put(item, byStrength);
            how.put(item, rule);
        }
        Item[] owner = new Item[nodes.size()];
        List<Item> order = new ArrayList<>(items.stream().filter(i -> !i.optional()).toList());
        order.addAll(items.stream().filter(Item::optional).toList());
        for (Item item : order)
            augment(item, edges, owner, new boolean[nodes.size()]);
        Map<Item, Match> out = new HashMap<>();
        for (int n = 0; n < nodes.size(); n++)
            if (owner[n] != null) {
                Item i = owner[n];
                out.put(i, new Match(c.key(), i.quote(), i.optional(), nodes.get(n).iri(), nodes.get(n).label(), how.get(i).get(n)));
            }
        return out;
    }

    private static boolean augment(Item item, Map<Item, List<Integer>> edges, Item[] owner, boolean[] seen) {
        for (int n : edges.get(item)) {
            if (seen[n])
                continue;
            seen[n] = true;
            if (owner[n] == null || augment(owner[n], edges, owner, seen)) {
                owner[n] = item;
                return true;
            }
        }
        return false;
    }

    private boolean meets(Item item, Extracted node, Map<String, List<int[]>> phrases, String language, String rule) {
        switch (rule) {
            case "concept":
                return item.concept() != null && item.concept().equals(node.iri());
            case "label":
                if (item.concept() != null)
                    return false;
                for (String[] label : node.labels())
                    for (String q : item.quotes())
                        if (sameWords(label[0], label[1], q, language) || sameName.test(label[0], label[1], q, language))
                            return true;
                return false;
            default:
                if (item.concept() != null)
                    return false;
                for (int[] p : phrases.getOrDefault(node.iri(), List.of()))
                    for (Occurrence o : item.occurrences())
                        if (o.overlapsHalf(p[0], p[1]))
                            return true;
                return false;
        }
    }

    /** Equal after the linker's label normalisation (case, punctuation, inflection, stop words; NFKC for Chinese). */
    static boolean sameWords(String a, String langA, String b, String langB) {
        return LabelNormalizer.key(a, langA).similarity(LabelNormalizer.key(b, langB)) == 1.0;
    }

    // ------------------------------------------------------------------------------------------ other scores

    /**
     * For each matched item with a gold modality: right when a statement of the document that gives the node
     * the item's role carries that modality. A wrong modality given is a false positive; none given, a miss only.
     */
    private Counts modality(String doc, GoldFile gold, Map<ItemClass, Map<Item, String>> matched, List<Miss> misses) {
        Map<String, Set<String>> given = new HashMap<>();
        for (QuerySolution row : source.select(query("modalities", doc)))
            given.computeIfAbsent(row.getLiteral("class").getString() + " " + row.getResource("node").getURI(), k -> new TreeSet<>())
                    .add(row.getResource("modality").getURI());
        int tp = 0, fp = 0, fn = 0;
        for (Map.Entry<ItemClass, Map<Item, String>> e : matched.entrySet())
            for (Map.Entry<Item, String> m : e.getValue().entrySet()) {
                Item item = m.getKey();
                if (item.modality() == null)
                    continue;
                Set<String> mods = given.getOrDefault(e.getKey().key() + " " + m.getValue(), Set.of());
                if (mods.contains(modalityIri(item.modality()))) {
                    tp++;
                } else {
                    fn++;
                    if (!mods.isEmpty())
                        fp++;
                    misses.add(new Miss("modality", item.quote() + ": " + item.modality()
                            + (mods.isEmpty() ? " (none given)" : " (given: " + String.join(", ", mods.stream().map(Scorer::localName).toList()) + ")")));
                }
            }
        return new Counts(tp, fp, fn);
    }

    static String modalityIri(String modality) {
        return Vocab.SSPO + Character.toUpperCase(modality.charAt(0)) + modality.substring(1);
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    /**
     * Gold actor→target pairs against the extracted ones, through the item matching: an extracted pair
     * hits when its actor matched the gold actor and its target the gold target. Pairs touching an optional
     * item or answering an optional responsibility count neither way.
     */
    private Counts responsibilities(String doc, GoldFile gold, Map<ItemClass, Map<Item, String>> matched,
                                    Map<ItemClass, Map<String, Extracted>> extracted, List<Miss> misses, List<Extra> extras) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (QuerySolution row : source.select(query("responsibilities", doc)))
            if (row.get("actor").isURIResource() && row.get("target").isURIResource())
                pairs.add(List.of(row.getResource("actor").getURI(), row.getResource("target").getURI()));
        Set<List<String>> used = new HashSet<>();
        int tp = 0, fn = 0, fp = 0;
        for (Responsibility r : gold.responsibilities()) {
            String a = matched.get(ItemClass.ACTOR).get(r.actor());
            String t = matched.get(r.target().itemClass()).get(r.target());
            List<String> pair = a == null || t == null ? null : List.of(a, t);
            if (pair != null && pairs.contains(pair)) {
                used.add(pair);
                if (!r.optional()) tp++;
            } else if (!r.optional()) {
                fn++;
                misses.add(new Miss("responsibility", r.actor().quote() + " -> " + r.target().quote()));
            }
        }
        Set<String> optionalNodes = new HashSet<>();
        for (Map<Item, String> m : matched.values())
            m.forEach((item, node) -> { if (item.optional()) optionalNodes.add(node); });
        for (List<String> pair : pairs) {
            if (used.contains(pair) || optionalNodes.contains(pair.get(0)) || optionalNodes.contains(pair.get(1)))
                continue;
            fp++;
            extras.add(new Extra("responsibility", pair.get(0) + " -> " + pair.get(1),
                    labelOf(pair.get(0), extracted) + " -> " + labelOf(pair.get(1), extracted)));
        }
        return new Counts(tp, fp, fn);
    }

    private static String labelOf(String iri, Map<ItemClass, Map<String, Extracted>> extracted) {
        for (Map<String, Extracted> m : extracted.values())
            if (m.containsKey(iri) && !m.get(iri).label().isEmpty())
                return m.get(iri).label();
        return localName(iri);
    }

    /**
     * The reported work's author, venue, issue and title against the gold's: per field, a hit when one
     * extracted value equals the gold one after normalisation (issues: the same numbers); every other value
     * extracted for the field is a false positive, so a field the gold leaves out must not be extracted.
     */
    private Counts reportedWork(String doc, GoldFile gold, List<Miss> misses, List<Extra> extras) {
        // field -> value key (a node or a literal) -> its alternative strings
        Map<String, Map<String, List<String[]>>> values = new LinkedHashMap<>();
        for (QuerySolution row : source.select(query("reported-work", doc))) {
            RDFNode v = row.get("value");
            String text = v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString();
            String lang = v.isLiteral() ? v.asLiteral().getLanguage() : "";
            values.computeIfAbsent(row.getLiteral("field").getString(), k -> new TreeMap<>())
                    .computeIfAbsent(row.getLiteral("key").getString(), k -> new ArrayList<>()).add(new String[] {text, lang});
        }
        int tp = 0, fp = 0, fn = 0;
        for (String field : GoldFile.WORK_FIELDS) {
            String want = gold.reportedWork().get(field);
            boolean hit = false;
            for (Map.Entry<String, List<String[]>> e : values.getOrDefault(field, Map.of()).entrySet()) {
                boolean same = want != null && e.getValue().stream().anyMatch(alt -> sameValue(field, want, gold.language(), alt[0], alt[1]));
                if (same && !hit) {
                    hit = true;
                } else {
                    fp++;
                    extras.add(new Extra("reportedWork", e.getKey(), field + ": " + e.getValue().get(0)[0]));
                }
            }
            if (hit) tp++;
            else if (want != null) {
                fn++;
                misses.add(new Miss("reportedWork", field + ": " + want));
            }
        }
        return new Counts(tp, fp, fn);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    static boolean sameValue(String field, String want, String wantLang, String value, String valueLang) {
        if (sameWords(want, wantLang, value, valueLang))
            return true;
        if (!field.equals("issue"))
            return false;
        // "No. 8, 2022", "2022 No. 8", "the 8th issue", "第8期" and "8" name the same issue: compare the numbers
        Set<Long> a = numbers(want), b = numbers(value);
        return !a.isEmpty() && a.equals(b);
    }

    private static Set<Long> numbers(String s) {
        Set<Long> out = new TreeSet<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find())
            if (m.group().length() < 18)
                out.add(Long.parseLong(m.group()));
        return out;
    }

    /**
     * Every statement's sentence must cut exactly its nif:anchorOf out of the document's text (code-point
     * offsets). Returns the number of sentences checked; the wrong ones go to {@code errors}.
     */
    private int offsets(String doc, String text, List<OffsetError> errors) {
        int[] cps = text.codePoints().toArray();
        int n = 0;
        for (QuerySolution row : source.select(query("sentences", doc))) {
            n++;
            String s = row.get("sentence").toString();
            if (!row.contains("begin") || !row.contains("end") || !row.contains("anchor")) {
                errors.add(new OffsetError(s, "no nif:beginIndex, nif:endIndex or nif:anchorOf"));
                continue;
            }
            int b, e;
            try {
                b = row.getLiteral("begin").getInt();
                e = row.getLiteral("end").getInt();
            } catch (RuntimeException ex) {
                errors.add(new OffsetError(s, "offsets that are not whole numbers"));
                continue;
            }
            String anchor = row.getLiteral("anchor").getLexicalForm();
            if (b < 0 || e < b || e > cps.length) {
                errors.add(new OffsetError(s, "offsets " + b + "," + e + " outside the text (" + cps.length + " characters)"));
                continue;
            }
            String cut = new String(cps, b, e - b);
            if (!cut.equals(anchor))
                errors.add(new OffsetError(s, "offsets " + b + "," + e + " cut \"" + abbreviate(cut) + "\", not \"" + abbreviate(anchor) + "\""));
        }
        return n;
    }

    private static String abbreviate(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
