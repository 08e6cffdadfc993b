-- One database per service; no service reads another's tables (docs/product.md §1).
CREATE DATABASE agreements;
CREATE DATABASE beneficiaries;
CREATE DATABASE donors;
