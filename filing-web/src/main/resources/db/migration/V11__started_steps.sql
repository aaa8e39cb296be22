-- The wizard steps a user has started: only their findings are shown at the fields, so a new filing opens calm
-- ("not started") instead of with every required field in red. Filings that exist already count as started.
alter table filing add column started_steps varchar(200) not null
    default 'ALGORITHM_BASIC,ALGORITHM_DETAILED,ENTITY,SELF_ASSESSMENT,STEP3';
alter table filing alter column started_steps set default '';
