package org.cutri.person;

import java.util.List;

/** What an erase did: how many places lost the name, and the places kept because only correcting is allowed. */
public record EraseResult(int erased, List<PersonPlace> kept) {

    public EraseResult {
        kept = List.copyOf(kept);
    }
}
