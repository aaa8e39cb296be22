-- A message in the inbox can be about a service's work (its security assessment report), not only a filing.
alter table notification add column service_id uuid references service (id) on delete cascade;
