-- Keys the portal makes for itself, shared by every replica (docker-compose runs two) and kept across restarts: made
-- on first use with Java's SecureRandom (PortalKeys), never shown. The first signs the notice cookie (NoticeCookies).
create table portal_key (
    purpose    text primary key,
    key        bytea not null,
    created_at timestamptz not null default now()
);
