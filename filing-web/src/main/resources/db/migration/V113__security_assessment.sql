-- A service's security assessment report (安全评估, 2018 Provisions Art. 6): one per service, its answers as JSON in
-- the shape of the domain's SecurityAssessment, versioned so two people saving it never overwrite each other.
create table security_assessment (
    service_id  uuid primary key references service (id) on delete cascade,
    company_id  uuid          not null references company (id),
    answers     jsonb         not null,
    version     bigint        not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null
);
