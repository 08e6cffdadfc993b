package org.hamyar.agreements.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hamyar.standards.NationalId;
import org.hamyar.standards.PersianText;
import org.hamyar.standards.Provinces;

/** A member of the network: a welfare office, relief committee, endowment directorate, NGO, … */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private UUID id;
    private String nameFa;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private OrganizationType type;
    @Enumerated(EnumType.STRING)
    private OrganizationLevel level;
    private String provinceCode;
    private String county;
    @Column(name = "parent_id")
    private UUID parentId;
    private String nationalId;
    private String searchText;
    @Enumerated(EnumType.STRING)
    private Grade currentGrade;
    private LocalDate currentGradeOn;
    private UUID currentGradeBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long lockVersion;

    protected Organization() {
    }

    /** A new organisation; {@code details} must have passed {@link OrganizationRules}. */
    public static Organization register(UUID id, OrganizationDetails details, Instant now) {
        var organization = new Organization();
        organization.id = id;
        organization.createdAt = now;
        organization.apply(details, now);
        return organization;
    }

    public void update(OrganizationDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(OrganizationDetails details, Instant now) {
        nameFa = details.nameFa().strip();
        nameEn = blankToNull(details.nameEn());
        type = details.type();
        level = details.level();
        provinceCode = Provinces.byCode(details.provinceCode()).map(p -> p.code()).orElse(null);
        county = blankToNull(details.county());
        parentId = details.parentOrganizationId();
        nationalId = NationalId.normalize(details.nationalId()).orElse(null);
        searchText = searchTextOf(nameFa, nameEn);
        updatedAt = now;
    }

    /**
     * Records an assessment's grade when it is the latest: an assessment entered late for an
     * earlier date joins the history without replacing a newer grade.
     */
    public void recordGrade(Grade grade, LocalDate assessedOn, UUID assessingOrganization, Instant now) {
        if (currentGradeOn == null || !assessedOn.isBefore(currentGradeOn)) {
            currentGrade = grade;
            currentGradeOn = assessedOn;
            currentGradeBy = assessingOrganization;
            updatedAt = now;
        }
    }

    /**
     * The text the search matches: both names normalised, each also without spaces, so that
     * "محمدرضا" finds "محمد رضا" and an Arabic keyboard's "كميته" finds "کمیته".
     */
    static String searchTextOf(String nameFa, String nameEn) {
        var text = new StringBuilder(PersianText.normalize(nameFa)).append(' ').append(PersianText.compact(nameFa));
        if (nameEn != null) {
            text.append(' ').append(PersianText.normalize(nameEn));
        }
        return text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() {
        return id;
    }

    public String nameFa() {
        return nameFa;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrganizationType type() {
        return type;
    }

    public OrganizationLevel level() {
        return level;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String county() {
        return county;
    }

    public UUID parentId() {
        return parentId;
    }

    public String nationalId() {
        return nationalId;
    }

    public Grade currentGrade() {
        return currentGrade;
    }

    public LocalDate currentGradeOn() {
        return currentGradeOn;
    }

    public UUID currentGradeBy() {
        return currentGradeBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long lockVersion() {
        return lockVersion;
    }
}
