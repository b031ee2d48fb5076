package org.cutri.grouping;

import java.util.Arrays;

/**
 * A map from cluster numbers (ints ≥ 0) to similarity sums (doubles) without boxing: open addressing with
 * linear probing. The clustering of a big round keeps one per opinion, several million entries in all; as
 * {@code HashMap<Integer, Double>} they were most of the garbage collector's work while grouping 25,000
 * opinions (docs/benchmarks.md, responsiveness; docs/decisions/0017).
 */
final class IntDoubleMap {

    private static final int FREE = -1;

    private int[] keys;
    private double[] values;
    private int size;

    IntDoubleMap() {
        keys = new int[4];
        values = new double[4];
        Arrays.fill(keys, FREE);
    }

    int size() {
        return size;
    }

    /** The value stored for this key, or {@code absent}. */
    double get(int key, double absent) {
        int slot = find(key);
        return keys[slot] == key ? values[slot] : absent;
    }

    void put(int key, double value) {
        int slot = find(key);
        if (keys[slot] != key) {
            keys[slot] = key;
            size++;
            if (size * 4 > keys.length * 3) {
                values[slot] = value;
                grow();
                return;
            }
        }
        values[slot] = value;
    }

    /** Adds to the value stored for this key (a missing key counts as no value: the sum is {@code value}). */
    void add(int key, double value) {
        int slot = find(key);
        if (keys[slot] == key) {
            values[slot] += value;
        } else {
            put(key, value);
        }
    }

    void remove(int key) {
        int slot = find(key);
        if (keys[slot] != key) {
            return;
        }
        keys[slot] = FREE;
        size--;
        // shift back the entries of the same run that probed past the freed slot
        int mask = keys.length - 1;
        int next = (slot + 1) & mask;
        while (keys[next] != FREE) {
            int home = hash(keys[next]) & mask;
            boolean movable = slot <= next ? home <= slot || home > next : home <= slot && home > next;
            if (movable) {
                keys[slot] = keys[next];
                values[slot] = values[next];
                keys[next] = FREE;
                slot = next;
            }
            next = (next + 1) & mask;
        }
    }

    /** Calls the action for each entry; the map must not change meanwhile. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    /** One entry of the map. */
    @FunctionalInterface
    interface Entry {
        void accept(int key, double value);
    }

    private int find(int key) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
