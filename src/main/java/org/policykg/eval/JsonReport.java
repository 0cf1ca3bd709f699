package org.policykg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.apache.jena.atlas.json.*;
import org.policykg.eval.Results.DocumentScore;
import org.policykg.eval.Results.Summary;

/** The results as JSON (Jena's JSON model and writer): the same figures as the table, for scripts and CI. */
public final class JsonReport {
    private JsonReport() {}

    public static JsonObject of(Results results) {
        JsonObject root = new JsonObject();
        root.put("overall", summary(results.overall()));
        JsonObject langs = new JsonObject();
        results.byLanguage().forEach((k, s) -> langs.put(k, summary(s)));
        root.put("languages", langs);
        JsonObject styles = new JsonObject();
        results.byStyle().forEach((k, s) -> styles.put(k, summary(s)));
        root.put("styles", styles);
        JsonArray docs = new JsonArray();
        for (DocumentScore d : results.documents())
            docs.add(document(d));
        root.put("documents", docs);
        return root;
    }

    public static String write(Results results) {
        return JSON.toString(of(results)) + "\n";
    }

    private static JsonObject summary(Summary s) {
        JsonObject o = new JsonObject();
        o.put("documents", s.documents());
        o.put("scores", scores(s.counts()));
        JsonObject off = new JsonObject();
        off.put("sentences", s.sentences());
        off.put("errors", s.offsetErrors());
        o.put("offsets", off);
        return o;
    }

    private static JsonObject scores(Map<String, Counts> counts) {
        JsonObject o = new JsonObject();
        for (String m : Results.MEASURES) {
            Counts c = counts.getOrDefault(m, Counts.ZERO);
            JsonObject f = new JsonObject();
            f.put("tp", c.tp());
            f.put("fp", c.fp());
            f.put("fn", c.fn());
            f.put("precision", figure(c.precision()));
            f.put("recall", figure(c.recall()));
            f.put("f1", figure(c.f1()));
            o.put(m, f);
        }
        return o;
    }

    /** Four decimals; null where the figure is undefined (nothing extracted, nothing in the gold). */
    private static JsonValue figure(Double d) {
        return d == null ? JsonNull.instance : JsonNumber.value(BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP));
    }

    private static JsonObject document(DocumentScore d) {
        JsonObject o = new JsonObject();
        o.put("name", d.name());
        o.put("text", d.text());
        o.put("document", d.document());
        o.put("language", d.language());
        o.put("style", d.style());
        o.put("scores", scores(d.counts()));
        JsonObject off = new JsonObject();
        off.put("sentences", d.sentences());
        off.put("errors", d.offsetErrors().size());
        JsonArray errs = new JsonArray();
        d.offsetErrors().forEach(e -> errs.add(obj("sentence", e.sentence(), "problem", e.problem())));
        off.put("wrong", errs);
        o.put("offsets", off);
        JsonArray matches = new JsonArray();
        d.matches().forEach(m -> {
            JsonObject j = obj("measure", m.measure(), "quote", m.quote(), "node", m.node(), "label", m.label(), "by", m.by());
            j.put("optional", m.optional());
            matches.add(j);
        });
        o.put("matches", matches);
        JsonArray misses = new JsonArray();
        d.misses().forEach(m -> misses.add(obj("measure", m.measure(), "gold", m.what())));
        o.put("misses", misses);
        JsonArray extras = new JsonArray();
        d.extras().forEach(e -> extras.add(obj("measure", e.measure(), "node", e.node(), "label", e.label())));
        o.put("extras", extras);
        return o;
    }

    private static JsonObject obj(String... kv) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < kv.length; i += 2)
            o.put(kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        return o;
    }
}
