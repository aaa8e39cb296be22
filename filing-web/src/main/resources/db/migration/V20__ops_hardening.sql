-- Administration and sign-in events belong to no company (a user, a token, a failed sign-in).
alter table change_log alter column company_id drop not null;

-- Administrators revoke invitations; a revoked link never activates its account.
alter table invitation add column revoked_at timestamptz;

-- The portal's role may only append to the audit log: besides the trigger (rows), no UPDATE, DELETE or
-- TRUNCATE (which bypasses row triggers) for the role that runs the migrations.
revoke update, delete, truncate on change_log from current_user;
