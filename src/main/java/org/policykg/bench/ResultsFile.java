package org.policykg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** A benchmark's figures by name as one JSON object in a file, replaced whole (a reader never sees half a file). */
public final class ResultsFile {
    private ResultsFile() {}

    /** Doubles to four significant digits (JSON null for a figure not measured: JSON has no NaN or Infinity), other numbers as integers, the rest as strings. */
    public static void write(Map<String, Object> results, Path file) throws IOException {
        JsonObject o = new JsonObject();
        results.forEach((k, v) -> {
            if (v instanceof Double d && !Double.isFinite(d))
                o.put(k, JsonNull.instance);
            else if (v instanceof Double d)
                o.put(k, JsonNumber.value(round(d)));
            else if (v instanceof Number n)
                o.put(k, n.longValue());
            else
                o.put(k, String.valueOf(v));
        });
        if (file.getParent() != null)
            Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            JSON.write(out, o);
            out.write('\n');
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static double round(double d) {
        return d == 0 ? d : new BigDecimal(d).round(new MathContext(4)).doubleValue();
    }
}
