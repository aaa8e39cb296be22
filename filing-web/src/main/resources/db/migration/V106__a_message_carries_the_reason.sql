-- A message about a return (by the consultant or by the CAC) carries the reason given, as typed (found in a walk: the
-- inbox said "returned" and nothing else).
alter table notification add column detail varchar(4000);
