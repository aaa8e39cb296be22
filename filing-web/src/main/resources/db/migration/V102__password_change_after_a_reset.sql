-- A password an administrator reset (and handed over) is changed by its user at the next sign-in.
alter table app_user add column password_change_required boolean not null default false;
