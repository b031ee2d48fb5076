package org.cutri.province;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.exchange.ExportedPackage;
import org.cutri.exchange.PackageReader;
import org.cutri.exchange.PackageWriter;
import org.cutri.exchange.ReadPackage;
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;

/** Packages made the real way: a commune's data folder with the demo commune, one package per round. */
public final class CommunePackages {

    /**
     * The files written and what they hold in all.
     *
     * @param groups the same-issue groups the commune accepted and sent (groups.json)
     */
    public record Made(List<Path> files, int opinions, int groups) {
    }

    private CommunePackages() {
    }

    /**
     * The province trusts the keys that signed these packages, as if the user had compared each commune's
     * fingerprint with its first package: for tests of what comes after the trust.
     */
    public static void trust(AppContext province, List<Path> files) {
        for (Path file : files) {
            ReadPackage p = new PackageReader().read(file);
            province.trustedKeys().trustFirst(p.communeCode(), p.signerKeyBase64());
        }
    }

    /**
     * Loads the demo commune into a new data folder (renamed when a name is given, so that its code differs),
     * exports every round and writes the packages into {@code out}.
     */
    public static Made write(Path dataFolder, Path out, String communeName) {
        return write(dataFolder, out, communeName, 0);
    }

    /**
     * As {@link #write(Path, Path, String)}, the commune first accepting {@code groupsPerRound} same-issue groups
     * in each round (the first approved opinions, two or three to a group), so that the packages carry them.
     */
    public static Made write(Path dataFolder, Path out, String communeName, int groupsPerRound) {
        try (AppContext commune = TestContexts.openCommune(dataFolder)) {
            commune.demo().load(false);
            if (communeName != null) {
                CommuneProfile p = commune.commune().profile().orElseThrow();
                commune.commune().save(new CommuneProfile(communeName, p.provinceName(), p.placeName(),
                        p.headerLine1(), p.headerLine2(), p.headerLine3(), p.symbolCode(), p.chairName(),
                        p.viceChairNames(), p.secretaryName()));
            }
            List<Path> files = new ArrayList<>();
            int opinions = 0;
            int groups = 0;
            for (ContactRound round : commune.rounds().list()) {
                List<Integer> approved = commune.opinions().listItems(round.id()).stream()
                        .filter(OpinionListItem::approved).map(OpinionListItem::id).toList();
                int next = 0;
                for (int g = 0; g < groupsPerRound; g++) {
                    int size = 2 + g % 2;
                    commune.groups().accept(round.id(), approved.subList(next, next + size),
                            "Nhóm " + (g + 1) + " của " + round.name());
                    next += size;
                }
                ExportedPackage pkg = commune.packageExporter().export(round.id(), false, List.of());
                files.add(commune.packageWriter().writeToFolder(pkg, out, PackageWriter.Progress.NONE));
                opinions += pkg.manifest().counts().opinions();
                groups += pkg.manifest().counts().groups();
            }
            return new Made(files, opinions, groups);
        }
    }
}
