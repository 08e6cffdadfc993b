package org.hamyar.benchmarks.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamyar.benchmarks.registry.NationalDataset;

/**
 * The ceiling of the grant figure: {@code pgbench} running the SQL a grant of a monthly stipend
 * sends (docs/benchmarks.md), in one transaction per grant, on the same database and data: the
 * household's row locked, the present members' memberships read, the overlap check's candidate
 * query, the aid row and its outbox row inserted.
 */
final class PgBench {

    /** One grant; {@code :h} a household, {@code :m} a month from January 2031 on, as the HTTP grants choose them. */
    static final String GRANT = """
            \\set h random(0, :households - 1)
            \\set m random(0, 1199)
            BEGIN;
            SELECT id FROM household WHERE id = any(array[('0b200000-0000-4000-8000-' || lpad(to_hex(:h), 12, '0'))::uuid]) ORDER BY id FOR UPDATE;
            SELECT o.* FROM household_membership o WHERE o.person_id IN (SELECT c.person_id FROM household_membership c WHERE c.household_id = ('0b200000-0000-4000-8000-' || lpad(to_hex(:h), 12, '0'))::uuid AND c.valid_to IS NULL) ORDER BY o.valid_from, o.id;
            SELECT a.* FROM aid a WHERE a.household_id = any(array[('0b200000-0000-4000-8000-' || lpad(to_hex(:h), 12, '0'))::uuid]) AND a.category = 'MONTHLY_STIPEND' AND a.status <> 'REVOKED' AND a.period_start <= (date '2031-01-01' + make_interval(months => :m) + interval '58 days')::date AND coalesce(a.period_end, a.period_start) >= (date '2031-01-01' + make_interval(months => :m) - interval '31 days')::date UNION ALL SELECT a.* FROM aid a WHERE a.person_id = any(array(SELECT c.person_id FROM household_membership c WHERE c.household_id = ('0b200000-0000-4000-8000-' || lpad(to_hex(:h), 12, '0'))::uuid AND c.valid_to IS NULL)) AND a.household_id IS NULL AND a.category = 'MONTHLY_STIPEND' AND a.status <> 'REVOKED' AND a.period_start <= (date '2031-01-01' + make_interval(months => :m) + interval '58 days')::date AND coalesce(a.period_end, a.period_start) >= (date '2031-01-01' + make_interval(months => :m) - interval '31 days')::date;
            INSERT INTO aid (id, household_id, category, amount_rials, quantity, period_start, period_end, provider_organization_id, status, province_code, county, rural, overlap_warnings, recorded_by, recorded_at) SELECT gen_random_uuid(), h.id, 'MONTHLY_STIPEND', 30000000, 1, (date '2031-01-01' + make_interval(months => :m))::date, (date '2031-01-01' + make_interval(months => :m) + interval '27 days')::date, '0a000000-0000-4000-8000-000000000005', 'DELIVERED', h.province_code, h.county, h.rural, 0, 'pgbench', now() FROM household h WHERE h.id = ('0b200000-0000-4000-8000-' || lpad(to_hex(:h), 12, '0'))::uuid;
            INSERT INTO outbox_event (id, topic, ce_type, ce_source, aggregate_id, occurred_at, payload) VALUES (gen_random_uuid(), 'bench.pgbench', 'org.hamyar.beneficiaries.AidGranted', '/beneficiaries-service', ('0b200000-0000-4000-8000-' || lpad(to_hex(:h), 12, '0')), now(), '{"aidId":"00000000-0000-4000-8000-000000000000","householdId":"0b200000-0000-4000-8000-000000000000","category":"MONTHLY_STIPEND","amountRials":30000000,"quantity":1,"periodStart":"2031-01-01","periodEnd":"2031-01-28","providerOrganizationId":"0a000000-0000-4000-8000-000000000005","status":"DELIVERED","provinceCode":"26","county":"قزوین","rural":false,"recordedAt":"2031-01-01T00:00:00Z"}');
            END;
            """;

    record Result(double tps, double latencyMillis, String output) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private PgBench() {
    }

    /** Runs the grant script with {@code clients} connections for {@code duration} against the local database. */
    static Result grants(String host, int port, String user, String password, String database, int households,
                         int clients, Duration duration, Path workDir) {
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("./hamyar bench loads localhost only, not " + host);
        }
        try {
            Files.createDirectories(workDir);
            Path script = workDir.resolve("pgbench-grant.sql");
            Files.writeString(script, GRANT);
            List<String> command = new ArrayList<>(List.of("pgbench", "-h", host, "-p", String.valueOf(port), "-U", user,
                    "-n", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(duration.toSeconds()),
                    "-D", "households=" + households, "-f", script.toString(), database));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (!password.isEmpty()) {
                builder.environment().put("PGPASSWORD", password);
            }
            Process process = builder.start();
            if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pgbench did not finish in " + (duration.toSeconds() + 60) + " s");
            }
            String out = new String(process.getInputStream().readAllBytes());
            Matcher tps = TPS.matcher(out);
            Matcher latency = LATENCY.matcher(out);
            if (process.exitValue() != 0 || !tps.find()) {
                throw new IllegalStateException("pgbench failed (exit " + process.exitValue() + "):\n" + out);
            }
            return new Result(Double.parseDouble(tps.group(1)), latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static int households(NationalDataset dataset) {
        return dataset.households();
    }
}
