-- donors-service: the beneficiaries-service records aid to a person outside any household (its
-- AidGranted names the person, householdId null). The granted-aid record keeps it like any other.
alter table granted_aid alter column household_id drop not null;
