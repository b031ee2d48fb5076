package org.cutri.province;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.exchange.ExportedPackage;
import org.cutri.exchange.PackageWriter;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;

/** Packages made the real way: a commune's data folder with the demo commune, one package per round. */
public final class CommunePackages {

    /** The files written and how many opinions they hold in all. */
    public record Made(List<Path> files, int opinions) {
    }

    private CommunePackages() {
    }

    /**
     * Loads the demo commune into a new data folder (renamed when a name is given, so that its code differs),
     * exports every round and writes the packages into {@code out}.
     */
    public static Made write(Path dataFolder, Path out, String communeName) {
        try (AppContext commune = TestContexts.open(dataFolder)) {
            commune.demo().load(false);
            if (communeName != null) {
                CommuneProfile p = commune.commune().profile().orElseThrow();
                commune.commune().save(new CommuneProfile(communeName, p.provinceName(), p.placeName(),
                        p.headerLine1(), p.headerLine2(), p.headerLine3(), p.symbolCode(), p.chairName(),
                        p.viceChairNames(), p.secretaryName()));
            }
            List<Path> files = new ArrayList<>();
            int opinions = 0;
            for (ContactRound round : commune.rounds().list()) {
                ExportedPackage pkg = commune.packageExporter().export(round.id(), false, List.of());
                files.add(commune.packageWriter().writeToFolder(pkg, out, PackageWriter.Progress.NONE));
                opinions += pkg.manifest().counts().opinions();
            }
            return new Made(files, opinions);
        }
    }
}
