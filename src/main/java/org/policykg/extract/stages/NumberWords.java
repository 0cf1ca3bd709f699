package org.policykg.extract.stages;

import java.text.ParsePosition;
import java.util.Locale;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Numbers as names write them: "18th", "18", "eighteenth", "twenty-first", 十八, 二十. Words and Chinese numerals are read
 * and written by ICU's rule-based number formats, made on first use, so a text without them does not pay for them.
 */
final class NumberWords {
    private NumberWords() {}

    /** The formats are not safe for concurrent use: each thread has its own. */
    private static final ThreadLocal<RuleBasedNumberFormat> ENGLISH_ORDINAL_WORDS = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        f.setDefaultRuleSet("%spellout-ordinal");
        return f;
    });
    private static final ThreadLocal<RuleBasedNumberFormat> CHINESE =
            ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT));

    /**
     * The number a name writes, in digits (with or without an ordinal ending), in English ordinal words or in Chinese
     * numerals; -1 when it is none of these as a whole.
     */
    static int parse(String written) {
        String s = written.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty())
            return -1;
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits)))
            digits++;
        if (digits > 0) {
            String ending = s.substring(digits);
            return digits <= 3 && (ending.isEmpty() || ending.equals(ordinalEnding(Integer.parseInt(s.substring(0, digits)))))
                    ? Integer.parseInt(s.substring(0, digits)) : -1;
        }
        RuleBasedNumberFormat f = Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN
                ? CHINESE.get() : ENGLISH_ORDINAL_WORDS.get();
        ParsePosition at = new ParsePosition(0);
        Number n = f.parse(s, at);
        return n != null && at.getIndex() == s.length() && n.doubleValue() >= 1 && n.doubleValue() == Math.rint(n.doubleValue())
                ? n.intValue() : -1;
    }

    /**
     * "18th", "21st", "22nd". Written here, not by ICU's ordinal format: building that format takes a tenth of a second,
     * and the seed names its congress in digits on every fresh start of {@code up}.
     */
    static String ordinal(int n) {
        int tens = n % 100, units = n % 10;
        return n + (tens >= 11 && tens <= 13 ? "th" : units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th");
    }

    /** The number as a label of the language writes it: 十八 in Chinese, 18 otherwise. */
    static String number(int n, String language) { return language.equals("zh") ? CHINESE.get().format(n) : Integer.toString(n); }

    private static String ordinalEnding(int n) {
        String o = ordinal(n);
        return o.substring(Integer.toString(n).length());
    }
}
