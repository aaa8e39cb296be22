-- The ten working days of the Algorithm Recommendation Provisions Art. 24 bind service providers; a technical
-- supporter is bound only for a deep synthesis (generative) algorithm, by reference (Deep Synthesis Provisions
-- Art. 19). The stored due dates of the other supporters' filings were computed as if they were providers (found in
-- a walk: a recommendation algorithm's supporter was listed as late); Deadlines.periodsApply now leaves them empty.
update filing f
set due_date = null
from algorithm a
where f.algorithm_id = a.id
  and f.role = 'TECHNICAL_SUPPORTER'
  and f.due_date is not null
  and coalesce(a.content::jsonb #>> '{basics,algorithmType}', '') <> 'GENERATIVE_SYNTHESIS';
