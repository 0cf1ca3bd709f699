package org.policykg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.policykg.testing.Cli;
import org.policykg.testing.Project;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-made map fixture, loaded into a real store with the real CLI, and small helpers for reading maps. */
final class MapFixture {
    private MapFixture() {}

    static final String CONCEPT = "https://w3id.org/sspo/id/concept/";
    static final String ACTOR = "https://w3id.org/sspo/id/actor/";
    static final String DOC = "https://w3id.org/sspo/id/doc/";
    static final String REPORT = DOC + "xinhua-report";
    static final String ARTICLE = DOC + "qiushi-article";
    static final String OTHER_REPORT = DOC + "pension-report";
    static final String RETIREMENT = CONCEPT + "raising-the-statutory-retirement-age";
    static final String LONG_PRINCIPLE_EN = "upholding the Party's centralized and unified leadership over social security work";

    static Path file() { return Project.testResource("maps/fixture.trig"); }

    /** Loads the fixture into a store under {@code dataDir}. */
    static void load(Path dataDir) {
        Cli r = Cli.run("load", "--data", dataDir.toString(), file().toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    /** Parsed with the JDK's namespace-aware XML parser (external entities off). */
    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** For files that declare a DOCTYPE (Graphviz's SVG): allowed, but nothing external is fetched. */
    static Document xmlWithDoctype(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document d, String ns, String localName) {
        NodeList list = d.getElementsByTagNameNS(ns, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++)
            out.add((Element) list.item(i));
        return out;
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling())
            if (c instanceof Element el)
                out.add(el);
        return out;
    }
}
