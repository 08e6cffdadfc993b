package org.hamyar.beneficiaries.imports;

import java.util.List;

import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.standards.PersianText;

/**
 * One row of a registry file as read: a person of a household, or the reasons it cannot be one.
 *
 * @param line         the line of the file the row starts on (the header is line 1)
 * @param householdKey the file's household value, null when it is missing
 * @param head         the row is the household's head; otherwise {@code relation} is the member's
 * @param nationalCode ten ASCII digits (valid), null on a rejected row
 * @param reasons      empty on a row that can be imported
 */
public record FileRow(int line, String householdKey, boolean head, Relation relation, String nationalCode,
                      PersonDetails person, EnrolmentCategory enrolmentCategory, List<RowReason> reasons) {

    static FileRow rejected(int line, String householdKey, boolean head, List<RowReason> reasons) {
        return new FileRow(line, householdKey, head, null, null, null, null, List.copyOf(reasons));
    }

    public boolean valid() {
        return reasons.isEmpty();
    }

    /**
     * Who the row names regardless of the code: normalised first and last name, father's name and
     * birth date — two rows agreeing on all four are probably one person.
     */
    public String identityKey() {
        return PersianText.compact(person.firstName()) + '|' + PersianText.compact(person.lastName()) + '|'
                + (person.fatherName() == null ? "" : PersianText.compact(person.fatherName())) + '|' + person.birthDate();
    }
}
