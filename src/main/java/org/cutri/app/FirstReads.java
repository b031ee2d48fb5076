package org.cutri.app;

import java.util.List;
import java.util.Optional;

import org.cutri.commune.CommuneProfile;
import org.cutri.constituency.Constituency;
import org.cutri.hamlet.Hamlet;
import org.cutri.office.OfficeKind;

/**
 * What the window's first frame shows, read on the opening's thread while the toolkit starts: the commune's
 * profile (the title), the kind of office (the sidebar), the hamlets and the commune's constituencies (the first
 * screen). The window shows them at once instead of reading them again on the worker, so the frame that shows the
 * window's data already shows the commune and the hamlets' rows (docs/decisions/0055). Given once to the window that
 * attaches the data: any later screen reads the data as it is then.
 */
record FirstReads(Optional<CommuneProfile> profile, OfficeKind office, List<Hamlet> hamlets,
        List<Constituency> constituencies) {

    FirstReads {
        hamlets = List.copyOf(hamlets);
        constituencies = List.copyOf(constituencies);
    }
}
