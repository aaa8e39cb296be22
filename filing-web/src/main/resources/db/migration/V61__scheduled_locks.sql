-- Issue 14: scheduled work runs on one node at a time. ShedLock's JDBC provider keeps one row per job: the node
-- that holds it and until when (database time, so that the nodes' clocks need not agree).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
