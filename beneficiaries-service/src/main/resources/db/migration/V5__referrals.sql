-- issue 7, referrals (docs/product.md §4, seed 002): an organisation refers a person or household
-- it registered to another organisation, with a reason, the aid asked for and the person's
-- recorded consent. SENT -> ACCEPTED | DECLINED; ACCEPTED -> COMPLETED; SENT/ACCEPTED -> REVOKED.
-- While ACCEPTED the receiver sees the sender's version of the record (access.Access.REFERRAL).
create table referral (
    id                       uuid        primary key,
    sender_organization_id   uuid        not null,
    receiver_organization_id uuid        not null,
    person_id                uuid        references person (id),
    household_id             uuid        references household (id),
    aid_category             varchar(32) not null,
    -- free text: read by the two parties and auditors only, never published
    reason                   text        not null,
    consent_date             date        not null,
    consent_method           varchar(16) not null,
    status                   varchar(10) not null,
    sent_by                  text        not null,
    sent_at                  timestamptz not null,
    version                  bigint      not null default 0,
    constraint referral_subject check ((person_id is null) <> (household_id is null)),
    constraint referral_parties check (sender_organization_id <> receiver_organization_id),
    constraint referral_status check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'REVOKED')),
    constraint referral_consent_method check (consent_method in ('SIGNED_FORM', 'THUMBPRINT', 'VERBAL_WITNESSED', 'ELECTRONIC')),
    constraint referral_reason check (length(btrim(reason)) between 1 and 1000)
);
-- the lists of the sender, of the receiver, of auditors: newest first
create index referral_sender on referral (sender_organization_id, sent_at desc, id desc);
create index referral_receiver on referral (receiver_organization_id, sent_at desc, id desc);
create index referral_sent_at on referral (sent_at desc, id desc);
-- the sight path of every read: accepted referrals of this subject to this reader
create index referral_person_accepted on referral (person_id, receiver_organization_id) where status = 'ACCEPTED' and person_id is not null;
create index referral_household_accepted on referral (household_id, receiver_organization_id) where status = 'ACCEPTED' and household_id is not null;

-- the referral's history: one row per state it entered, who and when
create table referral_transition (
    referral_id     uuid        not null references referral (id),
    seq             smallint    not null,
    status          varchar(10) not null,
    organization_id uuid        not null,
    username        text        not null,
    at              timestamptz not null,
    -- a decline's reason (required) or a revocation's (optional); never published
    reason          text,
    primary key (referral_id, seq),
    constraint referral_transition_reason check (reason is null or length(btrim(reason)) between 1 and 1000)
);
