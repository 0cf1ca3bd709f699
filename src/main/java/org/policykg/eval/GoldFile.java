package org.policykg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.policykg.error.UserError;
import org.policykg.document.SourceText;

/**
 * One hand-written gold file ({@code NAME.gold.json} beside {@code NAME.txt}): what a careful reader finds
 * in the text. Read strictly, so that a typo in a field name or a quote that is not in the text is a
 * one-line error naming the file and the item, not a silently lower score. The format is in
 * docs/evaluation.md.
 */
public record GoldFile(Path file, String name, String style, String language, String annotator,
                       List<Item> items, List<Responsibility> responsibilities, Map<String, String> reportedWork) {

    public static final String SUFFIX = ".gold.json";
    /** The text beside a gold file, in the order they are looked for. */
    static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".md", ".html", ".htm");
    /** The modalities a gold item may give, each an individual of sspo:Modality. */
    static final List<String> MODALITIES = List.of("necessity", "emphasis", "observation", "achievement", "commitment");
    static final List<String> WORK_FIELDS = List.of("author", "venue", "issue", "title");

    private static final Set<String> TOP_FIELDS = Set.of("style", "language", "annotator", "notes", "note", "comment",
            "items", "responsibilities", "reportedWork");
    private static final Set<String> ITEM_FIELDS = Set.of("class", "quote", "quotes", "concept", "modality", "optional",
            "note", "notes", "comment");
    private static final Set<String> RESPONSIBILITY_FIELDS = Set.of("actor", "target", "optional", "note", "notes", "comment");

    /** What a reader annotates. */
    public enum ItemClass {
        GOAL, REFORM, PRINCIPLE, ACTOR;

        public String key() { return name().toLowerCase(Locale.ROOT); }

        static ItemClass of(String key) {
            for (ItemClass c : values())
                if (c.key().equals(key))
                    return c;
            return null;
        }
    }

    /** Where a quote occurs in the text, in code points (as nif offsets count). */
    public record Occurrence(int begin, int end) {
        int length() { return end - begin; }

        /** True when the two overlap by at least half of the shorter one. */
        boolean overlapsHalf(int b, int e) {
            int overlap = Math.min(end, e) - Math.max(begin, b);
            int shorter = Math.min(length(), e - b);
            return overlap > 0 && 2 * overlap >= shorter;
        }
    }

    /**
     * One thing the reader found.
     *
     * @param number    its place in the file's {@code items}, from 1 (for messages)
     * @param quotes    the words of the text that name it; the first is the canonical one
     * @param concept   the IRI it should land on, or null
     * @param modality  the force of the sentence that states it (a lower-case sspo:Modality name), or null
     * @param optional  acceptable if found, not required
     * @param occurrences every place in the text where one of the quotes occurs
     */
    public record Item(int number, ItemClass itemClass, List<String> quotes, String concept, String modality,
                       boolean optional, List<Occurrence> occurrences) {
        public String quote() { return quotes.get(0); }
    }

    /** An actor the text makes responsible for (or credits with) a goal or a reform. */
    public record Responsibility(int number, Item actor, Item target, boolean optional) {}

    /** True for a gold file's name: {@code up}, {@code convert} and {@code load} leave these alone. */
    public static boolean isGold(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(SUFFIX);
    }

    /** Every gold file under the folder, sorted (so reports come out in the same order every run), or the one gold file given. */
    public static List<Path> find(Path folder) {
        if (Files.isRegularFile(folder) && isGold(folder))
            return List.of(folder);
        if (!Files.isDirectory(folder))
            throw UserError.input(folder + ": no such folder (or gold file NAME" + SUFFIX + ")");
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(GoldFile::isGold).sorted().toList();
        } catch (IOException ex) {
            throw UserError.input(folder + ": cannot read the folder: " + ex.getMessage(), ex);
        }
    }

    /** The name a gold file scores: NAME of NAME.gold.json. */
    public static String nameOf(Path gold) {
        String f = gold.getFileName().toString();
        return f.substring(0, f.length() - SUFFIX.length());
    }

    /** The text beside the gold file: NAME.txt, NAME.md or NAME.html. */
    public static Path textOf(Path gold) {
        String name = nameOf(gold);
        for (String ext : TEXT_EXTENSIONS) {
            Path t = gold.resolveSibling(name + ext);
            if (Files.isRegularFile(t))
                return t;
        }
        throw UserError.input(gold + ": no text beside it (" + name + ".txt, .md or .html)");
    }

    /** Reads and checks a gold file against the text it annotates (as the converter reads it). */
    public static GoldFile read(Path gold, SourceText text) {
        String json;
        try {
            json = Files.readString(gold);
            if (json.startsWith("\uFEFF"))
                json = json.substring(1);
        } catch (java.nio.charset.CharacterCodingException ex) {
            throw UserError.input(gold + ": not valid UTF-8; save the file as UTF-8", ex);
        } catch (IOException ex) {
            throw UserError.input(gold + ": cannot read: " + ex.getMessage(), ex);
        }
        JsonObject root;
        try {
            JsonValue v = JSON.parseAny(json);
            if (!v.isObject())
                throw UserError.input(gold + ": a gold file is one JSON object ({\"items\": [...], ...})");
            root = v.getAsObject();
        } catch (JsonParseException ex) {
            throw UserError.input(gold + ":" + ex.getLine() + ":" + ex.getColumn() + ": not valid JSON: " + firstLine(ex), ex);
        } catch (JsonException ex) {
            throw UserError.input(gold + ": not valid JSON: " + firstLine(ex), ex);
        }
        return new Reader(gold, text).read(root);
    }

    private static String firstLine(Exception ex) {
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    /** Every place in the text where the quote occurs; runs of white space match any run (texts wrap lines). */
    static List<Occurrence> occurrences(String text, String quote) {
        StringBuilder regex = new StringBuilder();
        for (String part : quote.strip().split("\\s+")) {
            if (!regex.isEmpty())
                regex.append("\\s+");
            regex.append(Pattern.quote(part));
        }
        List<Occurrence> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int b = text.codePointCount(0, m.start());
            out.add(new Occurrence(b, b + text.codePointCount(m.start(), m.end())));
            from = m.start() + 1;
        }
        return out;
    }

    /** The checks, with the file's name in every message. */
    private static final class Reader {
        private final Path gold;
        private final SourceText text;

        Reader(Path gold, SourceText text) {
            this.gold = gold;
            this.text = text;
        }

        GoldFile read(JsonObject root) {
            unknownFields(root, TOP_FIELDS, "");
            String style = string(root, "style", "");
            String language = string(root, "language", "");
            if (language == null)
                language = text.language();
            language = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
            if (!language.matches("[a-z]{2,3}"))
                throw bad("", "'language' is a language tag such as en or zh, not '" + language + "'");
            String annotator = string(root, "annotator", "");

            List<Item> items = new ArrayList<>();
            JsonArray array = array(root, "items", "");
            if (array == null)
                throw bad("", "no 'items' list");
            for (int i = 0; i < array.size(); i++)
                items.add(item(array.get(i), i + 1));

            List<Responsibility> responsibilities = new ArrayList<>();
            JsonArray rs = array(root, "responsibilities", "");
            if (rs != null)
                for (int i = 0; i < rs.size(); i++)
                    responsibilities.add(responsibility(rs.get(i), i + 1, items));

            Map<String, String> work = new LinkedHashMap<>();
            if (root.hasKey("reportedWork")) {
                JsonValue w = root.get("reportedWork");
                if (!w.isObject())
                    throw bad("reportedWork", "is an object with author, venue, issue and title");
                unknownFields(w.getAsObject(), new HashSet<>(WORK_FIELDS), "reportedWork: ");
                for (String f : WORK_FIELDS) {
                    String v = string(w.getAsObject(), f, "reportedWork: ");
                    if (v != null && !v.isBlank())
                        work.put(f, v.strip());
                }
            }
            return new GoldFile(gold, nameOf(gold), style, language, annotator, List.copyOf(items),
                    List.copyOf(responsibilities), Collections.unmodifiableMap(work));
        }

        private Item item(JsonValue v, int n) {
            String where = "item " + n;
            if (!v.isObject())
                throw bad(where, "is not an object ({\"class\": ..., \"quote\": ...})");
            JsonObject o = v.getAsObject();
            unknownFields(o, ITEM_FIELDS, where + ": ");
            String cls = string(o, "class", where + ": ");
            if (cls == null)
                throw bad(where, "has no 'class' (goal, reform, principle or actor)");
            ItemClass itemClass = ItemClass.of(cls.strip());
            if (itemClass == null)
                throw bad(where, "unknown class '" + cls + "' (goal, reform, principle or actor)");
            where = where + " (" + itemClass.key() + ")";
            List<String> quotes = new ArrayList<>();
            String quote = string(o, "quote", where + ": ");
            if (quote != null)
                quotes.add(quote);
            JsonArray qs = array(o, "quotes", where + ": ");
            if (qs != null)
                for (JsonValue q : qs) {
                    if (!q.isString())
                        throw bad(where, "'quotes' holds strings only");
                    if (!quotes.contains(q.getAsString().value()))
                        quotes.add(q.getAsString().value());
                }
            if (quotes.isEmpty())
                throw bad(where, "has no 'quote' or 'quotes'");
            List<Occurrence> occurrences = new ArrayList<>();
            for (String q : quotes) {
                if (q.isBlank())
                    throw bad(where, "has an empty quote");
                List<Occurrence> found = occurrences(text.text(), q);
                if (found.isEmpty())
                    throw bad(where, "the quote \"" + q + "\" is not in " + text.path().getFileName()
                            + " (quotes are copied verbatim: same case, same characters)");
                occurrences.addAll(found);
            }
            String concept = string(o, "concept", where + ": ");
            if (concept != null && !concept.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+"))
                throw bad(where, "'concept' is an absolute IRI, not '" + concept + "'");
            String modality = string(o, "modality", where + ": ");
            if (modality != null && !MODALITIES.contains(modality))
                throw bad(where, "unknown modality '" + modality + "' (" + String.join(", ", MODALITIES) + ")");
            boolean optional = bool(o, "optional", where + ": ");
            return new Item(n, itemClass, List.copyOf(quotes), concept, modality, optional, List.copyOf(occurrences));
        }

        private Responsibility responsibility(JsonValue v, int n, List<Item> items) {
            String where = "responsibility " + n;
            if (!v.isObject())
                throw bad(where, "is not an object ({\"actor\": ..., \"target\": ...})");
            JsonObject o = v.getAsObject();
            unknownFields(o, RESPONSIBILITY_FIELDS, where + ": ");
            String actor = string(o, "actor", where + ": "), target = string(o, "target", where + ": ");
            if (actor == null || target == null)
                throw bad(where, "needs both 'actor' and 'target'");
            Item a = itemQuoted(actor, items, EnumSet.of(ItemClass.ACTOR));
            if (a == null)
                throw bad(where, "the actor \"" + actor + "\" is not a quote of an actor item");
            Item t = itemQuoted(target, items, EnumSet.of(ItemClass.GOAL, ItemClass.REFORM));
            if (t == null)
                throw bad(where, "the target \"" + target + "\" is not a quote of a goal or reform item");
            return new Responsibility(n, a, t, bool(o, "optional", where + ": "));
        }

        private static Item itemQuoted(String quote, List<Item> items, Set<ItemClass> classes) {
            for (Item i : items)
                if (classes.contains(i.itemClass()) && i.quotes().contains(quote))
                    return i;
            return null;
        }

        private void unknownFields(JsonObject o, Set<String> known, String where) {
            for (String k : new TreeSet<>(o.keys()))
                if (!known.contains(k))
                    throw UserError.input(gold + ": " + where + "unknown field '" + k + "' (" + String.join(", ", new TreeSet<>(known)) + ")");
        }

        private String string(JsonObject o, String key, String where) {
            if (!o.hasKey(key) || o.get(key).isNull())
                return null;
            JsonValue v = o.get(key);
            if (!v.isString())
                throw UserError.input(gold + ": " + where + "'" + key + "' is a string");
            return v.getAsString().value();
        }

        private JsonArray array(JsonObject o, String key, String where) {
            if (!o.hasKey(key) || o.get(key).isNull())
                return null;
            JsonValue v = o.get(key);
            if (!v.isArray())
                throw UserError.input(gold + ": " + where + "'" + key + "' is a list");
            return v.getAsArray();
        }

        private boolean bool(JsonObject o, String key, String where) {
            if (!o.hasKey(key) || o.get(key).isNull())
                return false;
            JsonValue v = o.get(key);
            if (!v.isBoolean())
                throw UserError.input(gold + ": " + where + "'" + key + "' is true or false");
            return v.getAsBoolean().value();
        }

        private UserError bad(String where, String what) {
            return UserError.input(gold + ": " + (where.isEmpty() ? "" : where + ": ") + what);
        }
    }
}
