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

    private ApiExamples() {
    }
}
