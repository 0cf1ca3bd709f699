package org.policykg.map;

import static org.junit.jupiter.api.Assertions.*;
import static org.policykg.map.MapFixture.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Http;
import org.policykg.testing.PolicykgProcess;

/** {@code up} as the user runs it (a JVM of its own, a real port) serves the concept-map page over what it loaded. */
class UpServesTheMapPageTest {
    @TempDir Path tmp;

    @Test
    void upServesTheMapPageAndItsMaps() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(MapFixture.file(), inputs.resolve("fixture.trig"));
        int port = Http.freePort();
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--data", tmp.resolve("data").toString(),
                "--port", String.valueOf(port), inputs.toString())) {
            up.awaitLine("Ready.", 120);
            String base = "http://localhost:" + port;
            assertTrue(up.output().contains("Concept maps:    " + base + "/map"), up.output());
            HttpResponse<String> page = Http.get(base + "/map", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Concept maps"), page.body());
            HttpResponse<String> svg = Http.get(base + "/map/render?format=svg&document=" + Http.enc(REPORT), "image/svg+xml");
            assertEquals(200, svg.statusCode(), svg.body());
            SvgGeometry.assertReadable(xml(svg.body()));
            assertEquals(16, SvgGeometry.nodeBoxes(xml(svg.body())).size());
        }
    }
}
