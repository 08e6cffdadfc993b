package org.hamyar.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    @ParameterizedTest
    @CsvSource({
            "/api/organizations, AGREEMENTS",
            "/api/organizations/0a000000-0000-4000-8000-000000000005, AGREEMENTS",
            "/api/agreements/1/sign, AGREEMENTS",
            "/api/calendar, AGREEMENTS",
            "/api/agreements-admin/dead-letters, AGREEMENTS",
            "/api/persons, BENEFICIARIES",
            "/api/households/7/members, BENEFICIARIES",
            "/api/enrolments, BENEFICIARIES",
            "/api/aid, BENEFICIARIES",
            "/api/aid-checks, BENEFICIARIES",
            "/api/duplicates, BENEFICIARIES",
            "/api/referrals/3, BENEFICIARIES",
            "/api/imports, BENEFICIARIES",
            "/api/overlaps, BENEFICIARIES",
            "/api/audit, BENEFICIARIES",
            "/api/beneficiaries-admin/dead-letters/7/replay, BENEFICIARIES",
            "/api/donors, DONORS",
            "/api/endowments, DONORS",
            "/api/funds/2/ledger, DONORS",
            "/api/donations, DONORS",
            "/api/allocations, DONORS",
            "/api/donors-admin/outbox-failures, DONORS"})
    void eachPrefixOfSpecSection6GoesToItsService(String path, DownstreamService service) {
        assertThat(RouteTable.serviceFor(path)).contains(service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/mobile/me", "/api/aidx", "/api/person", "/api", "/api/", "/q/health",
            "/apis/persons", "/organizations",
            "/api/admin/dead-letters", "/api/gateway-admin"})
    void otherPathsBelongToNoService(String path) {
        assertThat(RouteTable.serviceFor(path)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/api/persons/1, persons", "/api/mobile, mobile", "/api/, ''"})
    void theFirstSegmentIsTheOneAfterApi(String path, String segment) {
        assertThat(RouteTable.firstSegment(path)).isEqualTo(segment);
    }
}
