package org.policykg.link;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.policykg.store.SparqlSource;

/** One linking run: read both sides, find links, describe them as a linkset. */
public final class LinkRun {
    private LinkRun() {}

    /** The linkset and its graph, with numbers for the report. */
    public record Result(Model linkset, Node graph, int ourEntities, int theirEntities, Map<String, Integer> linksPerPredicate,
                         boolean truncated) {}

    public static double defaultMinScore() { return Linker.DEFAULT_MIN_SCORE; }

    /**
     * @param queriesDir the project's queries/ folder (queries/link/*.rq)
     * @param scheme     restricts the target to this concept scheme, or null
     * @param languages  primary language tags whose labels are compared
     */
    public static Result run(Path queriesDir, SparqlSource ours, SparqlSource target, String scheme,
                             Set<String> languages, double minScore, LocalDate today) {
        EntityCatalog catalog = new EntityCatalog(queriesDir);
        List<Entity> here = catalog.read(ours, null);
        List<Entity> there = catalog.read(target, scheme);
        List<Linker.Link> links = new Linker(languages, minScore).link(here, there);
        Linkset linkset = Linkset.forTarget(target, scheme);
        Map<String, Integer> counts = new TreeMap<>();
        links.forEach(l -> counts.merge(l.predicate().getURI(), 1, Integer::sum));
        return new Result(linkset.model(links, today), linkset.graph(), here.size(), there.size(), counts,
                ours.truncated() || target.truncated());
    }
}
