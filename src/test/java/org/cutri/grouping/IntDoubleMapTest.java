package org.cutri.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The clustering's primitive map behaves as the {@code HashMap<Integer, Double>} it replaced. */
class IntDoubleMapTest {

    @Test
    void putAddAndRemoveAgreeWithAHashMapOverManyMixedChanges() {
        Random random = new Random(7);
        IntDoubleMap map = new IntDoubleMap();
        Map<Integer, Double> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            // few keys, so runs of colliding keys form, grow and are removed from the middle
            int key = random.nextInt(step < 100_000 ? 300 : 5_000);
            double value = random.nextDouble();
            switch (random.nextInt(4)) {
                case 0 -> {
                    map.put(key, value);
                    expected.put(key, value);
                }
                case 1 -> {
                    map.add(key, value);
                    expected.merge(key, value, Double::sum);
                }
                default -> {
                    map.remove(key);
                    expected.remove(key);
                }
            }
            if (step % 10_000 == 0) {
                assertSame(map, expected);
            }
        }
        assertSame(map, expected);
    }

    @Test
    void aMissingKeyGivesTheAbsentValueAndRemovingItChangesNothing() {
        IntDoubleMap map = new IntDoubleMap();
        map.put(3, 0.5);
        map.remove(4);
        assertThat(map.get(4, -1)).isEqualTo(-1);
        assertThat(map.get(3, -1)).isEqualTo(0.5);
        assertThat(map.size()).isEqualTo(1);
    }

    private static void assertSame(IntDoubleMap map, Map<Integer, Double> expected) {
        Map<Integer, Double> seen = new HashMap<>();
        map.forEach(seen::put);
        assertThat(seen).isEqualTo(expected);
        assertThat(map.size()).isEqualTo(expected.size());
        for (Map.Entry<Integer, Double> e : expected.entrySet()) {
            assertThat(map.get(e.getKey(), Double.NaN)).isEqualTo(e.getValue());
        }
    }
}
