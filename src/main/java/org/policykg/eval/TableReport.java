package org.policykg.eval;

import java.util.Locale;
import java.util.Map;

import org.policykg.eval.Results.DocumentScore;
import org.policykg.eval.Results.Summary;

/**
 * The results as plain-text tables a reader can scan: overall, per language, per style, then every
 * document with what it missed and what it found beyond the gold (so precision can be read, not only computed).
 */
public final class TableReport {
    private TableReport() {}

    public static String write(Results results) {
        StringBuilder sb = new StringBuilder();
        Summary all = results.overall();
        section(sb, "overall: " + all.documents() + " document(s)", all.counts(), all.sentences(), all.offsetErrors());
        for (Map.Entry<String, Summary> e : results.byLanguage().entrySet())
            section(sb, "language " + e.getKey() + ": " + e.getValue().documents() + " document(s)", e.getValue().counts(),
                    e.getValue().sentences(), e.getValue().offsetErrors());
        if (results.byStyle().size() > 1)
            for (Map.Entry<String, Summary> e : results.byStyle().entrySet())
                section(sb, "style " + (e.getKey().isEmpty() ? "(none)" : e.getKey()) + ": " + e.getValue().documents() + " document(s)",
                        e.getValue().counts(), e.getValue().sentences(), e.getValue().offsetErrors());
        for (DocumentScore d : results.documents()) {
            section(sb, "document " + d.name() + " (" + d.language() + (d.style().isEmpty() ? "" : ", " + d.style()) + ")",
                    d.counts(), d.sentences(), d.offsetErrors().size());
            for (Results.Match m : d.matches())
                sb.append(String.format("  found   %-14s %s%s = %s (by %s)%n", m.measure(), m.quote(), m.optional() ? " [optional]" : "",
                        m.label().isEmpty() ? "<" + m.node() + ">" : m.label(), m.by()));
            for (Results.Miss m : d.misses())
                sb.append(String.format("  missed  %-14s %s%n", m.measure(), m.what()));
            for (Results.Extra e : d.extras())
                sb.append(String.format("  extra   %-14s %s  <%s>%n", e.measure(), e.label().isEmpty() ? "(no label)" : e.label(), e.node()));
            for (Results.OffsetError e : d.offsetErrors())
                sb.append(String.format("  offset  %s: %s%n", e.sentence(), e.problem()));
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Map<String, Counts> counts, int sentences, int offsetErrors) {
        sb.append("== ").append(title).append('\n');
        sb.append(String.format("%-16s %5s %5s %5s %10s %8s %7s%n", "measure", "tp", "fp", "fn", "precision", "recall", "F1"));
        for (String m : Results.MEASURES) {
            Counts c = counts.getOrDefault(m, Counts.ZERO);
            sb.append(String.format("%-16s %5d %5d %5d %10s %8s %7s%n", m, c.tp(), c.fp(), c.fn(),
                    figure(c.precision()), figure(c.recall()), figure(c.f1())));
        }
        sb.append(String.format("offsets: %d sentence(s) checked, %d wrong%n%n", sentences, offsetErrors));
    }

    static String figure(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
