package org.hamyar.beneficiaries.rest;

/** Request and response examples of the OpenAPI document. */
public final class ApiExamples {

    public static final String PERSON = """
            {"nationalCode": "0499370899", "firstName": "علی", "lastName": "کریمی", "fatherName": "حسین",
             "birthDate": "1360-05-12", "sex": "MALE", "phone": "09121234567",
             "address": {"provinceCode": "26", "county": "البرز", "village": "کوندج", "rural": true}}""";

    public static final String HOUSEHOLD = """
            {"head": {"nationalCode": "0499370899", "firstName": "علی", "lastName": "کریمی", "fatherName": "حسین",
                      "birthDate": "1360-05-12", "sex": "MALE"},
             "members": [{"nationalCode": "0790419904", "firstName": "زهرا", "lastName": "احمدی", "fatherName": "محمد",
                          "birthDate": "1365-02-01", "sex": "FEMALE", "relation": "SPOUSE"}],
             "address": {"provinceCode": "26", "county": "البرز", "village": "کوندج", "rural": true},
             "enrolmentCategory": "RURAL_POOR"}""";

    public static final String AID = """
            {"householdId": "0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e", "category": "FOOD_BASKET",
             "amountRials": 25000000, "quantity": 1, "periodStart": "1404-02-20"}""";

    public static final String INVALID_NATIONAL_CODE = """
            {"type": "urn:hamyar:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "One field of the request is invalid.",
             "errors": [{"field": "nationalCode", "message": "is not a valid national code: 10 digits (any script) with a matching check digit"}]}""";

    public static final String OVERLAP_BLOCKED = """
            {"type": "urn:hamyar:problem:overlap-blocked", "title": "Overlap blocked", "status": 409,
             "detail": "This aid overlaps aid the household already has, and the network's rules block it",
             "conflicts": [{"category": "FOOD_BASKET", "outcome": "BLOCK", "reason": "AGREEMENT_BLOCKS",
                            "agreementId": "0190f0c4-0000-7000-8000-000000000001", "disclosed": true,
                            "providerOrganizationId": "0a000000-0000-4000-8000-000000000005",
                            "aidId": "0190f0c4-0000-7000-8000-000000000002", "periodStart": "2025-05-10",
                            "provider": "0a000000-0000-4000-8000-000000000005"}]}""";

    // issue 7, households part: updates, household changes, aid to a person alone
    public static final String PERSON_UPDATE = """
            {"firstName": "علی", "lastName": "کریمی", "fatherName": "حسن", "birthDate": "1360-05-12", "sex": "MALE",
             "phone": "09121234567", "address": {"provinceCode": "26", "county": "البرز", "village": "کوندج", "rural": true}}""";

    public static final String HOUSEHOLD_UPDATE = """
            {"address": {"provinceCode": "26", "county": "تاکستان", "village": "اسفرورین", "rural": true},
             "enrolmentCategory": "FEMALE_HEADED"}""";

    public static final String MEMBER = """
            {"nationalCode": "0790419904", "firstName": "زهرا", "lastName": "احمدی", "fatherName": "محمد",
             "birthDate": "1365-02-01", "sex": "FEMALE", "relation": "SPOUSE"}""";

    public static final String DEPARTURE = """
            {"reason": "DIED"}""";

    public static final String HEAD_CHANGE = """
            {"personId": "0190f0c4-7a1e-7c3b-9d2e-000000000002", "formerHead": "DIED",
             "relations": [{"personId": "0190f0c4-7a1e-7c3b-9d2e-000000000003", "relation": "CHILD"}]}""";

