-- Regulatory fidelity (issue 15): a change filing's deadline runs from the day the change took effect (ARP Art. 24),
-- which is recorded when the change is started; drafts of changes started before have none and keep counting from
-- the day they were started. The announced end of an approved filing's service reuses service_ended_on, which the
-- cancellation already fills.
alter table filing add column change_effective_on date;
