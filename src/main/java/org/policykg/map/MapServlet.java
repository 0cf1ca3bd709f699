package org.policykg.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.error.UserError;
import org.policykg.store.SparqlSource;

/**
 * The concept-map page and what it asks for, mounted at /map/*:
 * <ul>
 *   <li>{@code /map} — the page (plain HTML and JavaScript, nothing fetched from elsewhere);</li>
 *   <li>{@code /map/documents} — the documents to choose from, as JSON;</li>
 *   <li>{@code /map/search?q=…} — nodes whose labels match, from the text index, as JSON;</li>
 *   <li>{@code /map/render?format=svg&document=IRI&concept=IRI-or-label…&depth=N&lang=en} — the map in any format
 *       ({@code download=1} to save it as a file); with neither document nor concept, the corpus view ({@code top=N});
 *       {@code compare=DOC1&compare=DOC2} compares two documents. An unknown document or concept is a 404 naming the closest matches.</li>
 *   <li>{@code /map/support?s=IRI&p=IRI&o=IRI[&document=IRI…]} — the statements behind one proposition: their sentences,
 *       documents, and the SPARQL that finds them, as JSON ({@code format=sparql}: that query alone).</li>
 * </ul>
 */
public final class MapServlet extends HttpServlet {
    private static final int MAX_DEPTH = 4;
    private final transient MapQueries queries;
    private final transient Supplier<DatasetGraph> dataset;

    /** @param dataset the dataset the server serves, asked for on each request (it exists once the server is built) */
    public MapServlet(MapQueries queries, Supplier<DatasetGraph> dataset) {
        this.queries = queries;
        this.dataset = dataset;
    }

