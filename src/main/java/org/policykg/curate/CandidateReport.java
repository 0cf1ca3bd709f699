package org.policykg.curate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The candidates as a table for the terminal, CSV for a spreadsheet, or JSON for scripts. */
public final class CandidateReport {
    private CandidateReport() {}

    public static void table(List<Candidate> candidates, PrintStream out) {
        if (candidates.isEmpty()) {
            out.println("No candidates.");
            return;
        }
        int lastGroup = -1;
        for (Candidate c : candidates) {
            boolean again = c.group() == lastGroup;
            lastGroup = c.group();
            out.printf(Locale.ROOT, "%s#%d %s \"%s\"%s  <%s>%n", again ? "  " : "", c.group(), c.kind(), c.label(), others(c), c.iri());
            out.printf(Locale.ROOT, "%s    %d document(s), %d statement(s)%n", again ? "  " : "", c.documents().size(), c.statements());
            for (Candidate.Sentence s : c.sentences())
                out.printf("%s    > %s%n", again ? "  " : "", s.text());
            if (!c.closest().isEmpty())
                out.printf("%s    closest: %s%n", again ? "  " : "", c.closest().stream()
                        .map(k -> String.format(Locale.ROOT, "%s \"%s\" <%s> %.2f", k.kind(), k.label(), k.iri(), k.match().score()))
                        .collect(Collectors.joining("; ")));
        }
        long groups = candidates.stream().map(Candidate::group).distinct().count();
        out.printf("%d candidate(s) in %d group(s). Decide with: policykg curate accept|merge|reject CANDIDATE ...%n", candidates.size(), groups);
    }

    public static void csv(List<Candidate> candidates, PrintStream out) {
        out.println("group,candidate,class,label,language,documents,statements,sentence,closest,closest_label,closest_score");
        for (Candidate c : candidates) {
            Candidate.Closest k = c.closest().isEmpty() ? null : c.closest().get(0);
            out.println(String.join(",", String.valueOf(c.group()), c.iri(), c.kind(), quote(c.label()), c.language(),
                    String.valueOf(c.documents().size()), String.valueOf(c.statements()),
                    quote(c.sentences().isEmpty() ? "" : c.sentences().get(0).text()),
                    k == null ? "" : k.iri(), k == null ? "" : quote(k.label()),
                    k == null ? "" : String.format(Locale.ROOT, "%.3f", k.match().score())));
        }
    }

    public static JsonArray json(List<Candidate> candidates) {
        JsonArray arr = new JsonArray();
        for (Candidate c : candidates) {
            JsonObject o = new JsonObject();
            o.put("candidate", c.iri());
            o.put("group", c.group());
            o.put("class", c.kind());
            JsonArray labels = new JsonArray();
            for (Candidate.Label l : c.labels()) {
                JsonObject lo = new JsonObject();
                lo.put("text", l.text());
                lo.put("lang", l.lang());
                labels.add(lo);
            }
            o.put("labels", labels);
            JsonArray docs = new JsonArray();
            c.documents().forEach(docs::add);
            o.put("documents", docs);
            o.put("statements", c.statements());
            JsonArray sentences = new JsonArray();
            for (Candidate.Sentence s : c.sentences()) {
                JsonObject so = new JsonObject();
                so.put("text", s.text());
                so.put("document", s.document());
                so.put("sentence", s.sentence());
                sentences.add(so);
            }
            o.put("sentences", sentences);
            JsonArray closest = new JsonArray();
            for (Candidate.Closest k : c.closest()) {
                JsonObject ko = new JsonObject();
                ko.put("concept", k.iri());
                ko.put("label", k.label());
                ko.put("class", k.kind());
                ko.put("score", num(k.match().score()));
                ko.put("labelScore", num(k.match().label()));
                if (k.match().neighbour() != null)
                    ko.put("neighbourScore", num(k.match().neighbour()));
                closest.add(ko);
            }
            o.put("closest", closest);
            JsonArray around = new JsonArray();
            c.neighbours().stream().sorted().forEach(around::add);
            o.put("neighbours", around);
            arr.add(o);
        }
        return arr;
    }

    private static org.apache.jena.atlas.json.JsonValue num(double d) {
        return org.apache.jena.atlas.json.JsonNumber.value(java.math.BigDecimal.valueOf(d).setScale(3, java.math.RoundingMode.HALF_UP));
    }

    private static String others(Candidate c) {
        if (c.labels().size() < 2) return "";
        return " (also " + c.labels().stream().skip(1).map(l -> "\"" + l.text() + "\"@" + l.lang()).collect(Collectors.joining(", ")) + ")";
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
