package org.cutri.common;

import java.util.function.Supplier;

/**
 * A value made on its first use and kept: for parts of the composition root that the start does not
 * need (the exchange package's JSON mapper costs half a second of class loading). Safe across threads;
 * the value is made once.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    private Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    public static <T> Lazy<T> of(Supplier<T> maker) {
        return new Lazy<>(maker);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = maker.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
