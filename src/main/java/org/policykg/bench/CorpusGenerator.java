package org.policykg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.Vocab;
import org.policykg.store.Folders;

/**
 * Writes a benchmark corpus of policy articles made from real material: sentences of the texts in
 * {@code seeds/} and the English labels of the concept scheme ({@code ontology/concepts.ttl}) slotted into
 * the cue templates of {@code templates.txt}, each article with a sidecar {@code NAME.meta.json} that
 * agrees with its text (date, place, publisher, reported work).
 *
 * <p>Deterministic: article {@code i} is drawn from its own {@code java.util.Random} seeded with
 * {@code seed + i * 1_000_003}, so it is the same whatever the corpus size and however often it is made.
 * A corpus folder holds a {@code corpus.json} stamp (size, seed, digest of the inputs); a folder whose stamp
 * matches is reused as it is.
 */
public final class CorpusGenerator {
    public static final long DEFAULT_SEED = 20221415L;
    private static final String STAMP = "corpus.json";
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)\\}");

    private final Map<String, List<String>> lists;
    private final Map<String, List<String>> labels;
    private final List<String> seedSentences;
    private final String digest;
    private final long seed;

    private CorpusGenerator(Map<String, List<String>> lists, Map<String, List<String>> labels, List<String> seedSentences,
                            String digest, long seed) {
        this.lists = lists;
        this.labels = labels;
        this.seedSentences = seedSentences;
        this.digest = digest;
        this.seed = seed;
    }

    /** The generator over the project's concept scheme and seed texts. */
    public static CorpusGenerator forProject(Path home, long seed) {
        Path concepts = home.resolve("ontology").resolve("concepts.ttl");
        Path seeds = home.resolve("seeds");
        String templates = resource("templates.txt");
        MessageDigest md = sha256();
        md.update(templates.getBytes(StandardCharsets.UTF_8));
        md.update(bytes(concepts));
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                byte[] b = bytes(f);
                md.update(b);
                sentences.addAll(seedSentences(new String(b, StandardCharsets.UTF_8)));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the seed texts in " + seeds, ex);
        }
        if (sentences.isEmpty())
            throw new IllegalStateException("no seed sentences in " + seeds + "/*.txt");
        return new CorpusGenerator(sections(templates), conceptLabels(concepts), sentences, HexFormat.of().formatHex(md.digest()), seed);
    }

    /**
     * The corpus of {@code docs} articles in {@code dir}, generated unless a complete one with the same inputs is
     * there already. Returns the text files, in order.
     */
    public List<Path> ensure(Path dir, int docs) {
        if (isComplete(dir, docs))
            return textFiles(dir, docs);
        try {
            Folders.delete(dir);
            Files.createDirectories(dir);
            long bytes = 0;
            for (int i = 0; i < docs; i++) {
                Article a = article(i);
                Path text = textFile(dir, i);
                Files.createDirectories(text.getParent());
                byte[] b = a.text.getBytes(StandardCharsets.UTF_8);
                Files.write(text, b);
                bytes += b.length;
                try (OutputStream out = Files.newOutputStream(text.resolveSibling(stem(i) + ".meta.json"))) {
                    JSON.write(out, a.sidecar);
                }
            }
            JsonObject stamp = new JsonObject();
            stamp.put("docs", docs);
            stamp.put("seed", seed);
            stamp.put("inputs_sha256", digest);
            stamp.put("text_bytes", bytes);
            try (OutputStream out = Files.newOutputStream(dir.resolve(STAMP))) {
                JSON.write(out, stamp);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the corpus in " + dir, ex);
        }
        return textFiles(dir, docs);
    }

    private boolean isComplete(Path dir, int docs) {
        Path stamp = dir.resolve(STAMP);
        if (!Files.isRegularFile(stamp))
            return false;
        try (InputStream in = Files.newInputStream(stamp)) {
            JsonObject o = JSON.parse(in);
            return o.get("docs").getAsNumber().value().intValue() == docs
                    && o.get("seed").getAsNumber().value().longValue() == seed
                    && digest.equals(o.get("inputs_sha256").getAsString().value());
        } catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    private static List<Path> textFiles(Path dir, int docs) {
        List<Path> files = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++)
            files.add(textFile(dir, i));
        return files;
    }

    private static Path textFile(Path dir, int i) {
        return dir.resolve(String.format("%03d", i / 1000)).resolve(stem(i) + ".txt");
    }

    private static String stem(int i) { return String.format("article-%06d", i); }

    /** One article: its text and its sidecar. */
    record Article(String text, JsonObject sidecar) {}

    Article article(int i) {
        Random r = new Random(seed + i * 1_000_003L);
        int year = 2013 + r.nextInt(12);
        Month month = Month.of(1 + r.nextInt(12));
        int day = 1 + r.nextInt(27);
        Map<String, String> fixed = new HashMap<>();
        fixed.put("month", month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        fixed.put("day", Integer.toString(day));
        fixed.put("publisher", pick(r, lists.get("publishers")));
        fixed.put("place", pick(r, lists.get("places")));
        fixed.put("venue", pick(r, lists.get("venues")));
        int issue = 1 + r.nextInt(24);
        fixed.put("ordinal", ordinal(issue));

        JsonObject meta = new JsonObject();
        StringBuilder text = new StringBuilder();
        boolean dateline = r.nextInt(5) > 0;
        boolean reported = r.nextInt(5) < 2;
        String workTitle = fill(pick(r, lists.get("titles")), r, fixed, new HashMap<>());
        fixed.put("title", workTitle);
        meta.put("title", fixed.get("publisher") + " report on the article \"" + workTitle + "\"");
        meta.put("titleGivenByUser", true);
        meta.put("publisher", fixed.get("publisher"));
        meta.put("date", LocalDate.of(year, month, day).toString());
        meta.put("language", "en");
        if (dateline) {
            meta.put("place", fixed.get("place"));
            text.append(fill(pick(r, lists.get("datelines")), r, fixed, new HashMap<>())).append(' ');
        }
        if (reported) {
            fixed.put("day", Integer.toString(day + 1)); // the issue comes out the day after the report
            Map<String, String> chosen = new HashMap<>();
            String announcement = fill(pick(r, lists.get("reported")), r, fixed, chosen);
            text.append(announcement);
            meta.put("reportedAuthor", chosen.get("person"));
            meta.put("reportedVenue", fixed.get("venue"));
            meta.put("reportedIssue", year + " No. " + issue);
            if (announcement.contains(" published on "))
                meta.put("reportedDate", LocalDate.of(year, month, day + 1).toString());
        }
        int sentences = 6 + r.nextInt(19);
        int inParagraph = 0;
        for (int s = 0; s < sentences; s++) {
            String sentence = r.nextInt(100) < 35 ? pick(r, seedSentences) : fill(pick(r, lists.get("sentences")), r, fixed, new HashMap<>());
            if (text.length() > 0)
                text.append(inParagraph == 0 ? (r.nextBoolean() ? "\n\n  " : "\n\n") : " ");
            text.append(sentence);
            inParagraph = (inParagraph + 1) % (1 + r.nextInt(3));
        }
        text.append('\n');
        return new Article(text.toString(), meta);
    }

    /** The template with every slot filled; {@code chosen} records the value each slot name got last. */
    private String fill(String template, Random r, Map<String, String> fixed, Map<String, String> chosen) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            boolean upper = slot.equals(slot.toUpperCase(Locale.ROOT));
            String key = upper ? slot.toLowerCase(Locale.ROOT) : slot;
            String value = fixed.get(key);
            if (value == null) {
                List<String> options = labels.get(key);
                if (options == null)
                    throw new IllegalStateException("templates.txt: no values for the slot {" + slot + "}");
                value = pick(r, options);
            }
            chosen.put(key, value);
            if (upper)
                value = value.toUpperCase(Locale.ROOT);
            else if (m.start() == 0)
                value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String pick(Random r, List<String> options) { return options.get(r.nextInt(options.size())); }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** English labels of the concept scheme by slot: the local name of the concept's sspo: class, first letter lower-case. */
    private static Map<String, List<String>> conceptLabels(Path concepts) {
        Model m = RDFDataMgr.loadModel(concepts.toString());
        Map<String, SortedSet<String>> byClass = new TreeMap<>();
        for (Statement type : m.listStatements(null, RDF.type, (RDFNode) null).toList()) {
            if (!type.getObject().isURIResource() || !type.getResource().getURI().startsWith(Vocab.SSPO))
                continue;
            String local = type.getResource().getLocalName();
            String slot = Character.toLowerCase(local.charAt(0)) + local.substring(1);
            Resource concept = type.getSubject();
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel))
                for (Statement l : concept.listProperties(p).toList())
                    if (l.getObject().isLiteral() && "en".equals(l.getLanguage()))
                        byClass.computeIfAbsent(slot, k -> new TreeSet<>()).add(l.getString());
        }
        Map<String, List<String>> out = new HashMap<>();
        byClass.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The seed's sentences, its opening paragraph (the seed's own dateline and announcement) left out. */
    static List<String> seedSentences(String text) {
        List<String> paragraphs = Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> out = new ArrayList<>();
        for (String p : paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size()))
            for (String s : p.split("(?<=[.!?])\\s+(?=[A-Z\"“])"))
                if (s.strip().length() > 20 && !s.strip().startsWith("."))
                    out.add(s.strip().replaceAll("\\s+", " "));
        return out;
    }

    private static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> out = new HashMap<>();
        List<String> current = null;
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#"))
                continue;
            if (l.startsWith("[") && l.endsWith("]")) {
                current = new ArrayList<>();
                out.put(l.substring(1, l.length() - 1), current);
            } else if (current != null) {
                current.add(l);
            }
        }
        for (String needed : List.of("publishers", "places", "venues", "datelines", "reported", "titles", "sentences"))
            if (out.getOrDefault(needed, List.of()).isEmpty())
                throw new IllegalStateException("templates.txt: the section [" + needed + "] is missing or empty");
        return out;
    }

    static String resource(String name) {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("the resource " + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static byte[] bytes(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + f, ex);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
