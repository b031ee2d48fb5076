package org.cutri.report;

import java.util.List;

/**
 * What a province office compiles: sets of the communes' rounds, each with its group work. The province
 * implements it over its imported packages; the report only compiles what it is given.
 */
public interface ProvinceCompilations {

    /** Nothing to compile (a commune office, or tests that need no province). */
    ProvinceCompilations NONE = List::of;

    /** A set of communes' rounds compiled together, as the report screen offers it. */
    record Compilation(String label, GroupWork work) {
    }

    /** The sets, newest first. */
    List<Compilation> list();
}