    private MapBuilder builder() {
        return new MapBuilder(SparqlSource.local(DatasetFactory.wrap(dataset.get()), "the served dataset"), queries);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        resp.setHeader("Cache-Control", "no-store");
        try {
            switch (path) {
                case "", "/" -> page(req, resp);
                case "/documents" -> documents(req, resp);
                case "/search" -> search(req, resp);
                case "/render" -> render(req, resp);
                case "/support" -> support(req, resp);
                default -> send(resp, HttpServletResponse.SC_NOT_FOUND, "text/plain", "No such page: " + req.getRequestURI());
            }
        } catch (BadRequest ex) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, "text/plain", ex.getMessage());
        } catch (UserError ex) {
            send(resp, ex.kind() == UserError.Kind.INPUT ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "text/plain", ex.getMessage());
        }
    }

    private void page(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String html;
        try (InputStream in = MapServlet.class.getResourceAsStream("map-page.html")) {
            html = new String(Objects.requireNonNull(in, "map-page.html is missing from the jar").readAllBytes(), StandardCharsets.UTF_8);
        }
        String base = req.getContextPath() + req.getServletPath();
        send(resp, HttpServletResponse.SC_OK, "text/html", html.replace("data-base=\"/map\"", "data-base=\"" + Xml.esc(base) + "\""));
    }

    private void documents(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArray out = new JsonArray();
        for (MapBuilder.DocumentEntry d : builder().documents(lang(req))) {
            JsonObject o = new JsonObject();
            o.put("iri", d.iri());
            o.put("title", d.title());
            out.add(o);
        }
        send(resp, HttpServletResponse.SC_OK, "application/json", out.toString());
    }

    private void search(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = Optional.ofNullable(req.getParameter("q")).orElse("").strip();
        JsonArray out = new JsonArray();
        Set<String> seen = new HashSet<>();
        if (!q.isEmpty())
            for (MapBuilder.Match m : builder().search(q, 30))
                if (seen.add(m.iri()) && seen.size() <= 15) {
                    JsonObject o = new JsonObject();
                    o.put("iri", m.iri());
                    o.put("label", m.label());
                    o.put("kind", m.kind().label());
                    out.add(o);
                }
        send(resp, HttpServletResponse.SC_OK, "application/json", out.toString());
    }

    private void render(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MapFormat format = MapFormat.parse(Optional.ofNullable(req.getParameter("format")).orElse("svg"))
                .orElseThrow(() -> new BadRequest("format must be one of " + MapFormat.names()));
        Optional<String> document = Optional.ofNullable(req.getParameter("document")).map(String::strip).filter(s -> !s.isEmpty());
        MapBuilder builder = builder();
        List<String> focus = new ArrayList<>();
        for (String c : Optional.ofNullable(req.getParameterValues("concept")).orElse(new String[0]))
            if (!c.isBlank())
                focus.add(builder.resolve(c));
        List<String> compare = Arrays.stream(Optional.ofNullable(req.getParameterValues("compare")).orElse(new String[0]))
                .map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (!compare.isEmpty() && (compare.size() != 2 || document.isPresent() || !focus.isEmpty()))
            throw new BadRequest("compare takes two documents, without document or concept");
        int top = number(req, "top", MapBuilder.DEFAULT_TOP);
        if (top < 1 || top > 500)
            throw new BadRequest("top must be between 1 and 500");
        int depth;
        try {
            depth = Integer.parseInt(Optional.ofNullable(req.getParameter("depth")).orElse("1"));
        } catch (NumberFormatException ex) {
            throw new BadRequest("depth must be a whole number");
        }
        if (depth < 0 || depth > MAX_DEPTH)
            throw new BadRequest("depth must be between 0 and " + MAX_DEPTH);
        ConceptMap map = builder.build(new MapBuilder.Request(document, focus, depth, lang(req), compare, top));
        if ("1".equals(req.getParameter("download")))
            resp.setHeader("Content-Disposition", "attachment; filename=\"concept-map." + format.extension() + "\"");
        send(resp, HttpServletResponse.SC_OK, format.mediaType(), format.write(map));
    }

    private void support(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String s = iri(req, "s"), p = iri(req, "p"), o = iri(req, "o");
        List<String> documents = new ArrayList<>();
        for (String d : Optional.ofNullable(req.getParameterValues("document")).orElse(new String[0]))
            if (!d.isBlank())
                documents.add(iri(d.strip()));
        MapBuilder builder = builder();
        String sparql = builder.supportQuery(s, p, o, documents).toString();
        if ("sparql".equals(req.getParameter("format"))) {
            send(resp, HttpServletResponse.SC_OK, "text/plain", sparql);
            return;
        }
        List<MapEdge.Support> support = builder.support(s, p, o, documents);
        Map<String, String> titles = builder.titles(support.stream().map(MapEdge.Support::document).toList(), lang(req));
        JsonArray sentences = new JsonArray();
        for (MapEdge.Support sup : support) {
            JsonObject row = new JsonObject();
            row.put("statement", sup.statement());
            row.put("document", sup.document());
            row.put("title", titles.getOrDefault(sup.document(), sup.document()));
            if (sup.sentence() != null)
                row.put("sentence", sup.sentence());
            row.put("text", sup.text() == null ? "" : sup.text());
            sentences.add(row);
        }
        JsonObject out = new JsonObject();
        out.put("sentences", sentences);
        out.put("sparql", sparql);
        send(resp, HttpServletResponse.SC_OK, "application/json", out.toString());
    }

    private static String iri(HttpServletRequest req, String name) {
        return iri(Optional.ofNullable(req.getParameter(name)).map(String::strip).orElseThrow(() -> new BadRequest(name + " is missing")));
    }

    private static String iri(String value) {
        if (!MapBuilder.looksLikeIri(value) || value.matches(".*[<>\\s\"{}|^`\\\\].*"))
            throw new BadRequest("not an IRI: " + value);
        return value;
    }

    private static int number(HttpServletRequest req, String name, int dflt) {
        try {
            return Integer.parseInt(Optional.ofNullable(req.getParameter(name)).orElse(Integer.toString(dflt)));
        } catch (NumberFormatException ex) {
            throw new BadRequest(name + " must be a whole number");
        }
    }

    private static String lang(HttpServletRequest req) {
        String lang = Optional.ofNullable(req.getParameter("lang")).orElse("en");
        if (!lang.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*"))
            throw new BadRequest("lang must be a language tag such as en or zh");
        return lang;
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) { super(message); }
    }
}
