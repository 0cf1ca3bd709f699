package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.extract.Converters;
import org.policykg.extract.stages.WordSpanModel;
import org.policykg.extract.stages.PhraseRoleModel;
import org.policykg.testing.Cli;

/** {@code train}: the phrase-role and measure-span models from gold files, the same every time, and the committed ones what dev makes. */
class TrainCommandTest {
    @Test
    void trainingIsTheSameEveryTimeAndSaysWhatItReadFrom(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("gold");
        Files.createDirectories(gold);
        // five English dev texts and one Chinese, which the English model leaves out
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(Converters.home().resolve("corpus/dev"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gold.json")).sorted().forEach(names::add);
        }
        List<String> picked = new ArrayList<>(names.stream().filter(n -> n.startsWith("wire-report")).limit(5).toList());
        picked.add(names.stream().filter(n -> n.startsWith("simplified-chinese")).findFirst().orElseThrow());
        for (String n : picked) {
            String base = n.substring(0, n.length() - ".gold.json".length());
            for (String ext : List.of(".gold.json", ".txt", ".meta.json"))
                Files.copy(Converters.home().resolve("corpus/dev").resolve(base + ext), gold.resolve(base + ext));
        }
        Cli first = Cli.run("train", "--gold", gold.toString(), "-o", tmp.resolve("a.tsv").toString());
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains("of 5 English documents"), first.out());
        Cli second = Cli.run("train", "--gold", gold.toString(), "-o", tmp.resolve("b.tsv").toString());
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(Files.readString(tmp.resolve("a.tsv")), Files.readString(tmp.resolve("b.tsv")));
        // the measure-span model beside it, the same every time too: there is one file of that name per folder, so the
        // second run's is compared with a copy of the first's
        Path spans = tmp.resolve(WordSpanModel.FILE);
        String firstSpans = Files.readString(spans);
        assertTrue(second.out().contains("words of 5 English documents") && second.out().contains(spans.toString()), second.out());
        Cli third = Cli.run("train", "--gold", gold.toString(), "-o", tmp.resolve("c.tsv").toString());
        assertEquals(0, third.exitCode(), third.toString());
        assertEquals(firstSpans, Files.readString(spans));
        assertEquals(0.8, WordSpanModel.read(spans).threshold(), 1e-9);
        String model = Files.readString(tmp.resolve("a.tsv"));
        assertTrue(model.contains("`policykg train --gold " + gold + "`") && model.contains("from 5 English gold files"), model.lines().limit(5).toList().toString());
        // what it wrote reads back as a model that weighs a phrase
        PhraseRoleModel read = PhraseRoleModel.read(tmp.resolve("a.tsv"));
        double[] p = read.probabilities(List.of("h=subsidy", "v=-"));
        assertEquals(1.0, Arrays.stream(p).sum(), 1e-6);
        assertEquals(0.7, read.threshold("reform"), 1e-9);
    }

    @Test
    void aFolderWithoutGoldFilesIsRefused(@TempDir Path tmp) {
        Cli r = Cli.run("train", "--gold", tmp.toString(), "-o", tmp.resolve("m.tsv").toString());
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("no gold files"), r.toString());
        assertFalse(Files.exists(tmp.resolve("m.tsv")));
        assertFalse(Files.exists(tmp.resolve(WordSpanModel.FILE)));
        assertEquals(ExitCode.USAGE, Cli.run("train", "--gold", tmp.toString(), "--sigma", "wide").exitCode());
    }

    @Test
    void goldFilesWithoutAnEnglishTextAreRefusedWithNoModelWritten(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("gold");
        Files.createDirectories(gold);
        try (Stream<Path> s = Files.list(Converters.home().resolve("corpus/dev"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("simplified-chinese")).sorted().limit(6).toList())
                Files.copy(p, gold.resolve(p.getFileName()));
        }
        Cli r = Cli.run("train", "--gold", gold.toString(), "-o", tmp.resolve("m.tsv").toString());
        assertEquals(ExitCode.INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no English gold file") && !r.err().contains("internal error"), r.toString());
        assertFalse(Files.exists(tmp.resolve("m.tsv")));
        assertFalse(Files.exists(tmp.resolve(WordSpanModel.FILE)));
    }

    /** The committed models are what their own header's command makes of dev today: a change of features or lexicon retrains them. */
    @Test
    void theCommittedModelsAreWhatTrainMakesOfDev(@TempDir Path tmp) throws Exception {
        Path ontology = Converters.home().resolve("ontology");
        String text = Files.readString(ontology.resolve(PhraseRoleModel.FILE));
        Matcher m = Pattern.compile("`policykg train ([^`]*)`").matcher(text);
        assertTrue(m.find(), "the model's header names the command that wrote it");
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(Arrays.asList(m.group(1).split(" ")));
        for (int i = 0; i < args.size(); i++)
            if (args.get(i).equals("--gold"))
                args.set(i + 1, Converters.home().resolve(args.get(i + 1)).toString());
        args.addAll(List.of("-o", tmp.resolve(PhraseRoleModel.FILE).toString()));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        String command = "bin/policykg " + String.join(" ", args.subList(0, args.size() - 2));
        for (String file : List.of(PhraseRoleModel.FILE, WordSpanModel.FILE, WordSpanModel.fileFor("zh"), WordSpanModel.goalFileFor("zh"))) {
            String made = Files.readString(tmp.resolve(file)).replace(Converters.home().resolve("corpus/dev").toString(), "corpus/dev");
            assertEquals(Files.readString(ontology.resolve(file)), made, "ontology/" + file + " is stale: run " + command);
        }
    }
}
