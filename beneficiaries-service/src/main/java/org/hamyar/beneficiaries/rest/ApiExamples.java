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
