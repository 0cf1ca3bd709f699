package org.policykg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policykg.testing.Project;

/**
 * Imports point one way (README, docs/pipeline.md): cli → features → foundations, and foundations refer to
 * nothing above them; inside extract, the stages do not refer back to the pipeline that runs them. Read from
 * the sources (imports and fully qualified names alike), so a new package must be given its layer here.
 */
class ArchitectureTest {
    /** The layer of each top-level package: the higher may refer to the lower, never the other way. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("cli", 2),
            Map.entry("extract", 1), Map.entry("map", 1), Map.entry("link", 1), Map.entry("serve", 1),
            Map.entry("bench", 1), Map.entry("eval", 1), Map.entry("curate", 1), Map.entry("docs", 1),
            Map.entry("document", 0), Map.entry("rdf", 0), Map.entry("store", 0), Map.entry("error", 0));

    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.policykg\\.([a-z]+)((?:\\.[a-z]+)*)\\.[A-Z*]");

    @Test
    void everyReferenceBetweenPackagesPointsDown() throws IOException {
        Path main = Project.file("src/main/java/org/policykg");
        List<String> problems = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(main)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files++;
                String pkg = main.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                problems.addAll(upward(main.relativize(f).toString(), pkg, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(files > 100, "read " + files + " source files under " + main);
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckSeesAnUpwardReference() {
        // the check itself: a store class naming the command line, a stage naming the pipeline, a package with no layer
        assertEquals(1, upward("store/X.java", "store", "import org.policykg.cli.Main;\nclass X {}").size());
        assertEquals(1, upward("store/X.java", "store", "class X { Object o = org.policykg.eval.Scorer.class; }").size());
        assertEquals(1, upward("extract/stages/X.java", "extract.stages", "import org.policykg.extract.Pipeline;").size());
        assertEquals(1, upward("newthing/X.java", "newthing", "class X {}").size());
        assertEquals(List.of(), upward("cli/X.java", "cli", "import org.policykg.map.MapBuilder;\nimport org.policykg.store.*;"));
        assertEquals(List.of(), upward("extract/X.java", "extract", "import org.policykg.extract.stages.Stages;"));
    }

    /** What in {@code source} (of package {@code pkg}, below org.policykg) refers upward, one line each. */
    private static List<String> upward(String file, String pkg, String source) {
        List<String> problems = new ArrayList<>();
        String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
        Integer own = LAYERS.get(top);
        if (own == null) {
            problems.add(file + ": the package " + pkg + " has no layer in ArchitectureTest");
            return problems;
        }
        Matcher m = REFERENCE.matcher(source);
        while (m.find()) {
            String target = m.group(1);
            String sub = m.group(2);
            Integer theirs = LAYERS.get(target);
            if (theirs == null)
                problems.add(file + " refers to org.policykg." + target + ", which has no layer");
            else if (theirs > own)
                problems.add(file + " (" + top + ") refers up to org.policykg." + target + sub);
            else if (pkg.equals("extract.stages") && target.equals("extract") && sub.isEmpty())
                problems.add(file + " (a stage) refers back to the pipeline in org.policykg.extract");
        }
        return problems;
    }
}
