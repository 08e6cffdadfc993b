package org.hamyar.beneficiaries.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hamyar.api.problem.DomainProblem;
import org.junit.jupiter.api.Test;

/** The plan of a file, decided before anything is written: plain Java, milliseconds. */
class ImportPlanTest {

    static final LocalDate TODAY = LocalDate.of(2025, 5, 10);

    private static ImportPlan plan(String body) {
        byte[] bytes = (RegistryCsv.HEADER + "\n" + body).getBytes(StandardCharsets.UTF_8);
        return ImportPlan.of(RegistryFile.read(bytes, 100).rows(TODAY));
    }

    @Test
    void aHouseholdWithoutAnImportedHeadRejectsItsMembersNamingTheHeadsRow() {
        ImportPlan plan = plan("""
                h,HEAD,0684159415,علی,کریمی,,1360-05-12,MALE,26,البرز,,,
                h,SPOUSE,0499370899,زهرا,کریمی,,1365-01-01,FEMALE,,,,,
                """);
        List<ImportPlan.PlannedRow> rows = plan.groups().getFirst().rows();
        assertThat(rows).allMatch(r -> r.outcome() == RowOutcome.REJECTED);
        assertThat(rows.get(1).reasons().getFirst().message()).contains("row 2");
    }

    @Test
    void twoHeadsRejectTheHouseholdAndRowsGroupByHouseholdWhereverTheyStand() {
        ImportPlan plan = plan("""
                a,HEAD,0499370899,علی,کریمی,,1360-05-12,MALE,26,البرز,,,
                b,HEAD,0790419904,رضا,کریمی,,1361-05-12,MALE,26,البرز,,,
                a,HEAD,0011537027,حسن,کریمی,,1362-05-12,MALE,26,البرز,,,
                """);
        assertThat(plan.groups()).extracting(ImportPlan.Group::key).containsExactly("a", "b");
        assertThat(plan.groups().getFirst().rows()).allMatch(r -> r.outcome() == RowOutcome.REJECTED
                && r.reasons().getFirst().code().equals("two-heads"));
        assertThat(plan.groups().get(1).head()).isNotNull();
    }

    @Test
    void chunksNeverSplitAHousehold() {
        ImportPlan plan = plan("""
                a,HEAD,0499370899,علی,کریمی,,1360-05-12,MALE,26,البرز,,,
                a,CHILD,0790419904,رضا,کریمی,,1390-05-12,MALE,,,,,
                b,HEAD,0011537027,حسن,کریمی,,1362-05-12,MALE,26,البرز,,,
                """);
        assertThat(plan.chunks(0, 1)).hasSize(2);
        assertThat(plan.chunks(0, 1).getFirst()).hasSize(1);
        assertThat(plan.chunks(1, 1000)).hasSize(1);
    }

    @Test
    void aFutureBirthDateAndAMemberAddressWithoutCountyNameTheirColumns() {
        ImportPlan plan = plan("""
                a,HEAD,0499370899,علی,کریمی,,1450-01-01,MALE,26,البرز,,,
                a,CHILD,0790419904,رضا,کریمی,,1390-05-12,MALE,IR-26,,,,
                """);
        assertThat(plan.groups().getFirst().rows().get(0).reasons()).extracting(RowReason::column).contains("birth_date");
        assertThat(plan.groups().getFirst().rows().get(1).reasons()).extracting(RowReason::column).contains("county");
    }

    @Test
    void moreRowsThanAllowedIs413() {
        StringBuilder body = new StringBuilder(RegistryCsv.HEADER).append('\n');
        for (int i = 0; i < 3; i++) {
            body.append("a,HEAD,0499370899,علی,کریمی,,1360-05-12,MALE,26,البرز,,,\n");
        }
        try {
            RegistryFile.read(body.toString().getBytes(StandardCharsets.UTF_8), 2);
        } catch (DomainProblem problem) {
            assertThat(problem.status()).isEqualTo(413);
            return;
        }
        throw new AssertionError("no 413");
    }
}
