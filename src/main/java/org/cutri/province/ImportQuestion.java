package org.cutri.province;

import org.cutri.common.UserException;

/**
 * A package the importer does not take alone, and what the user may decide about it
 * ({@link PackageImportSummary.Question}).
 */
class ImportQuestion extends UserException {

    private static final long serialVersionUID = 1L;

    private final transient PackageImportSummary.Question question;

    ImportQuestion(PackageImportSummary.Question question, String key, Object... args) {
        super(key, args);
        this.question = question;
    }

    PackageImportSummary.Question question() {
        return question;
    }
}
