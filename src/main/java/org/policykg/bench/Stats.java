package org.policykg.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and percentiles of measurements. */
final class Stats {
    private Stats() {}

    static double median(List<Double> values) {
        if (values.isEmpty())
            return Double.NaN;
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The p-th percentile (0..100) of sorted values, nearest rank. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0)
            return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
