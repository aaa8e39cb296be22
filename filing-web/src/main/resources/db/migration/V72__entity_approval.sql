-- Regulatory fidelity (issue 15): the CAC approves the filing entity (Step 1) before the algorithm (Step 2) can be
-- submitted. The company records the day of that approval and who recorded it (a consultant, or an officer where
-- an administrator allowed officers to record the CAC's outcomes).
alter table company
    add column entity_approved_on date,
    add column entity_approval_recorded_by varchar(100);
