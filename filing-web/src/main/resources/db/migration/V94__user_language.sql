-- The language each user last chose: their mails are written in it, and a sign-in on a new device starts in it.
-- Null until they choose one (the portal's default, Chinese).
alter table app_user add column language varchar(10);
