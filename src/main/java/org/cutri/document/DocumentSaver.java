package org.cutri.document;

import java.nio.file.Path;

import org.cutri.common.task.TaskMonitor;

/**
 * Writes a document to a file on a worker, stopping once the monitor is cancelled: {@link DocumentFiles#save}
 * in the program (a stopped or failed save leaves no file behind and an older file of that name as it was);
 * tests hold it half-way to press "Dừng".
 */
@FunctionalInterface
public interface DocumentSaver {

    DocumentSaver FILES = DocumentFiles::save;

    void save(OfficialDocument document, Path target, TaskMonitor monitor);
}
