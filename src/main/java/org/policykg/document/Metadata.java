package org.policykg.document;

import org.policykg.error.UserError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * What the user tells about a document that its text may not say: read from a sidecar
 * {@code NAME.meta.json} next to the file and from command-line options (which win).
 * Every field is optional; an absent field is simply not stated in the output.
 *
 * @param identifier       slug for the document's IRI (default: from the file name)
 * @param title            the document's title
 * @param titleGivenByUser true when the title is descriptive, given by the user because the text has none
 * @param publisher        publishing organisation, e.g. "Xinhua News Agency"
 * @param author           author's name
 * @param date             publication date
 * @param place            place of the dateline
 * @param source           where the text was taken from (a URL)
 * @param language         BCP 47 tag of the text, e.g. "en", "zh"
 * @param reportedTitle    title of the work the document reports on
 * @param reportedAuthor   its author
 * @param reportedVenue    the periodical it appears in
 * @param reportedIssue    the issue, e.g. "2022 No. 8"
 * @param reportedDate     its publication date
 */
public record Metadata(String identifier, String title, Boolean titleGivenByUser, String publisher, String author,
                       LocalDate date, String place, String source, String language,
                       String reportedTitle, String reportedAuthor, String reportedVenue, String reportedIssue,
                       LocalDate reportedDate) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The sidecar names, as they appear in JSON and as CLI option names. */
    public static final Set<String> KEYS = Set.of("identifier", "title", "titleGivenByUser", "publisher", "author", "date", "place",
            "source", "language", "reportedTitle", "reportedAuthor", "reportedVenue", "reportedIssue", "reportedDate");

    /** The sidecar of a text file: {@code NAME.meta.json} for {@code NAME.txt}. */
    public static Path sidecarOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + ".meta.json");
    }

    public static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(".meta.json");
    }

    /** The sidecar's metadata, or {@link #EMPTY} when there is none. */
    public static Metadata readSidecar(Path file) {
        Path sidecar = sidecarOf(file);
        if (!Files.exists(sidecar))
            return EMPTY;
        JsonObject obj;
        try {
            // Gson, not Jena's JSON parser: Jena's makes a 128K-character buffer for every file it parses, which was most of
            // the cost of reading a text with its sidecar of a few lines
            JsonReader reader = new JsonReader(new StringReader(
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(sidecar))).toString()));
            reader.setStrictness(Strictness.STRICT);
            JsonElement v = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT)
                throw new JsonSyntaxException("more after the JSON value, at " + reader.getPath());
            if (!v.isJsonObject())
                throw UserError.input(sidecar + ": the metadata sidecar must be a JSON object {\"title\": ..., ...}");
            obj = v.getAsJsonObject();
        } catch (CharacterCodingException ex) {
            throw UserError.input(sidecar + ": the metadata sidecar is not valid JSON: it is not UTF-8 text", ex);
        } catch (JsonParseException | MalformedJsonException ex) {
            throw UserError.input(sidecar + ": the metadata sidecar is not valid JSON: " + parserMessage(ex), ex);
        } catch (IOException ex) {
            throw UserError.input(sidecar + ": cannot read the metadata sidecar: " + ex.getMessage(), ex);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : obj.entrySet()) {
            String key = e.getKey();
            if (!KEYS.contains(key))
                throw UserError.input(sidecar + ": unknown metadata field '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
            JsonPrimitive v = e.getValue().isJsonPrimitive() ? e.getValue().getAsJsonPrimitive() : null;
            if (v != null && v.isString())
                values.put(key, v.getAsString());
            else if (v != null && v.isBoolean())
                values.put(key, Boolean.toString(v.getAsBoolean()));
            else if (v != null && v.isNumber())
                values.put(key, v.getAsNumber().toString());
            else
                throw UserError.input(sidecar + ": metadata field '" + key + "' must be a string");
        }
        return of(values, sidecar.toString());
    }

    /** Metadata from name/value pairs (sidecar or options); {@code where} names their origin in messages. */
    public static Metadata of(Map<String, String> values, String where) {
        for (String key : values.keySet())
            if (!KEYS.contains(key))
                throw UserError.input(where + ": unknown metadata field '" + key + "'");
        return new Metadata(values.get("identifier"), values.get("title"),
                values.containsKey("titleGivenByUser") ? Boolean.valueOf(values.get("titleGivenByUser")) : null,
                values.get("publisher"), values.get("author"), date(values, "date", where), values.get("place"),
                values.get("source"), values.get("language"), values.get("reportedTitle"), values.get("reportedAuthor"),
                values.get("reportedVenue"), values.get("reportedIssue"), date(values, "reportedDate", where));
    }

    private static LocalDate date(Map<String, String> values, String key, String where) {
        String v = values.get(key);
        if (v == null)
            return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException ex) {
            throw UserError.input(where + ": metadata field '" + key + "' must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** This metadata with every field that {@code over} sets replaced by its value. */
    public Metadata overriddenBy(Metadata over) {
        return new Metadata(pick(over.identifier, identifier), pick(over.title, title), pick(over.titleGivenByUser, titleGivenByUser),
                pick(over.publisher, publisher), pick(over.author, author), pick(over.date, date), pick(over.place, place),
                pick(over.source, source), pick(over.language, language), pick(over.reportedTitle, reportedTitle),
                pick(over.reportedAuthor, reportedAuthor), pick(over.reportedVenue, reportedVenue),
                pick(over.reportedIssue, reportedIssue), pick(over.reportedDate, reportedDate));
    }

    private static <T> T pick(T a, T b) { return a != null ? a : b; }

    /** What Gson says is wrong and where, without its advice to programmers ("Use JsonReader.setStrictness ..."). */
    private static String parserMessage(Exception ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause().getMessage() != null)
            t = t.getCause();
        return firstLine(t.getMessage()).replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
