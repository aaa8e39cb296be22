-- A change filing's documents cite the CAC number of the filing it changes: kept on the change from its start
-- (the original's number then), and filled in for the changes started before.
alter table filing add column previous_filing_number varchar(40);
update filing c set previous_filing_number = p.filing_number
from filing p
where c.previous_filing_id = p.id and c.kind = 'CHANGE' and p.filing_number is not null;
