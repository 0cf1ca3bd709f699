package org.policykg.map;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The files a map can be written as. */
public enum MapFormat {
    SVG("svg", "image/svg+xml", SvgWriter::write),
    DOT("dot", "text/vnd.graphviz", DotWriter::write),
    GRAPHML("graphml", "application/graphml+xml", GraphmlWriter::write),
    CXL("cxl", "application/xml", CxlWriter::write),
    MERMAID("mmd", "text/plain", MermaidWriter::write),
    JSON("json", "application/json", CytoscapeJsonWriter::write);

    private final String extension;
    private final String mediaType;
    private final Function<ConceptMap, String> writer;

    MapFormat(String extension, String mediaType, Function<ConceptMap, String> writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    /** The name users type: svg, dot, graphml, cxl, mermaid, json. */
    public String key() { return name().toLowerCase(Locale.ROOT); }
    public String extension() { return extension; }
    public String mediaType() { return mediaType; }

    public String write(ConceptMap map) { return writer.apply(map); }

    public static Optional<MapFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.key().equalsIgnoreCase(name) || f.extension.equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(MapFormat::key).collect(Collectors.joining("|"));
    }
}
