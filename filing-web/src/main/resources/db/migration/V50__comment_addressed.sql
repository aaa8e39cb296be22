-- Return loop: the officer marks a consultant's comment "addressed"; the consultant then resolves or reopens it.
alter table field_comment
    add column addressed_by varchar(100),
    add column addressed_at timestamptz;