    public static final String HISTORY = """
            {"items": [{"personId": "0190f0c4-7a1e-7c3b-9d2e-000000000001", "head": true, "relation": null,
                        "validFrom": "2025-05-10T08:30:00Z", "validFromJalali": "1404-02-20T12:00:00+03:30",
                        "validTo": "2025-11-01T10:00:00Z", "validToJalali": "1404-08-10T13:30:00+03:30",
                        "endReason": "DIED",
                        "startedByOrganizationId": "0a000000-0000-4000-8000-000000000005",
                        "endedByOrganizationId": "0a000000-0000-4000-8000-000000000005"},
                       {"personId": "0190f0c4-7a1e-7c3b-9d2e-000000000002", "head": true, "relation": null,
                        "validFrom": "2025-11-01T10:00:00Z", "validFromJalali": "1404-08-10T13:30:00+03:30",
                        "validTo": null, "endReason": null,
                        "startedByOrganizationId": "0a000000-0000-4000-8000-000000000005", "endedByOrganizationId": null}],
             "page": 0, "size": 20, "total": 2}""";

    public static final String PERSON_AID = """
            {"personId": "0190f0c4-7a1e-7c3b-9d2e-000000000004", "category": "DOWRY",
             "amountRials": 150000000, "quantity": 1, "periodStart": "1404-06-01", "programmeCode": "JAHIZIEH-1404"}""";

    public static final String NOT_YOUR_VERSION = """
            {"type": "urn:hamyar:problem:not-your-version", "title": "Not your organisation's version", "status": 403,
             "detail": "Record 0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e was registered by another organisation; register it for yours to keep your own version"}""";

    public static final String STALE_VERSION = """
            {"type": "urn:hamyar:problem:stale-version", "title": "Stale version", "status": 412,
             "detail": "The resource has changed since you read it; its current ETag is W/3."}""";

    public static final String HOUSEHOLD_CHANGE_REFUSED = """
            {"type": "urn:hamyar:problem:household-change-refused", "title": "Household change refused", "status": 409,
             "detail": "Household 0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e as your organisation registered it does not allow this change",
             "errors": [{"field": "personId", "message": "is the head: the head leaves by naming a new head"}]}""";
    // issue 7: lists, the overlap report, the partner check by hash

    public static final String PERSON_PAGE = """
            {"items": [{"id": "0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d01", "nationalCode": "0499370899",
                        "personHash": "5f2b9c0e7d1a4b3c8e6f0a9d2c4b7e1f3a5d8c0b2e4f6a8c1d3e5f7a9b0c2d4e",
                        "firstName": "علی", "lastName": "کریمی", "fatherName": "حسین",
                        "birthDate": "1981-08-03", "birthDateJalali": "1360-05-12", "sex": "MALE",
                        "address": {"provinceCode": "26", "county": "البرز", "village": "کوندج", "rural": true},
                        "registeredByOrganizationId": "0a000000-0000-4000-8000-000000000005",
                        "registeredAt": "2025-05-10T08:30:00Z", "registeredAtJalali": "1404-02-20T12:00:00+03:30"}],
             "page": 0, "size": 20, "total": 1}""";

    public static final String HOUSEHOLD_PAGE = """
            {"items": [{"id": "0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e", "headPersonId": "0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d01",
                        "headFirstName": "علی", "headLastName": "کریمی",
                        "address": {"provinceCode": "26", "county": "البرز", "village": "کوندج", "rural": true},
                        "enrolmentCategory": "RURAL_POOR", "size": 2, "disabilityInHousehold": false,
                        "registeredByOrganizationId": "0a000000-0000-4000-8000-000000000005",
                        "registeredAt": "2025-05-10T08:30:00Z", "registeredAtJalali": "1404-02-20T12:00:00+03:30"}],
             "page": 0, "size": 20, "total": 1}""";

    public static final String PAGE_TOO_DEEP = """
            {"type": "urn:hamyar:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
             "errors": [{"field": "page", "message": "reaches beyond the first 10000 items of the list: narrow the filters instead"}]}""";

    public static final String OVERLAP_PAGE = """
            {"items": [{"householdId": "0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e", "provinceCode": "26", "county": "البرز",
                        "category": "FOOD_BASKET",
                        "detected": {"own": true, "disclosed": true, "providerOrganizationId": "0a000000-0000-4000-8000-000000000005",
                                     "agency": "your organisation", "aidId": "0190f0c4-0000-7000-8000-000000000003",
                                     "periodStart": "2025-05-20", "periodStartJalali": "1404-02-30"},
                        "overlapped": [{"own": false, "disclosed": false, "agency": "another agency in the network",
                                        "outcome": "WARN"}],
                        "warnings": 1, "overriddenBlocks": 0}],
             "page": 0, "size": 20, "total": 1}""";

