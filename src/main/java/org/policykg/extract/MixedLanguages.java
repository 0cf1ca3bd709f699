package org.policykg.extract;

import java.util.*;

import org.policykg.document.*;

/**
 * A document whose lines are in two languages (a Chinese report quoting an English paragraph, a
 * bilingual release): each line is Chinese or not by {@link SourceText#looksChinese}, and each
 * sentence is read by the stages of the language of the line it starts on. Both languages' stages
 * read the whole text; this keeps from each what lies in its own lines and merges them in text order,
 * sentences and statements renumbered. Dateline and reported work come from the document's language.
 */
final class MixedLanguages {
    private final String text;
    private final boolean[] chineseLine; // per char: the line it stands on is Chinese

    private MixedLanguages(String text, boolean[] chineseLine) {
        this.text = text;
        this.chineseLine = chineseLine;
    }

    /** The document's lines by language, or null when they are all of one language (or the user named the language). */
    static MixedLanguages of(SourceText source) {
        if (source.metadata().language() != null)
            return null;
        String text = source.text();
        boolean[] chinese = new boolean[text.length()];
        boolean anyChinese = false, anyOther = false;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r')
                end++;
            String line = text.substring(start, end);
            if (line.codePoints().anyMatch(Character::isLetter)) {
                boolean zh = SourceText.looksChinese(line);
                Arrays.fill(chinese, start, end, zh);
                anyChinese |= zh;
                anyOther |= !zh;
            }
            start = end + 1;
        }
        return anyChinese && anyOther ? new MixedLanguages(text, chinese) : null;
    }

    /** The language whose lines the main document's stages did not read: zh for an English document, else en. */
    static String otherLanguage(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("zh") ? "en" : "zh";
    }

    private boolean chineseAt(int offset) {
        return offset < chineseLine.length && chineseLine[offset];
    }

    /** {@code main} read as its language, with the lines in the other language taken from {@code other}. */
    Document merge(Document main, Document other) {
        boolean mainIsChinese = main.source().language().toLowerCase(Locale.ROOT).startsWith("zh");
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : main.sentences()) if (chineseAt(s.span().begin()) == mainIsChinese) sentences.add(s);
        for (Sentence s : other.sentences()) if (chineseAt(s.span().begin()) != mainIsChinese) sentences.add(s);
        sentences.sort(Comparator.comparingInt(s -> s.span().begin()));
        Map<Span, Sentence> renumbered = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++)
            renumbered.put(sentences.get(i).span(), new Sentence(i + 1, sentences.get(i).span()));

        List<Mention> mentions = new ArrayList<>();
        for (Mention m : main.mentions()) if (chineseAt(m.span().begin()) == mainIsChinese) mentions.add(m);
        for (Mention m : other.mentions()) if (chineseAt(m.span().begin()) != mainIsChinese) mentions.add(m);
        mentions.sort(Comparator.comparingInt(m -> m.span().begin()));

        List<Statement> statements = new ArrayList<>();
        for (Statement s : main.statements()) if (chineseAt(s.sentence().span().begin()) == mainIsChinese) statements.add(s);
        for (Statement s : other.statements()) if (chineseAt(s.sentence().span().begin()) != mainIsChinese) statements.add(s);
        statements.sort(Comparator.comparingInt(s -> s.sentence().span().begin()));
        List<Statement> numbered = new ArrayList<>();
        for (Statement s : statements)
            numbered.add(new Statement(numbered.size() + 1, renumbered.getOrDefault(s.sentence().span(), s.sentence()), s.modalityIri(),
                    s.reported(), s.speaker(), s.links(), s.whole(), s.components()));
        return main.withSentences(sentences.stream().map(s -> renumbered.get(s.span())).toList())
                .withMentions(mentions).withStatements(numbered);
    }
}
