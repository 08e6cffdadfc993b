package org.hamyar.donors.fund;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProgrammeAgreementRepository implements PanacheRepositoryBase<ProgrammeAgreement, UUID> {
}