    public static final String OVERLAP_CSV = "\uFEFFprovinceCode,county,category,householdId,detectedAgency,detectedAidId,"
            + "detectedPeriodStart,detectedPeriodStartJalali,detectedPeriodEnd,detectedPeriodEndJalali,overlappedAgencies,"
            + "warnings,overriddenBlocks\r\n26,البرز,FOOD_BASKET,0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e,your organisation,"
            + "0190f0c4-0000-7000-8000-000000000003,2025-05-20,1404-02-30,,,another agency in the network (WARN),1,0\r\n";

    public static final String OVERLAP_COUNTS = """
            [{"provinceCode": "26", "county": "البرز", "category": "FOOD_BASKET", "cases": 12, "households": 11,
              "warnings": 12, "overriddenBlocks": 0}]""";

    public static final String HASH_CHECK = """
            {"personHash": "5f2b9c0e7d1a4b3c8e6f0a9d2c4b7e1f3a5d8c0b2e4f6a8c1d3e5f7a9b0c2d4e", "category": "FOOD_BASKET",
             "from": "1404-01-01", "to": "1404-12-29"}""";

    public static final String HASH_CHECK_OWN = """
            {"received": true, "records": [{"aidId": "0190f0c4-0000-7000-8000-000000000003",
              "providerOrganizationId": "0a000000-0000-4000-8000-000000000005", "own": true, "category": "FOOD_BASKET",
              "periodStart": "2025-05-20", "periodStartJalali": "1404-02-30", "status": "DELIVERED"}]}""";

    public static final String HASH_CHECK_ANOTHER = """
            {"received": true, "records": []}""";

    public static final String HASH_CHECK_NO = """
            {"received": false, "records": []}""";

    // issue 7: enrolments, referrals, the read log
    public static final String ENROLMENT = """
            {"householdId": "0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e", "category": "RURAL_POOR", "startDate": "1404-01-01"}""";

    public static final String ENROLMENT_END = """
            {"endDate": "1404-12-29"}""";

    public static final String ENROLMENT_OVERLAPS = """
            {"type": "urn:hamyar:problem:enrolment-overlaps", "title": "Enrolment overlaps", "status": 409,
             "detail": "Your organisation already enrols this subject in RURAL_POOR for part of this period",
             "enrolmentId": "0190f0c4-0000-7000-8000-0000000000e1"}""";

    public static final String REFERRAL = """
            {"householdId": "0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e",
             "receiverOrganizationId": "0a000000-0000-4000-8000-000000000006",
             "aidCategory": "RURAL_HOUSING_INSURANCE",
             "reason": "خانوار روستایی بدون بیمه مسکن؛ معرفی برای بیمه مسکن روستایی",
             "consent": {"given": true, "date": "1404-02-20", "method": "THUMBPRINT"}}""";

    public static final String CONSENT_MISSING = """
            {"type": "urn:hamyar:problem:consent-missing", "title": "Consent missing", "status": 422,
             "detail": "A referral shares the record with the receiver: it needs the person's recorded consent",
             "errors": [{"field": "consent.given", "message": "must be true: the person agreed to share their record"}]}""";

    public static final String DECLINE = """
            {"reason": "خارج از محدوده خدمات این اداره"}""";

    public static final String RECORD_READS = """
            {"items": [{"id": 42, "personId": "0190f0c4-0000-7000-8000-0000000000b1",
                        "householdId": "0190f0c4-7a1e-7c3b-9d2e-4f5a6b7c8d9e",
                        "readerOrganizationId": "0a000000-0000-4000-8000-000000000006", "readerUsername": "officer.rural",
                        "readAt": "2025-05-10T08:30:00Z", "readAtJalali": "1404-02-20T12:00:00+03:30"}],
             "page": 0, "size": 20, "total": 1}""";

    private ApiExamples() {
    }
}
