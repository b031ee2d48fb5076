package org.cutri.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a screen asks the user for the file to save to: the system's "Save" chooser in the program, a prepared
 * path in the window tests (the system's chooser cannot be driven there).
 */
@FunctionalInterface
public interface SaveDialog {

    /** A kind of file offered: its words in the chooser ("Tệp Word (*.docx)") and its extension ("docx"). */
    record Kind(String text, String extension) {
    }

    /**
     * The file chosen, ending in the extension of one of the kinds (the chosen kind's is added when the user
     * typed none: some choosers drop it); empty when the user cancelled.
     */
    Optional<Path> choose(Window owner, String title, String initialName, List<Kind> kinds);

    /** The system's chooser; it opens in the folder chosen last time. */
    static SaveDialog system() {
        File[] lastFolder = new File[1];
        return (owner, title, initialName, kinds) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(initialName);
            for (Kind kind : kinds) {
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.text(), "*." + kind.extension()));
            }
            if (lastFolder[0] != null && lastFolder[0].isDirectory()) {
                chooser.setInitialDirectory(lastFolder[0]);
            }
            File chosen = chooser.showSaveDialog(owner);
            if (chosen == null) {
                return Optional.empty();
            }
            lastFolder[0] = chosen.getParentFile();
            FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
            String wanted = filter == null || filter.getExtensions().isEmpty() ? kinds.get(0).extension()
                    : filter.getExtensions().get(0).substring(2);
            return Optional.of(withExtension(chosen.toPath(), kinds, wanted));
        };
    }

    /** The path as typed if it ends in one of the kinds' extensions, else with {@code wanted} added. */
    static Path withExtension(Path file, List<Kind> kinds, String wanted) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Kind kind : kinds) {
            if (name.endsWith("." + kind.extension())) {
                return file;
            }
        }
        return file.resolveSibling(file.getFileName() + "." + wanted);
    }
}
