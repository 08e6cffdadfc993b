package org.hamyar.beneficiaries.imports;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** No such import, or one of another organisation: the two look the same (docs/product.md §2). */
public final class ImportNotFound extends DomainProblem {

    public ImportNotFound(UUID id) {
        super(404, "import-not-found", "Import not found", "There is no import {0} that you may see", id);
    }
}
