-- agreements-service: only an organisation that an ACTIVE agreement entrusts with assessing NGOs
-- (seed 003: Tehran's NGO headquarters), and admins, may grade an NGO (docs/product.md §3). The
-- entrustment is a party's, in the agreement's text.
alter table agreement_party add column assesses_ngos boolean not null default false;

-- "which ACTIVE agreements entrust this organisation?" — asked at every assessment
create index agreement_party_assessor on agreement_party (organization_id) where assesses_ngos;
