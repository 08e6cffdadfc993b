package org.hamyar.donors.donor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What may change of a donor: name, contact, place, assembly membership and the linked user. */
@Schema(name = "DonorDetails")
public record DonorDetails(
        @NotBlank @Size(max = 200) @Schema(example = "رضا احمدی") String nameFa,
        @Size(max = 20) @Pattern(regexp = "[+0-9۰-۹٠-٩ -]*") @Schema(example = "09121234567") String phone,
        @Email @Size(max = 200) String email,
        @Schema(description = "Two-digit province code", example = "23") String provinceCode,
        @Size(max = 100) String county,
        @Schema(description = "The donors' assembly (an organisation) the donor is a member of") UUID assemblyOrganizationId,
        @Schema(description = "Its level; required with the assembly") AssemblyLevel assemblyLevel,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*") @Schema(description = "The Keycloak username of the donor user who signs in as this donor", example = "donor.reza") String username) {
}
