-- One database per service; no service reads another's tables (SPEC §1).
CREATE DATABASE agreements;
CREATE DATABASE beneficiaries;
CREATE DATABASE donors;
