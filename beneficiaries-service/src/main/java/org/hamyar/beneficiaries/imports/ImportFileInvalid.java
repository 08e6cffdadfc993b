package org.hamyar.beneficiaries.imports;

/** The file as a whole cannot be imported: its header, its encoding, or no rows at all. Nothing is queued. */
public final class ImportFileInvalid extends org.hamyar.api.problem.DomainProblem {

    public ImportFileInvalid() {
        super(400, "import-file-invalid", "Import file invalid",
                "The file cannot be imported as a whole; errors name the header cells or the body");
    }
}
