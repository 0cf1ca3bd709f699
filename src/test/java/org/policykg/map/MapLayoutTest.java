package org.policykg.map;

import static org.junit.jupiter.api.Assertions.*;

import java.util.*;

import org.junit.jupiter.api.Test;

/**
 * Whatever the labels, no two node boxes overlap: maps of several parts (connected components) with short, long and
 * very long labels, in English and Chinese, laid out by ELK as the commands do.
 */
class MapLayoutTest {
    private static final String P = "https://w3id.org/sspo#";
    private static final List<String> WORDS = List.of("social", "security", "insurance", "old-age", "national", "pooling",
            "of", "the", "basic", "system", "reform", "guidance", "public", "opinion", "multi-level", "coverage", "governance",
            "implementation", "coordination", "sustainable", "development", "institutional");

    /** A map of {@code parts} stars and chains with labels of up to {@code maxWords} words (seeded, so repeatable). */
    private static ConceptMap map(long seed, int parts, int maxWords, boolean chinese) {
        Random random = new Random(seed);
        List<MapNode> nodes = new ArrayList<>();
        List<MapEdge> edges = new ArrayList<>();
        NodeKind[] kinds = {NodeKind.ORGANIZATION, NodeKind.REFORM, NodeKind.GOAL, NodeKind.PRINCIPLE, NodeKind.COMPONENT, NodeKind.POLICY_AREA};
        String[] properties = {"responsibleFor", "serves", "accordsWith", "hasComponent"};
        int id = 0;
        for (int part = 0; part < parts; part++) {
            int size = 2 + random.nextInt(part == 0 ? 30 : 6);
            List<String> inPart = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                StringBuilder label = new StringBuilder();
                int words = 1 + random.nextInt(maxWords);
                for (int w = 0; w < words; w++)
                    label.append(w > 0 && !chinese ? " " : "").append(chinese ? "社会保障体系改革".substring(0, 1 + random.nextInt(8))
                            : WORDS.get(random.nextInt(WORDS.size())));
                String iri = "https://w3id.org/sspo/id/concept/n" + id++;
                nodes.add(new MapNode(iri, kinds[random.nextInt(kinds.length)], Map.of(chinese ? "zh" : "en", label.toString())));
                if (!inPart.isEmpty()) {
                    String from = inPart.get(random.nextInt(inPart.size()));
                    String property = properties[random.nextInt(properties.length)];
                    edges.add(new MapEdge(from, iri, P + property, Map.of("en", property, "zh", property)));
                }
                inPart.add(iri);
            }
        }
        return new ConceptMap("", chinese ? "zh" : "en", nodes, edges, Map.of(), List.of());
    }

    /** Both ELK's compaction of parts (kept where it leaves boxes apart) and the packing of whole parts. */
    @Test
    void noTwoNodeBoxesOverlapWhateverTheLabels() {
        int maps = 0;
        for (long seed = 1; seed <= 12; seed++)
            for (int maxWords : List.of(1, 4, 12)) {
                ConceptMap map = map(seed, 1 + (int) (seed % 6), maxWords, seed % 4 == 0);
                for (MapLayout.Result r : List.of(MapLayout.of(map), MapLayout.boxed(map))) {
                assertEquals(map.nodes().size(), r.nodes().size());
                assertFalse(MapLayout.overlaps(r), () -> "overlapping boxes in map " + map.nodes().size() + " nodes: " + r.nodes());
                List<MapLayout.Box> boxes = List.copyOf(r.nodes().values());
                for (int i = 0; i < boxes.size(); i++) {
                    MapLayout.Box a = boxes.get(i);
                    assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= r.width() + 0.01 && a.y() + a.height() <= r.height() + 0.01,
                            () -> a + " outside " + r.width() + " x " + r.height());
                    for (int j = i + 1; j < boxes.size(); j++) {
                        MapLayout.Box b = boxes.get(j);
                        assertFalse(a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height(),
                                () -> a + " overlaps " + b);
                    }
                }
                }
                maps++;
            }
        assertEquals(36, maps);
    }
}
