package org.policykg.link;

import java.util.List;
import java.util.Set;

import org.policykg.document.LabelNormalizer;

/**
 * What the linker knows of one resource: its labels, its kinds (concept, person, organization, actor, as the
 * entities query maps classes to them) and the labels of its broader concepts.
 */
record Entity(String iri, List<Label> labels, Set<String> kinds, List<Label> broaderLabels) {
    /** One label with its language tag ("" when untagged) and its normalised key. */
    record Label(String text, String lang, LabelNormalizer.Key key) {
        static Label of(String text, String lang) { return new Label(text, lang, LabelNormalizer.key(text, lang)); }

        String primaryLanguage() {
            int dash = lang.indexOf('-');
            return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase();
        }
    }

    static final Set<String> ACTOR_KINDS = Set.of("person", "organization", "actor");

    boolean isActor() { return kinds.stream().anyMatch(ACTOR_KINDS::contains); }

    boolean isConcept() { return kinds.contains("concept"); }
}
