package org.policykg.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.policykg.document.*;

import static org.policykg.rdf.Emitter.*;

/** A statement with its modality, its voice (who said it, where) and the nodes it links, by role. */
final class StatementWriter {
    private final Emitter e;
    private final Node document;
    private final Node reported;
    private final Document doc;

    StatementWriter(Emitter e, Node document, Node reported, Document doc) {
        this.e = e;
        this.document = document;
        this.reported = reported;
        this.doc = doc;
    }

    void write(Statement st) {
        Node s = uri(Iris.statement(e.docIri, st.number()));
        Node sentence = e.fragment(st.sentence().span());
        e.add(s, TYPE, uri(Vocab.Statement.getURI()));
        e.add(s, RDFS.label.asNode(), lit("Statement " + st.number() + " of " + Iris.slugOf(doc.source()), "en"));
        boolean reportedSpeech = st.reported() && reported != null;
        e.add(s, Vocab.statedIn.asNode(), reportedSpeech ? reported : document);
        // the text it was read from, in one hop: questions about documents would otherwise walk sentence -> context -> document
        e.add(s, Vocab.inDocument.asNode(), document);
        if (reportedSpeech && doc.reportedWork().authorRef() != null) {
            e.add(s, uri(Vocab.PROV + "wasAttributedTo"), uri(doc.reportedWork().authorRef().iri()));
        } else if (st.speaker() != null) {
            e.add(s, uri(Vocab.PROV + "wasAttributedTo"), uri(st.speaker().iri()));
            e.describe(st.speaker(), st.sentence().span());
        }
        e.add(s, Vocab.provWasDerivedFrom.asNode(), sentence);
        e.add(s, Vocab.provWasGeneratedBy.asNode(), e.activity);
        if (st.modalityIri() != null)
            e.add(s, Vocab.modality.asNode(), uri(st.modalityIri()));
        List<ConceptRef> actors = st.targets(Role.RESPONSIBLE_ACTOR);
        for (Link l : st.links()) {
            Node target = uri(l.target().iri());
            e.describe(l.target(), st.sentence().span());
            switch (l.role()) {
                case GOAL -> e.add(s, Vocab.setsGoal.asNode(), target);
                case REFORM -> e.add(s, Vocab.proposesReform.asNode(), target);
                case PRINCIPLE -> e.add(s, Vocab.upholdsPrinciple.asNode(), target);
                case RESPONSIBLE_ACTOR -> e.add(s, Vocab.responsibleActor.asNode(), target);
                case MENTION -> { }
            }
            e.add(s, Vocab.mentions.asNode(), target);
            if (l.role() == Role.GOAL || l.role() == Role.REFORM)
                for (ConceptRef a : actors)
                    e.add(uri(a.iri()), Vocab.responsibleFor.asNode(), target);
        }
        holdings(st);
        if (st.whole() != null) {
            e.describe(st.whole(), st.sentence().span());
            for (ConceptRef c : st.components()) {
                e.describe(c, st.sentence().span());
                e.add(uri(st.whole().iri()), Vocab.hasComponent.asNode(), uri(c.iri()));
            }
        }
    }

    /** A post named right before a person ("国务院总理李强"): the person holds it, because the text says so there. */
    private void holdings(Statement st) {
        String post = Vocab.Post.getURI();
        for (Link p : st.links()) {
            if (!post.equals(p.target().typeIri()) || p.evidence() == null)
                continue;
            for (Link q : st.links())
                if (Vocab.Person.getURI().equals(q.target().typeIri()) && q.evidence() != null && q.evidence().begin() >= p.evidence().end()
                        && doc.text().substring(p.evidence().end(), q.evidence().begin()).isBlank())
                    e.add(uri(q.target().iri()), Vocab.holdsPost.asNode(), uri(p.target().iri()));
        }
    }
}
