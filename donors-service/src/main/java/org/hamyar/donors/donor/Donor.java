package org.hamyar.donors.donor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A donor (kheyer): a person or an organisation that gives, optionally a member of a donors'
 * assembly, optionally tied to the Keycloak user who signs in as it ({@code username}).
 */
@Entity
@Table(name = "donor")
public class Donor {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DonorKind kind;

    @Column(nullable = false)
    private String identifier;

    @Column(name = "name_fa", nullable = false)
    private String nameFa;

    private String phone;

    private String email;

    @Column(name = "province_code")
    private String provinceCode;

    private String county;

    @Column(name = "assembly_organization_id")
    private UUID assemblyOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assembly_level")
    private AssemblyLevel assemblyLevel;

    private String username;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Donor() {
        // for Hibernate
    }

    public Donor(UUID id, DonorKind kind, String identifier, DonorDetails details, String registeredBy, Instant at) {
        this.id = id;
        this.kind = kind;
        this.identifier = identifier;
        this.registeredBy = registeredBy;
        this.registeredAt = at;
        update(details, at);
    }

    public final void update(DonorDetails details, Instant at) {
        this.nameFa = details.nameFa();
        this.phone = details.phone();
        this.email = details.email();
        this.provinceCode = details.provinceCode();
        this.county = details.county();
        this.assemblyOrganizationId = details.assemblyOrganizationId();
        this.assemblyLevel = details.assemblyLevel();
        this.username = details.username();
        this.updatedAt = at;
    }

    public DonorDetails details() {
        return new DonorDetails(nameFa, phone, email, provinceCode, county, assemblyOrganizationId, assemblyLevel, username);
    }

    public UUID id() {
        return id;
    }

    public DonorKind kind() {
        return kind;
    }

    public String identifier() {
        return identifier;
    }

    public UUID assemblyOrganizationId() {
        return assemblyOrganizationId;
    }

    public String username() {
        return username;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
