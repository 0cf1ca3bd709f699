package org.policykg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.apache.jena.atlas.json.*;
import org.policykg.eval.Results.Summary;
import org.policykg.error.UserError;

/**
 * Minimum figures the results must reach, so that CI fails when an extraction change loses ground:
 * {@code {"overall": {"goal": {"precision": 0.6, "recall": 0.4}, "maxOffsetErrors": 0}, "zh": {...}}}.
 * The scopes are {@code overall} and language tags; the measures those of {@link Results#MEASURES};
 * the figures {@code precision}, {@code recall} and {@code f1}. The format is in docs/evaluation.md.
 */
public final class Floors {
    private static final List<String> FIGURES = List.of("precision", "recall", "f1");

    /** One floor: scope (overall or a language), measure, figure, minimum. */
    record Floor(String scope, String measure, String figure, double minimum) {}

    private final List<Floor> floors;
    /** scope -> the most offset errors allowed */
    private final Map<String, Integer> maxOffsetErrors;

    private Floors(List<Floor> floors, Map<String, Integer> maxOffsetErrors) {
        this.floors = floors;
        this.maxOffsetErrors = maxOffsetErrors;
    }

    public static Floors read(Path file) {
        JsonObject root;
        try {
            JsonValue v = JSON.parseAny(Files.readString(file));
            if (!v.isObject())
                throw UserError.input(file + ": a floors file is one JSON object ({\"overall\": {\"goal\": {\"recall\": 0.4}}})");
            root = v.getAsObject();
        } catch (IOException ex) {
            throw UserError.input(file + ": cannot read: " + ex.getMessage(), ex);
        } catch (JsonParseException ex) {
            throw UserError.input(file + ":" + ex.getLine() + ":" + ex.getColumn() + ": not valid JSON: "
                    + String.valueOf(ex.getMessage()).lines().findFirst().orElse("").strip(), ex);
        } catch (JsonException ex) {
            throw UserError.input(file + ": not valid JSON: " + ex.getMessage(), ex);
        }
        List<Floor> floors = new ArrayList<>();
        Map<String, Integer> maxErrors = new LinkedHashMap<>();
        for (String scope : new TreeSet<>(root.keys())) {
            if (!scope.equals("overall") && !scope.matches("[a-z]{2,3}"))
                throw UserError.input(file + ": unknown scope '" + scope + "' (overall, or a language such as en or zh)");
            JsonValue sv = root.get(scope);
            if (!sv.isObject())
                throw UserError.input(file + ": " + scope + ": is an object of measures");
            for (String measure : new TreeSet<>(sv.getAsObject().keys())) {
                JsonValue mv = sv.getAsObject().get(measure);
                if (measure.equals("maxOffsetErrors")) {
                    if (!mv.isNumber() || mv.getAsNumber().value().doubleValue() < 0)
                        throw UserError.input(file + ": " + scope + ": maxOffsetErrors is a whole number, 0 or more");
                    maxErrors.put(scope, mv.getAsNumber().value().intValue());
                    continue;
                }
                if (!Results.MEASURES.contains(measure))
                    throw UserError.input(file + ": " + scope + ": unknown measure '" + measure + "' ("
                            + String.join(", ", Results.MEASURES) + ", maxOffsetErrors)");
                if (!mv.isObject())
                    throw UserError.input(file + ": " + scope + "." + measure + ": is an object such as {\"precision\": 0.6, \"recall\": 0.4}");
                for (String figure : new TreeSet<>(mv.getAsObject().keys())) {
                    JsonValue fv = mv.getAsObject().get(figure);
                    if (!FIGURES.contains(figure))
                        throw UserError.input(file + ": " + scope + "." + measure + ": unknown figure '" + figure + "' (precision, recall, f1)");
                    double min = fv.isNumber() ? fv.getAsNumber().value().doubleValue() : Double.NaN;
                    if (!(min >= 0 && min <= 1))
                        throw UserError.input(file + ": " + scope + "." + measure + "." + figure + ": a number from 0 to 1");
                    floors.add(new Floor(scope, measure, figure, min));
                }
            }
        }
        return new Floors(List.copyOf(floors), Collections.unmodifiableMap(maxErrors));
    }

    /** One line per figure under its floor; empty when all are met. */
    public List<String> check(Results results) {
        List<String> out = new ArrayList<>();
        Map<String, Summary> langs = results.byLanguage();
        for (Floor f : floors) {
            Summary s = f.scope().equals("overall") ? results.overall() : langs.get(f.scope());
            String name = f.scope() + " " + f.measure() + " " + f.figure();
            if (s == null) {
                out.add(name + ": no document in language " + f.scope() + " (floor " + fmt(f.minimum()) + ")");
                continue;
            }
            Counts c = s.counts(f.measure());
            Double value = switch (f.figure()) {
                case "precision" -> c.precision();
                case "recall" -> c.recall();
                default -> c.f1();
            };
            if (value == null)
                out.add(name + " has no value (nothing " + (f.figure().equals("recall") ? "in the gold" : "extracted") + "), under its floor " + fmt(f.minimum()));
            else if (value < f.minimum())
                out.add(name + " " + fmt(value) + " is under its floor " + fmt(f.minimum()));
        }
        maxOffsetErrors.forEach((scope, max) -> {
            Summary s = scope.equals("overall") ? results.overall() : langs.get(scope);
            int errors = s == null ? 0 : s.offsetErrors();
            if (errors > max)
                out.add(scope + " offset errors " + errors + " are over the most allowed, " + max);
        });
        return out;
    }

    private static String fmt(double d) { return String.format(Locale.ROOT, "%.3f", d); }
}
