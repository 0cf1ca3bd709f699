package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.document.*;

/**
 * Who speaks in each sentence. From the first sentence whose reporting subject and reporting verb name
 * the reported work ("The article emphasizes that ..."), the sentences are that work speaking, until a
 * sentence opens with another known actor and a reporting verb ("The State Council stressed that ..."),
 * which speaks for that actor. The announcement of the reported work and the dateline are not content.
 */
final class SpeakerReader implements Stage {
    private final Cues cues;
    /** Chinese: the addressee lines, which say nothing; null for other languages. */
    private final AddresseeLines addressees;

    SpeakerReader(Cues cues) { this(cues, null); }

    SpeakerReader(Cues cues, AddresseeLines addressees) {
        this.cues = cues;
        this.addressees = addressees;
    }

    @Override public String name() { return "speakers"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.DATELINE, Layer.REPORTED_WORK); }
    @Override public Set<Layer> provides() { return Set.of(Layer.SPEAKERS); }

    @Override
    public Document apply(Document doc) {
        Tokens words = doc.tokens();
        int[] mentionStarts = doc.mentions().stream().mapToInt(m -> m.span().begin()).toArray();
        ReportedWork reported = doc.reportedWork();
        Dateline dateline = doc.dateline();
        boolean reportedVoice = false;
        List<Voice> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            if (reported != null && s.span().equals(reported.span()))
                continue; // the announcement of the reported work is metadata, read already
            if (addressees != null && addressees.is(ChineseScript.simplified(s.span().of(doc.text()))))
                continue; // the bodies a notice is addressed to: nothing is said there
            int contentStart = s.span().begin();
            if (dateline != null && s.span().overlaps(dateline.span()))
                contentStart = Math.max(contentStart, dateline.span().end());
            int end = s.span().end();
            if (contentStart >= end)
                continue;
            int k0 = words.firstAtOrAfter(contentStart), k1 = words.endAtOrBefore(end);

            // reported speech: "The article emphasizes (that) ..."
            Lexicon.Cue reportingCue = null;
            PhraseMatcher.Match<Lexicon.Cue> subject = cues.subjects.longestAt(words, k0, k1);
            if (subject != null) {
                for (int i = subject.to(); i < Math.min(k1, subject.to() + 3); i++) {
                    PhraseMatcher.Match<Lexicon.Cue> v = cues.modalities.longestAt(words, i, k1);
                    if (v != null && v.value().reporting()) {
                        reportingCue = v.value();
                        contentStart = words.ends[v.to() - 1];
                        if (reported != null)
                            reportedVoice = true;
                        break;
                    }
                }
            }
            // another speaker named at the start ("The State Council stressed that ...") speaks for itself, and the
            // reported work's voice ends there
            ConceptRef speaker = null;
            if (reportingCue == null) {
                for (int i = Mentions.firstAtOrAfter(mentionStarts, contentStart); i < mentionStarts.length && mentionStarts[i] < end; i++) {
                    Mention m = doc.mentions().get(i);
                    int first = words.firstAtOrAfter(m.span().begin());
                    if (first - k0 > 2 || !Cues.ACTORS.contains(m.concept().typeIri()))
                        break;
                    int after = words.firstAtOrAfter(m.span().end());
                    for (int j = after; j < Math.min(k1, after + 3) && speaker == null; j++) {
                        PhraseMatcher.Match<Lexicon.Cue> v = cues.modalities.longestAt(words, j, k1);
                        if (v != null && v.value().reporting()) {
                            speaker = m.concept();
                            reportingCue = v.value();
                            contentStart = words.ends[v.to() - 1];
                            reportedVoice = false;
                        }
                    }
                    break;
                }
            }
            out.add(new Voice(s, contentStart, reportedVoice, speaker, reportingCue == null ? null : reportingCue.modalityIri()));
        }
        return doc.withVoices(out);
    }
}
