-- A service is assessed again when Art. 3's cases recur (a new function, user growth, ...): the report submitted
-- before is kept as it was, numbered by round, and the current report is the next round's.
alter table security_assessment add column round integer not null default 1;
create table security_assessment_round (
    service_id  uuid          not null references service (id) on delete cascade,
    round       integer       not null,
    answers     jsonb         not null,
    closed_at   timestamptz   not null,
    closed_by   varchar(100)  not null,
    primary key (service_id, round)
);

-- Every saved version of the current report, so that a save based on an older version is merged field by field with
-- what was saved since (only a field both people changed is a conflict), never written over it.
create table security_assessment_version (
    service_id  uuid          not null references service (id) on delete cascade,
    version     bigint        not null,
    round       integer       not null,
    answers     jsonb         not null,
    primary key (service_id, version)
);
insert into security_assessment_version (service_id, version, round, answers)
    select service_id, version, round, answers from security_assessment;
