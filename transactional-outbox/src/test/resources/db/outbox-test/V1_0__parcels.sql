-- the test application's own tables, beside the outbox's
create table parcel (
    id          uuid primary key,
    destination text not null,
    shipments   int  not null
);

create table shipment_tally (
    parcel_id uuid primary key,
    shipments int  not null
);
