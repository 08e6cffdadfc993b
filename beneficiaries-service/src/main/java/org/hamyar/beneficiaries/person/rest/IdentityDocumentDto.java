package org.hamyar.beneficiaries.person.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.person.DocumentType;
import org.hamyar.beneficiaries.person.IdentityDocument;

@Schema(name = "IdentityDocument", description = "The identity document of a person without a national code. Numbers: "
        + "AMAYESH 6-12 digits, FOREIGN_NATIONAL_ID (FIDA) 12 digits, PASSPORT 6-9 Latin letters and digits, "
        + "BIRTH_CERTIFICATE 1-10 digits; any digit script, spaces and dashes ignored. The same AMAYESH, "
        + "FOREIGN_NATIONAL_ID or PASSPORT number finds the same person; a birth certificate only with the same birth date.")
@IdentityDocumentDto.NumberFitsType
public record IdentityDocumentDto(
        @NotNull DocumentType type,
        @Schema(examples = "۱۲۳۴۵۶۷۸۹") @NotBlank @Size(max = 30) String number) {

    /** The number has the shape of the type's numbers (reported on {@code number}). */
    @Documented
    @Constraint(validatedBy = NumberFitsType.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface NumberFitsType {

        String message() default "{hamyar.validation.document-number}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<NumberFitsType, IdentityDocumentDto> {
            @Override
            public boolean isValid(IdentityDocumentDto value, ConstraintValidatorContext context) {
                if (value == null || value.type() == null || value.number() == null || value.number().isBlank()
                        || value.number().length() > 30 || IdentityDocument.of(value.type(), value.number()).isPresent()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("number").addConstraintViolation();
                return false;
            }
        }
    }
}
