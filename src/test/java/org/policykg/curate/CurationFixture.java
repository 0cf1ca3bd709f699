package org.policykg.curate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.policykg.extract.BatchRunner;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.store.GraphSource;
import org.policykg.store.LoadedFiles;
import org.policykg.store.PolicyStore;
import org.policykg.store.RdfFileSource;
import org.policykg.testing.Project;

/**
 * The small corpus curation is tested on: the seed and two dev texts (an English and a Chinese one on long-term care),
 * with a copy of the project's ontology folder (decisions are written there, never into the project), loaded as
 * {@code up} loads them: ontology files and converted texts, each graph recorded with its file.
 */
final class CurationFixture {
    static final List<String> TEXTS = List.of("seeds/xinhua-qiushi-social-security",
            "corpus/dev/official-translation-long-term-care-insurance-2024", "corpus/dev/simplified-chinese-guowuyuan-changhu-xian-yijian");

    private CurationFixture() {}

    /** Copies the ontology folder and the texts (with their sidecars) under {@code dir}; returns the copied ontology folder. */
    static Path copy(Path dir) throws IOException {
        Path onto = Files.createDirectories(dir.resolve("ontology"));
        try (Stream<Path> s = Files.list(Project.file("ontology"))) {
            for (Path f : s.toList())
                if (!f.getFileName().toString().equals("curated.ttl"))
                    Files.copy(f, onto.resolve(f.getFileName()));
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String t : TEXTS)
            for (String ext : List.of(".txt", ".meta.json")) {
                Path f = Project.file(t + ext);
                if (Files.exists(f))
                    Files.copy(f, in.resolve(f.getFileName()));
            }
        return onto;
    }

    /** Loads the copied ontology and texts into the store, recording each graph's file. */
    static void load(PolicyStore store, Path dir) throws IOException {
        Path onto = dir.resolve("ontology");
        List<GraphSource> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(onto)) {
            s.filter(f -> f.toString().endsWith(".ttl")).sorted().forEach(f -> sources.add(RdfFileSource.of(f)));
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir.resolve("in"))) {
            texts = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        BatchRunner runner = BatchRunner.forOntology(onto, new DocumentGraphWriter.Run("test", null), 2, Duration.ofMinutes(5));
        sources.add(Curator.texts(texts, runner));
        store.replace(LoadedFiles.plan(store, sources).sources());
    }
}
