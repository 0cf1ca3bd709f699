package org.policykg.extract.stages;

import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;

/** Month and day as a pattern's groups give them: a number or an English month name (full or abbreviated). */
final class Dates {
    private Dates() {}

    static MonthDay monthDay(String month, String day) {
        if (month == null || day == null)
            return null;
        try {
            return MonthDay.of(month(month), Integer.parseInt(day.strip()));
        } catch (DateTimeException | NumberFormatException ex) {
            return null;
        }
    }

    private static int month(String m) {
        String s = m.strip().replace(".", "");
        if (s.chars().allMatch(Character::isDigit))
            return Integer.parseInt(s);
        String up = s.toUpperCase(Locale.ROOT);
        for (Month month : Month.values())
            if (up.length() >= 3 && month.name().startsWith(up))
                return month.getValue();
        throw new NumberFormatException(m);
    }
}
