package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.*;

/**
 * The README shows queries on the seed with their real output: each `curl` block against the local endpoint,
 * followed by a block of what it prints. Here `up` serves the seeds as the README's first command does (its own data
 * folder and a free port) and every such query is sent and its answer compared with the README's, so the README cannot
 * fall behind what the converter writes.
 */
class ReadmeOutputsTest {
    @TempDir Path tmp;

    /** A curl block's query and Accept header, then the output block right after it. */
    private static final Pattern SHOWN = Pattern.compile(
            "```bash\\ncurl -s http://localhost:3030/policy/sparql -H 'Accept: ([^']+)'[^`]*?--data-urlencode 'query=([^']*)'\\s*```\\n\\n```\\n([^`]*)```");

    record Shown(String accept, String query, String output) {}

    static List<Shown> shownQueries(String readme) {
        List<Shown> out = new ArrayList<>();
        Matcher m = SHOWN.matcher(readme);
        while (m.find())
            out.add(new Shown(m.group(1), m.group(2), m.group(3)));
        return out;
    }

    @Test
    void everyQueryTheReadmeShowsGivesTheOutputItShows() throws Exception {
        List<Shown> shown = shownQueries(Files.readString(Project.file("README.md")));
        assertTrue(shown.size() >= 4, "the README's curl blocks with their outputs: " + shown.size());
        int port = Http.freePort();
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--data", tmp.resolve("data").toString(),
                "--port", String.valueOf(port), "--start-cache", "off")) {
            up.awaitLine("Ready.", 180);
            for (Shown s : shown) {
                HttpResponse<String> r = Http.query("http://localhost:" + port + "/policy/sparql", s.query(), s.accept());
                assertEquals(200, r.statusCode(), s.query());
                assertEquals(s.output().strip(), r.body().replace("\r\n", "\n").strip(), "README's output of:\n" + s.query());
            }
        }
    }

    @Test
    void theShownQueriesAreReadWithTheirOutputs() {
        List<Shown> shown = shownQueries("```bash\ncurl -s http://localhost:3030/policy/sparql -H 'Accept: text/csv' --data-urlencode 'query=\n"
                + "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1'\n```\n\n```\ns\nhttp://example.org/a\n```\n");
        assertEquals(List.of(new Shown("text/csv", "\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "s\nhttp://example.org/a\n")), shown);
    }
}
