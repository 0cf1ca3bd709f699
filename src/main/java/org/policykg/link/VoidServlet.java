package org.policykg.link;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.vocabulary.VOID;

/**
 * The dataset description at /.well-known/void (as the VoID note asks), in Turtle unless the client
 * prefers JSON-LD or N-Triples. It serves the stored description of the server's first dataset, computing
 * it when the store was loaded before descriptions were kept; when no endpoint is recorded, the one
 * this request came through is named.
 */
public final class VoidServlet extends HttpServlet {
    /** Where the VoID note puts a dataset's description. */
    public static final String PATH = "/.well-known/void";
    private static final AcceptList OFFERED = AcceptList.create(
            WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples);

    private final transient DatasetDescription description;

    public VoidServlet(Path queriesDir) { this.description = new DatasetDescription(queriesDir); }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(getServletContext());
        if (registry == null || registry.accessPoints().isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No dataset is served here");
            return;
        }
        DataAccessPoint dap = registry.accessPoints().get(0);
        Dataset dataset = DatasetFactory.wrap(dap.getDataService().getDataset());
        Model model = DatasetDescription.stored(dataset);
        String endpoint = baseUrl(req) + dap.getName() + "/sparql";
        if (model.isEmpty())
            model = description.compute(dataset, endpoint);
        else if (!model.contains(null, VOID.sparqlEndpoint, (org.apache.jena.rdf.model.RDFNode) null))
            model.add(model.createResource(Linkset.DATASET), VOID.sparqlEndpoint, model.createResource(endpoint));

        String accept = req.getHeader("Accept");
        MediaType chosen = accept == null || accept.isBlank() ? null : AcceptList.match(new AcceptList(accept), OFFERED);
        if (accept != null && !accept.isBlank() && chosen == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Available as text/turtle, application/ld+json or application/n-triples");
            return;
        }
        String type = chosen == null ? WebContent.contentTypeTurtle : chosen.getContentTypeStr();
        RDFFormat format = switch (type) {
            case WebContent.contentTypeJSONLD -> RDFFormat.JSONLD11_PRETTY;
            case WebContent.contentTypeNTriples -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.getLang() == Lang.NTRIPLES ? WebContent.contentTypeNTriples : type);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Vary", "Accept");
        RDFDataMgr.write(resp.getOutputStream(), model, format);
    }

    private static String baseUrl(HttpServletRequest req) {
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath();
    }
}
