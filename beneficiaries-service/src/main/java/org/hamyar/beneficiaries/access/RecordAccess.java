package org.hamyar.beneficiaries.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.coordination.repository.CoordinationAgreementRepository;

/** Who may see a record, from the agreements projection: {@link Access} with the reader's data-sharing partners. */
@ApplicationScoped
public class RecordAccess {

    private final CoordinationAgreementRepository agreements;

    RecordAccess(CoordinationAgreementRepository agreements) {
        this.agreements = agreements;
    }

    /** How the reader may see a record that these organisations registered. */
    public Access of(Actor reader, Collection<UUID> registrants) {
        return Access.of(reader, registrants, partners(reader));
    }

    /**
     * The organisations an ACTIVE data-sharing agreement joins the reader's organisation to. Staff
     * read for their organisation (403 {@code no-organization} when the token names none); an
     * auditor may have none (though a read that goes to the read log names the reader's organisation).
     */
    public Set<UUID> partners(Actor reader) {
        if (reader.auditsNetwork() && reader.organizationIfAny().isEmpty()) {
            return Set.of();
        }
        return agreements.dataSharingPartners(reader.organization());
    }
}
