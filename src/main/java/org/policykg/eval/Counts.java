package org.policykg.eval;

/** True positives, false positives and false negatives of one measure, and the figures they give. */
public record Counts(int tp, int fp, int fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) { return new Counts(tp + o.tp, fp + o.fp, fn + o.fn); }

    /** Null when nothing was extracted (precision is undefined, not zero). */
    public Double precision() { return tp + fp == 0 ? null : (double) tp / (tp + fp); }

    /** Null when the gold lists nothing. */
    public Double recall() { return tp + fn == 0 ? null : (double) tp / (tp + fn); }

    public Double f1() {
        Double p = precision(), r = recall();
        if (p == null || r == null)
            return null;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public boolean isEmpty() { return tp == 0 && fp == 0 && fn == 0; }
}
