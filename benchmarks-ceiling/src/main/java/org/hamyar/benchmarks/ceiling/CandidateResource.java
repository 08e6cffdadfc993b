package org.hamyar.benchmarks.ceiling;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.common.annotation.Blocking;

/**
 * The overlap check's candidate query of a household rule, as the beneficiaries-service's
 * {@code AidRepository.candidates} sends it (one range of {@code aid_household_category_start} per
 * household, one of {@code aid_person_category_start} per member), and nothing else: no token, no
 * household lookup, no rules. The highest rate the database and a Quarkus endpoint allow for the
 * check on this machine.
 */
@Path("/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CandidateResource {

    private static final String RANGE = " and a.category = ? and a.status <> 'REVOKED'"
            + " and a.period_start <= ? and coalesce(a.period_end, a.period_start) >= ?";
    private static final String SQL = "select a.* from aid a where a.household_id = any(cast(? as uuid[]))" + RANGE
            + " union all select a.* from aid a where a.person_id = any(cast(? as uuid[])) and a.household_id is null" + RANGE;

    /** A household rule's window: the households and members it reads, the category, the dates. */
    public record Window(List<UUID> households, List<UUID> members, String category, LocalDate to, LocalDate from) {
    }

    public record Candidates(int count) {
    }

    private final DataSource dataSource;

    CandidateResource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @POST
    @Blocking
    public Candidates candidates(Window window) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setArray(1, c.createArrayOf("uuid", window.households().toArray()));
            s.setString(2, window.category());
            s.setDate(3, Date.valueOf(window.to()));
            s.setDate(4, Date.valueOf(window.from()));
            s.setArray(5, c.createArrayOf("uuid", window.members().toArray()));
            s.setString(6, window.category());
            s.setDate(7, Date.valueOf(window.to()));
            s.setDate(8, Date.valueOf(window.from()));
            int count = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    count++;
                }
            }
            return new Candidates(count);
        }
    }
}
