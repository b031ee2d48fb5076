package org.cutri.grouping;

import java.util.Arrays;

/**
 * The clustering's candidate merges, best first: a binary heap over primitive arrays (average similarity,
 * the two cluster numbers, their versions when the entry was made). Ordered by average (highest first),
 * then by the smaller cluster number, then by the larger, as the {@code PriorityQueue<double[]>} it
 * replaces: a big round makes millions of entries, which as small arrays kept the garbage collector busy.
 */
final class MergeQueue {

    private double[] average = new double[64];
    private int[] low = new int[64];
    private int[] high = new int[64];
    private int[] lowVersion = new int[64];
    private int[] highVersion = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void add(double similarity, int lo, int hi, int loVersion, int hiVersion) {
        if (size == average.length) {
            int capacity = size * 2;
            average = Arrays.copyOf(average, capacity);
            low = Arrays.copyOf(low, capacity);
            high = Arrays.copyOf(high, capacity);
            lowVersion = Arrays.copyOf(lowVersion, capacity);
            highVersion = Arrays.copyOf(highVersion, capacity);
        }
        set(size, similarity, lo, hi, loVersion, hiVersion);
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(at, parent)) {
                break;
            }
            swap(at, parent);
            at = parent;
        }
    }

    /** The best entry's fields, read before {@link #removeTop()}. */
    double topAverage() {
        return average[0];
    }

    int topLow() {
        return low[0];
    }

    int topHigh() {
        return high[0];
    }

    int topLowVersion() {
        return lowVersion[0];
    }

    int topHighVersion() {
        return highVersion[0];
    }

    void removeTop() {
        size--;
        if (size == 0) {
            return;
        }
        set(0, average[size], low[size], high[size], lowVersion[size], highVersion[size]);
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                break;
            }
            int right = left + 1;
            int best = right < size && before(right, left) ? right : left;
            if (!before(best, at)) {
                break;
            }
            swap(at, best);
            at = best;
        }
    }

    private boolean before(int x, int y) {
        int c = Double.compare(average[y], average[x]);
        if (c != 0) {
            return c < 0;
        }
        c = Integer.compare(low[x], low[y]);
        return c != 0 ? c < 0 : high[x] < high[y];
    }

    private void set(int at, double similarity, int lo, int hi, int loVersion, int hiVersion) {
        average[at] = similarity;
        low[at] = lo;
        high[at] = hi;
        lowVersion[at] = loVersion;
        highVersion[at] = hiVersion;
    }

    private void swap(int x, int y) {
        double a = average[x];
        int l = low[x];
        int h = high[x];
        int lv = lowVersion[x];
        int hv = highVersion[x];
        set(x, average[y], low[y], high[y], lowVersion[y], highVersion[y]);
        set(y, a, l, h, lv, hv);
    }
}
