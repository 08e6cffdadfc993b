package org.hamyar.donors.aid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.donors.PanachePages;
import org.hamyar.donors.aid.GrantedAid;
import org.hamyar.donors.aid.GrantedAidFilter;
import org.hamyar.donors.aid.GrantedAidVisibility;
import org.hamyar.donors.aid.repository.GrantedAidRepository;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.donors.aid.event.UnusableEventException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The aid the network granted: recorded from beneficiaries.events, read by auditors, admins and providers. */
@ApplicationScoped
public class GrantedAidService {

    private static final Logger LOG = Logger.getLogger(GrantedAidService.class);

    private final GrantedAidRepository repository;
    private final Clock clock;

    GrantedAidService(GrantedAidRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Records granted aid. Aid is recorded once: a second grant of the same aid (a producer that
     * published it twice under two event ids) changes nothing.
     *
     * @return whether a row was written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordGrant(AidGranted grant, UUID eventId) {
        if (repository.findByIdOptional(grant.aidId()).isPresent()) {
            LOG.infof("Aid %s is already recorded; event %s changes nothing", grant.aidId(), eventId);
            return false;
        }
        repository.persist(new GrantedAid(grant, eventId, clock.instant()));
        return true;
    }

    /**
     * Marks granted aid revoked.
     *
     * @return whether the row changed (false when it was already revoked)
     * @throws UnusableEventException when the aid was never recorded here: the revocation is kept
     *                                in the dead-letter topic rather than dropped
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordRevocation(AidRevoked revocation, UUID eventId) {
        GrantedAid aid = repository.findByIdOptional(revocation.aidId())
                .orElseThrow(() -> new UnusableEventException(
                        "aid " + revocation.aidId() + " was revoked but never recorded as granted"));
        return aid.revoke(revocation.revokedAt(), null, eventId, clock.instant());
    }

    /** The aid, when it exists and the actor may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GrantedAid> find(Actor actor, UUID aidId) {
        GrantedAidVisibility visibility = GrantedAidVisibility.of(actor);
        return repository.findByIdOptional(aidId).filter(visibility::sees);
    }

    /** A page of the aid the actor may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GrantedAid> list(Actor actor, GrantedAidFilter filter, PageRequest request) {
        Optional<GrantedAidFilter> visible = GrantedAidVisibility.of(actor).narrow(filter);
        if (visible.isEmpty()) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        return PanachePages.page(repository.matching(visible.get()), request);
    }
}
