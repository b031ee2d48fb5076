package org.cutri.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a screen gets a file the user picks: the system's file chooser in the program, a prepared file in
 * the window tests (the system's chooser cannot be driven there).
 */
@FunctionalInterface
public interface FileSource {

    /** The file picked, or empty when the user cancelled. */
    Optional<Path> choose(Window owner);

    /** The system's "Open" file chooser with one filter ("Tệp Excel (*.xlsx)", "*.xlsx"). */
    static FileSource openDialog(String title, String filterText, List<String> patterns) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, patterns));
            File chosen = chooser.showOpenDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
