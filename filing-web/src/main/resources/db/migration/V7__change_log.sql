-- Every saved change and every lifecycle move: who, when, from which address, what; a change of content also
-- keeps the whole dossier as it was afterwards (a version). Append-only: a trigger refuses updates and deletes.
create table change_log (
    id              bigint generated always as identity primary key,
    company_id      uuid         not null references company (id),
    filing_id       uuid references filing (id),
    actor           varchar(100) not null,
    client_address  varchar(64),
    at              timestamptz  not null,
    action          varchar(40)  not null,
    detail          varchar(300),
    snapshot        jsonb
);
create index change_log_filing_idx on change_log (filing_id, id);
create index change_log_company_idx on change_log (company_id, id desc);

create function change_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'change_log is append-only';
end
$$;
create trigger change_log_append_only before update or delete on change_log
    for each row execute function change_log_append_only();
