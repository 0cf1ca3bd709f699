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

/**
 * The concept-map page and what it asks for, mounted at /map/*:
 * <ul>
 *   <li>{@code /map} — the page (plain HTML and JavaScript, nothing fetched from elsewhere);</li>
 *   <li>{@code /map/documents} — the documents to choose from, as JSON;</li>
 *   <li>{@code /map/search?q=…} — nodes whose labels match, from the text index, as JSON;</li>
 *   <li>{@code /map/render?format=svg&document=IRI&concept=IRI-or-label…&depth=N&lang=en} — the map in any format
 *       ({@code download=1} to save it as a file). An unknown document or concept is a 404 naming the closest matches.</li>
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
        return new MapBuilder(MapSource.of(DatasetFactory.wrap(dataset.get())), queries);
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
        if (document.isEmpty() && focus.isEmpty())
            throw new BadRequest("choose a document or a concept");
        int depth;
        try {
            depth = Integer.parseInt(Optional.ofNullable(req.getParameter("depth")).orElse("1"));
        } catch (NumberFormatException ex) {
            throw new BadRequest("depth must be a whole number");
        }
        if (depth < 0 || depth > MAX_DEPTH)
            throw new BadRequest("depth must be between 0 and " + MAX_DEPTH);
        ConceptMap map = builder.build(new MapBuilder.Request(document, focus, depth, lang(req)));
        if ("1".equals(req.getParameter("download")))
            resp.setHeader("Content-Disposition", "attachment; filename=\"concept-map." + format.extension() + "\"");
        send(resp, HttpServletResponse.SC_OK, format.mediaType(), format.write(map));
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
