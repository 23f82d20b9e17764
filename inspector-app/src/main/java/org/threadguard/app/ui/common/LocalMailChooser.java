package org.threadguard.app.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file and folder choosers for opening local mail, shared by the start screen and the main window. */
public final class LocalMailChooser {
    private LocalMailChooser() {
    }

    /** A folder of .eml files or a Maildir. */
    public static Optional<Path> chooseFolder(Window owner, I18n i18n) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("start.local.folderTitle"));
        File dir = chooser.showDialog(owner);
        return Optional.ofNullable(dir).map(File::toPath);
    }

    /** One .eml or mbox file. */
    public static Optional<Path> chooseFile(Window owner, I18n i18n) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("start.local.fileTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("start.local.filter"), "*.eml", "*.mbox", "*.mbx", "*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
