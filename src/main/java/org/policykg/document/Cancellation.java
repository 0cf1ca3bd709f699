package org.policykg.document;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation of the work on a document: the batch runner interrupts a document's thread
 * when its time is up, and the work checks here (per sentence, per paragraph, inside long regular
 * expression matches) and stops by throwing, so an abandoned document really stops using a core.
 */
public final class Cancellation {
    private Cancellation() {}

    /** Throws when the current thread has been asked to stop. */
    public static void check() {
        if (Thread.currentThread().isInterrupted())
            throw new CancellationException("the document's time is up");
    }

    /**
     * The text as a char sequence that checks for cancellation as a regular expression reads it: Java's
     * regex engine never looks at interrupts itself, and one pathological match could run for minutes.
     */
    public static CharSequence checked(CharSequence text) {
        return new CharSequence() {
            private int reads;

            @Override public int length() { return text.length(); }

            @Override public char charAt(int index) {
                if ((++reads & 0xFFF) == 0)
                    check();
                return text.charAt(index);
            }

            @Override public CharSequence subSequence(int start, int end) { return checked(text.subSequence(start, end)); }

            @Override public String toString() { return text.toString(); }
        };
    }
}
