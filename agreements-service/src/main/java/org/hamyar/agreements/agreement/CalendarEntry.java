package org.hamyar.agreements.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An entry of an agreement's joint executive calendar: a festival, a campaign, a meeting. */
@Entity
@Table(name = "calendar_entry")
public class CalendarEntry {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;
    private int position;
    private String title;
    @Enumerated(EnumType.STRING)
    private CalendarKind kind;
    private LocalDate startDate;
    private LocalDate endDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> provinces;
    private String description;

    protected CalendarEntry() {
    }

    public CalendarEntry(Agreement agreement, UUID id) {
        this.agreement = agreement;
        this.id = id;
    }

    /** @param provinces canonical province codes: the entry's own, else the agreement's */
    public void apply(Terms.CalendarEntry terms, int position, List<String> provinces) {
        this.position = position;
        this.title = terms.title().strip();
        this.kind = terms.kind();
        this.startDate = terms.startDate();
        this.endDate = terms.lastDay();
        this.provinces = List.copyOf(provinces);
        this.description = terms.description();
    }

    public Terms.CalendarEntry terms() {
        return new Terms.CalendarEntry(id, title, kind, startDate, endDate, provinces, description);
    }

    public UUID id() {
        return id;
    }

    public Agreement agreement() {
        return agreement;
    }

    public String title() {
        return title;
    }

    public CalendarKind kind() {
        return kind;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public List<String> provinces() {
        return provinces;
    }

    public String description() {
        return description;
    }
}
