package org.hamyar.beneficiaries.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A person is identified by a national code or, without one, by an identity document — exactly
 * one of the two (docs/product.md §4 "Persons"). A missing identifier is reported on
 * {@code nationalCode}, two of them on {@code identityDocument}.
 */
@Documented
@Constraint(validatedBy = OneIdentifier.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OneIdentifier {

    String message() default "{hamyar.validation.identifier-required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that names a person. */
    interface Identified {
        String nationalCode();

        Object identityDocument();
    }

    class Validator implements ConstraintValidator<OneIdentifier, Identified> {
        @Override
        public boolean isValid(Identified value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean code = value.nationalCode() != null;
            boolean document = value.identityDocument() != null;
            if (code != document) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(code ? "{hamyar.validation.identifier-both}" : "{hamyar.validation.identifier-required}")
                    .addPropertyNode(code ? "identityDocument" : "nationalCode")
                    .addConstraintViolation();
            return false;
        }
    }
}
