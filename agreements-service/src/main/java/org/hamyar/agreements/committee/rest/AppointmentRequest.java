package org.hamyar.agreements.committee.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.committee.Appointment;

/** A party appoints one of its representatives to one of its own committee seats. */
@Schema(name = "AppointmentRequest")
public record AppointmentRequest(
        @Schema(example = "نماینده ستاد") @NotBlank @Size(max = 200) String personName,
        @Size(max = 300) String personTitle,
        @Schema(description = "Today when absent") LocalDate appointedOn) {

    public Appointment toAppointment() {
        return new Appointment(personName, personTitle, appointedOn);
    }
}
