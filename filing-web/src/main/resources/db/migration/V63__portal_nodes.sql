-- Issue 14: the portal nodes that share this database, so that the start-up log (and an operator) can say which
-- nodes serve it. Each node writes its row at start and refreshes it while it runs; a node whose row is not
-- refreshed for a few minutes is gone and is deleted by housekeeping.
create table portal_node (
    node_id      varchar(100) not null,
    host         varchar(255) not null,
    http_port    integer      not null,
    started_at   timestamptz  not null,
    last_seen_at timestamptz  not null,
    constraint portal_node_pk primary key (node_id)
);
