-- The large-model filing (生成式人工智能服务上线备案) and the registration (登记), a second filing kind with its own
-- form: the answers as one JSON document addressed by its catalogue (model-fields-<version>.yaml), what was typed
-- but is not valid yet, and the lists the filer uploaded (the file as uploaded and its rows as read). The algorithm
-- filing's tables are not touched.
create table model_filing (
    id             uuid primary key,
    company_id     uuid         not null references company (id),
    route          varchar(20)  not null check (route in ('FILING', 'REGISTRATION')),
    status         varchar(20)  not null check (status in ('DRAFT')),
    -- The standard the lists are checked against (TC260-003, GB/T 45654-2025): kept per filing, so a new standard
    -- does not change what an old filing was checked against.
    standard       varchar(40)  not null,
    form_version   varchar(40)  not null,
    -- The triage's service this filing was started for, when it was started from there.
    service_id     uuid,
    content        jsonb        not null,
    typed_input    jsonb        not null default '{}',
    started_steps  varchar(300) not null default '',
    last_step      varchar(40)  not null default 'MODEL_BASIC',
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    created_by     varchar(100),
    updated_at     timestamptz  not null,
    updated_by     varchar(100)
);
create index model_filing_company_idx on model_filing (company_id);

create table model_filing_list (
    model_filing_id  uuid         not null references model_filing (id),
    kind             varchar(30)  not null check (kind in ('KEYWORDS', 'CONTENT_BANK', 'SHOULD_REFUSE', 'NON_REFUSAL')),
    file_name        varchar(200) not null,
    content          bytea        not null,
    row_count        integer      not null,
    rows             jsonb        not null,
    uploaded_at      timestamptz  not null,
    uploaded_by      varchar(100) not null,
    primary key (model_filing_id, kind)
);

-- Changes of model filings go to the same append-only log as everything else, with their own reference.
alter table change_log add column model_filing_id uuid references model_filing (id);
create index change_log_model_filing_idx on change_log (model_filing_id, id);
