package org.hamyar.beneficiaries.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

import org.hamyar.standards.PersianText;

/**
 * The default {@link ImportDuplicates}: a person the importing organisation itself registered
 * with the same normalised first name, last name, father's name and birth date under another
 * national code. One query per chunk on {@code person_registration (organization_id,
 * last_name_normalized, birth_date, first_name_normalized)}. Another agency's persons are not looked at: naming one would
 * tell the organisation that agency holds them (docs/product.md §2).
 */
@ApplicationScoped
@DefaultBean
public class ExactImportDuplicates implements ImportDuplicates {

    private static final String SAME_IDENTITY = """
            select r.person_id, r.first_name_normalized, r.last_name_normalized, r.father_name_normalized, r.birth_date
            from person_registration r
            join (select distinct * from unnest(?::text[], ?::text[]::date[], ?::text[]) as u(last_name, birth_date, first_name)) as k
              on r.last_name_normalized = k.last_name and r.birth_date = k.birth_date and r.first_name_normalized = k.first_name
            where r.organization_id = ?""";

    @Override
    public Found probableDuplicates(Connection connection, UUID organization, List<Candidate> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return Found.of(Map.of());
        }
        Map<String, List<UUID>> known = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SAME_IDENTITY)) {
            query.setArray(1, connection.createArrayOf("text",
                    rows.stream().map(c -> PersianText.normalize(c.row().person().lastName())).toArray()));
            query.setArray(2, connection.createArrayOf("text",
                    rows.stream().map(c -> c.row().person().birthDate().toString()).toArray()));
            query.setArray(3, connection.createArrayOf("text",
                    rows.stream().map(c -> PersianText.normalize(c.row().person().firstName())).toArray()));
            query.setObject(4, organization);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    String key = key(found.getString(2), found.getString(3), found.getString(4), found.getString(5));
                    known.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(found.getObject(1, UUID.class));
                }
            }
        }
        Map<Integer, UUID> duplicates = new HashMap<>();
        for (Candidate candidate : rows) {
            var p = candidate.row().person();
            String key = key(PersianText.normalize(p.firstName()), PersianText.normalize(p.lastName()),
                    p.fatherName() == null ? null : PersianText.normalize(p.fatherName()), p.birthDate().toString());
            known.getOrDefault(key, List.of()).stream()
                    .filter(id -> !Objects.equals(id, candidate.existingPersonId()))
                    .findFirst()
                    .ifPresent(id -> duplicates.put(candidate.row().line(), id));
        }
        return Found.of(duplicates);
    }

    private static String key(String first, String last, String father, String birthDate) {
        return first + '|' + last + '|' + (father == null ? "" : father) + '|' + birthDate;
    }
}
