package org.hamyar.beneficiaries.imports.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.imports.ImportJob;
import org.hamyar.beneficiaries.imports.ImportNotFound;
import org.hamyar.beneficiaries.imports.ImportRowResult;
import org.hamyar.beneficiaries.imports.RowOutcome;
import org.hamyar.beneficiaries.imports.RowReason;
import org.hamyar.beneficiaries.imports.service.ImportService;

/** Registry imports (docs/product.md §4 "Imports"): upload a CSV file, follow the job, read what became of each row. */
@Path("/api/imports")
@Tag(name = "Imports", description = "An organisation's existing registry, uploaded as a CSV file and imported in the background")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String CSV = "text/csv";
    private static final int DOWNLOAD_PAGE = 5_000;

    private final ImportService imports;
    private final Caller caller;

    ImportResource(ImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Consumes({CSV, "text/csv; charset=utf-8"})
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "uploadImport", summary = "Upload the caller's organisation's registry as a CSV file",
            description = "UTF-8 (a byte-order mark is dropped), CRLF or LF, RFC 4180 quoting. A header names the columns "
                    + "(English or Persian, any order): household, relation, national_code, first_name, last_name, father_name, "
                    + "birth_date, sex, disability_type, disability_severity, phone, province, county, village, rural, "
                    + "enrolment_category; then one row per person, rows of one household sharing the household value, one "
                    + "of them with relation HEAD. At most 100,000 rows and 20 MB. The header is checked now (400); the rows "
                    + "by a background job: 202 with Location. The same file uploaded again by the same organisation answers "
                    + "the first job (200) and imports nothing twice.")
    @RequestBody(content = @Content(mediaType = CSV, examples = @ExampleObject(name = "two households", value = """
            household,relation,national_code,first_name,last_name,father_name,birth_date,sex,province,county,village,rural,enrolment_category
            17,HEAD,0499370899,علی,کریمی,حسین,1360/05/12,MALE,26,البرز,کوندج,true,RURAL_POOR
            17,SPOUSE,۰۷۹۰۴۱۹۹۰۴,زهرا,احمدی,محمد,۱۳۶۵-۰۲-۰۱,FEMALE,,,,,
            18,HEAD,0011537027,"مریم, مهری",رضایی,,1985-03-21,FEMALE,قزوین,تاکستان,,false,FEMALE_HEADED
            """)))
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "200", description = "The organisation uploaded this file before: that job",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", description = "import-file-invalid: a missing, unknown or repeated header column, "
            + "not UTF-8, or no rows, each named in errors[].field (header.national_code, header[3], body)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "missing column", value = """
                    {"type": "urn:hamyar:problem:import-file-invalid", "title": "Import file invalid", "status": 400,
                     "detail": "The file cannot be imported as a whole; errors name the header cells or the body",
                     "errors": [{"field": "header.national_code", "message": "the header has no column national_code"}]}""")))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an officer or coordinator, or the token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "idempotency-key-in-progress: the first request with this Idempotency-Key still runs",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "payload-too-large: more than 20 MB or more than 100,000 rows",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "unsupported-media-type: the body is not text/csv",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "idempotency-key-reused: the key was used with another file",
            content = @Content(mediaType = "application/problem+json"))
    public Response upload(byte[] file) {
        ImportService.Upload upload = imports.upload(caller.actor(), file == null ? new byte[0] : file);
        ImportResponse body = ImportResponse.of(upload.job());
        URI location = URI.create("/api/imports/" + body.id());
        return (upload.queued() ? Response.accepted(body) : Response.ok(body)).location(location).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "getImport", summary = "An import job: status, progress and rows per outcome",
            description = "The uploading organisation's officers and coordinators, and auditors; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportResponse.class), examples = @ExampleObject(name = "running", value = """
                    {"id": "0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b", "status": "RUNNING",
                     "organizationId": "0a000000-0000-4000-8000-000000000005", "uploadedBy": "officer.qazvin",
                     "contentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     "rowsTotal": 100000, "rowsDone": 42000,
                     "outcomes": {"created": 40100, "matchedExisting": 1200, "possibleDuplicate": 300, "rejected": 400},
                     "uploadedAt": "2025-05-10T08:00:00Z", "uploadedAtJalali": "1404-02-20T11:30:00+03:30",
                     "startedAt": "2025-05-10T08:00:01Z", "startedAtJalali": "1404-02-20T11:30:01+03:30"}""")))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "import-not-found: no such import, or another organisation's",
            content = @Content(mediaType = "application/problem+json"))
    public ImportResponse get(@PathParam("id") UUID id) {
        return ImportResponse.of(job(caller.actor(), id));
    }

    @GET
    @Path("/{id}/rows")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listImportRows", summary = "What became of each row, in file order, paged",
            description = "outcome filters (CREATED, MATCHED_EXISTING, POSSIBLE_DUPLICATE, REJECTED, any letter case).")
    @APIResponse(responseCode = "200", description = "A page of rows",
            content = @Content(examples = @ExampleObject(name = "rejected rows", value = """
                    {"items": [{"row": 5, "household": "18", "outcome": "REJECTED",
                                "reasons": [{"column": "national_code", "code": "invalid", "message": "check digit does not match"}]}],
                     "page": 0, "size": 20, "total": 1}""")))
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (id, outcome, page, size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "import-not-found: no such import, or another organisation's",
            content = @Content(mediaType = "application/problem+json"))
    public Page<ImportRowResponse> rows(@PathParam("id") UUID id, @QueryParam("outcome") RowOutcome outcome,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return imports.rows(caller.actor(), id, outcome, request).orElseThrow(() -> new ImportNotFound(id))
                .map(ImportRowResponse::of);
    }

    @GET
    @Path("/{id}/rows.csv")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "downloadImportRows", summary = "Every row's outcome as a CSV file (UTF-8 with a byte-order mark, CRLF)",
            description = "Columns: row, household, outcome, columns, reasons, person_id, household_id, duplicate_of_row, "
                    + "duplicate_of_person_id. Rows written so far while the job runs.")
    @APIResponse(responseCode = "200", description = "The rows", content = @Content(mediaType = CSV, examples = @ExampleObject(name = "rows", value = """
            row,household,outcome,columns,reasons,person_id,household_id,duplicate_of_row,duplicate_of_person_id
            2,17,CREATED,,,0193a1b2-0000-7000-8000-000000000001,0193a1b2-0000-7000-8000-000000000002,,
            5,18,REJECTED,national_code,national_code: check digit does not match,,,,
            """)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "import-not-found: no such import, or another organisation's",
            content = @Content(mediaType = "application/problem+json"))
    public Response download(@PathParam("id") UUID id) {
        ImportJob job = job(caller.actor(), id);
        StreamingOutput csv = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write('\uFEFF');
            out.write("row,household,outcome,columns,reasons,person_id,household_id,duplicate_of_row,duplicate_of_person_id\r\n");
            int after = 0;
            List<ImportRowResult> page;
            do {
                page = imports.rowsAfter(job.id, after, DOWNLOAD_PAGE);
                for (ImportRowResult r : page) {
                    List<RowReason> reasons = ImportRowResponse.reasons(r.reasonsJson);
                    out.write(r.id.rowNumber + "," + cell(r.householdKey) + "," + r.outcome + ","
                            + cell(reasons.stream().map(RowReason::column).distinct().collect(Collectors.joining(" "))) + ","
                            + cell(reasons.stream().map(x -> x.column() + ": " + x.message()).collect(Collectors.joining("; "))) + ","
                            + text(r.personId) + "," + text(r.householdId) + "," + text(r.duplicateOfRow) + ","
                            + text(r.duplicateOfPersonId) + "\r\n");
                    after = r.id.rowNumber;
                }
            } while (page.size() == DOWNLOAD_PAGE);
            out.flush();
        };
        return Response.ok(csv, CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + job.id + "-rows.csv\"")
                .build();
    }

    private ImportJob job(Actor actor, UUID id) {
        return imports.read(actor, id).orElseThrow(() -> new ImportNotFound(id));
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is defused for spreadsheets. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
